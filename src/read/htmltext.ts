// DOM to plain text: one paragraph per block element, paragraphs separated by a blank line,
// runs of HTML whitespace collapsed to one space. Characters are kept as the page has them (no NBSP folding).

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD']);
const HTML_SPACE = /[ \t\n\f\r]+/g;

/** Plain paragraphs of a DOM subtree, joined by "\n\n". */
export function paragraphsOf(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Plain text of a whole page when Readability finds no article: the body without navigation and boilerplate. */
export function bodyText(document: Document): string {
  for (const el of Array.from(document.querySelectorAll('nav, header, footer, aside, form, script, style, noscript'))) {
    el.remove();
  }
  return document.body ? paragraphsOf(document.body) : '';
}
