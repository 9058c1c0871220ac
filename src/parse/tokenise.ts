// UD English (EWT/GUM) style tokenisation with exact character offsets.
//
// One sticky regular expression is applied over the span; each match is either a run of separators (whitespace,
// control characters, zero-width spaces), which is skipped, or one token. The alternatives are tried in order, so
// the specific ones (URLs, e-mail addresses, abbreviations, numbers, clitic splits) come before the generic word
// and the one-character fallback. Every alternative either consumes what it scans or is bounded in length, so the
// scan stays linear on hostile input; with the `u` flag no match can end inside a surrogate pair.
//
// Conventions, from the treebanks (word level: multiword tokens are split into their syntactic words):
// - clitics split off: do|n't, ca|n't, wo|n't, John|'s, we|'re, I|'m, they|'ve, you|'ll, he|'d (straight or ’
//   apostrophe), and the informal dont → do|nt, cannot → can|not, gonna → gon|na, wanna → wan|na, gotta → got|ta;
//   possessive s' → s|'
// - kept whole: abbreviations with periods (U.S., e.g., a.m., Ph.D.), listed abbreviations (Mr., Dr., etc., Inc.,
//   Sept., No., vs.), single capital initials (J.), numbers (3.5, 1,000, 10:30, 9/11, 11/28/2000), phone numbers and
//   ZIP+4 (713-853-3989, 77415-0027), ordinals and decades (1st, 1990s, 80's), URLs, e-mail addresses, @user,
//   #hashtag, emoticons (:), :-D, ^_^), file names and domains (report.doc, enron.com), AT&T, O'Rourke, w/o
// - split: hyphenated compounds (search|-|engine, U.S.|-|led, 1969|-|1970), except after the prefixes non-, e-, anti-,
//   re-, pre-, pro-, co-, cross-, mid-, post-, sub-, multi-, semi-, ex-, … (non-profit, e-mail stay whole); word/word
//   (and|/|or); number and unit (5|km, 10|am); all other punctuation, one token per run of the same character
//   ("...", "--", "!!", "====" are one token each)

const LD = String.raw`\p{L}\p{M}\p{N}`; // letters, marks, digits (inside a character class)
const NOT_W = String.raw`(?![${LD}])`; // not followed by a letter/digit
const NOT_W_BEFORE = String.raw`(?<![${LD}])`;
const SEP = String.raw`[\s\p{Cc}\u200b\u2060\ufeff]+`;

const ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Drs', 'Prof', 'St', 'Jr', 'Sr', 'Gen', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr',
  'Adm', 'Maj', 'Rev', 'Rep', 'Reps', 'Sen', 'Sens', 'Pres', 'Supt', 'Hon', 'Ft', 'Mt', 'Ave', 'Blvd', 'Rd', 'Hwy',
  'vs', 'etc', 'al', 'Inc', 'Ltd', 'Co', 'Corp', 'Cos', 'Bros', 'Assn', 'Dept', 'dept', 'Univ', 'Vol',
  'vol', 'Fig', 'fig', 'approx', 'est', 'ca', 'cf', 'viz', 'yrs', 'Attn', 'attn', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri',
  'Sat', 'Sun', 'div', 'Div', 'Arrv', 'arrv', 'Dep', 'ext', 'Ext', 'tel', 'Tel', 'Jr', 'Esq', 'La', 'Calif', 'Mass',
  'Conn', 'Penn', 'Fla', 'Ariz', 'Colo', 'Ill', 'Tenn', 'Wash', 'Va', 'Ga', 'Ky', 'Md', 'Mich', 'Minn', 'Okla',
  'Ore', 'Wis', 'Nev', 'Neb', 'Kan', 'Ala', 'Ark', 'Del', 'Op', 'op', 'pp', 'Ph', 'mins', 'hrs', 'sq', 'oz', 'lbs',
  'Eq', 'eq', 'v', 'Ont', 'eds', 'Eds', 'ed', 'Ed', 'pop', 'Gr', 'lit', 'Ch', 'ch', 'Sec', 'sec', 'Mme', 'Mlle', 'Fr', 'Sr', 'Bldg', 'Apt', 'apt',
];

// Hyphenated prefixes the treebanks keep attached (non-profit, e-mail, re-elected, co-founder, …).
const PREFIXES = [
  'non', 'e', 'anti', 're', 'pre', 'pro', 'co', 'cross', 'mid', 'post', 'sub', 'multi', 'semi', 'ex', 'over', 'mini',
  'inter', 'intra', 'counter', 'neo', 'psycho', 'socio', 'micro', 'macro', 'un', 'ultra', 'mega', 'pseudo', 'quasi',
  'trans', 'hyper', 'bi', 'tri', 'uni', 'de',
];

const ci = (w: string): string =>
  [...w].map((c) => (/\p{L}/u.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');

const APOS = "['’`]";
const CLITIC = String.raw`(?:[sSdDmM]|re|RE|Re|ll|LL|Ll|ve|VE|Ve)`;
// an apostrophe inside a word that does not start a clitic ("O'Rourke", "Qa'ida", "o'clock")
const INNER_APOS = String.raw`${APOS}(?!${CLITIC}${NOT_W})(?=[\p{L}])`;
const WORD_CHARS = String.raw`[${LD}_]`;
// a word: letters/digits/underscore joined by non-clitic apostrophes, '&' (AT&T) and '.' before a letter/digit
// (file.doc, enron.com); the '.' is only taken when a lowercase letter or a digit follows it or the part before it
// is short and capitalised, which keeps "end.The" style typos rare enough not to matter
const WORD = String.raw`${WORD_CHARS}+(?:(?:${INNER_APOS}|&(?=[\p{L}\p{N}])|\.(?=[\p{Ll}\p{N}]))${WORD_CHARS}+)*`;

const PREFIX_RE = String.raw`${NOT_W_BEFORE}(?:${PREFIXES.map(ci).join('|')})-(?=[\p{L}\p{N}])`;

// informal contractions the treebanks split (dont → do|nt, gonna → gon|na, …): excluded from the fast path
const INFORMAL = String.raw`(?:[cC]annot|[gG]onna|[wW]anna|[gG]otta|(?:[dD]o|[dD]oes|[dD]id|[iI]s|[wW]as|[aA]re|[wW]ere|[cC]ould|[wW]ould|[sS]hould|[hH]as|[hH]ave|[hH]ad|[cC]a|[wW]o|[aA]i)nt|(?:[tT]hat|[tT]here|[wW]hat|[hH]e|[sS]he)s|[iI](?:ve|m)|(?:[yY]ou|[tT]hey)(?:re|ll|ve))(?![${LD}])`;

const ALTERNATIVES = [
  // fast path: a plain word of letters followed by a separator, a comma or the end
  String.raw`(?!${INFORMAL})\p{L}+(?=[\s\p{Cc}\u200b\u2060\ufeff,]|$)`,
  // URLs and e-mail addresses
  String.raw`(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP]):\/\/[^\s\p{Cc}<>"“”]*[^\s\p{Cc}<>"“”.,;:!?'’)\]}]`,
  String.raw`(?:www|WWW)\.[${LD}-]+(?:\.[${LD}-]+)+(?:\/[^\s\p{Cc}<>"“”]*[^\s\p{Cc}<>"“”.,;:!?'’)\]}])?`,
  String.raw`(?:mailto:)?[${LD}_](?:[${LD}_+%'-]|\.{1,3}(?=[${LD}_@])){0,63}@[${LD}_](?:[${LD}_-]|\.(?=[${LD}_])){0,200}`,
  // @user, #hashtag
  String.raw`${NOT_W_BEFORE}@[${LD}_]{1,100}(?:\.\p{Ll}[${LD}_]{0,62}){0,8}`,
  // file extensions standing alone (.doc)
  String.raw`(?<=^|\s)\.(?:doc|docx|xls|xlsx|vcf|pdf|txt|ppt|pptx|zip|html?|jpe?g|gif|png|exe)(?![${LD}])`,
  String.raw`${NOT_W_BEFORE}#\p{L}[${LD}_]{0,139}`,
  // emoticons, at a token boundary
  String.raw`(?<=^|\s)(?:[:;=][-o^']?[()DPpO\/\\|\[\]3*$@]+|\^_+\^|-_+-|<3|[xX]D|[oO]_[oO]|\(:|\):)(?=$|\s|[.,!?])`,
  // dates like 01-Feb-02, years like '68, list numbers at the start of a line ("1."), Yahoo!
  String.raw`\d{1,2}-\p{Lu}\p{Ll}{2}-\d{2,4}(?![${LD}])`,
  String.raw`${NOT_W_BEFORE}['’]\d{2}(?![${LD}])`,
  String.raw`(?<=(?:^|\n)[ \t]*)\d{1,2}\.(?=\s|$)`,
  String.raw`Yahoo!`,
  // mixed end-of-sentence punctuation (?!, .?)
  String.raw`[.!?]*[!?][.!?]*[.!?]|\.+[!?]`,
  // clitics: do|n't, can|not, gon|na, wan|na, got|ta, do|nt
  String.raw`\p{L}+(?=[nN]${APOS}[tT]${NOT_W})`,
  String.raw`[nN]${APOS}[tT]${NOT_W}`,
  String.raw`${NOT_W_BEFORE}[cC]an(?=not${NOT_W})`,
  String.raw`(?<=${NOT_W_BEFORE}[cC]an)not${NOT_W}`,
  String.raw`${NOT_W_BEFORE}(?:[gG]on|[wW]an)(?=na${NOT_W})`,
  String.raw`(?<=${NOT_W_BEFORE}(?:[gG]on|[wW]an))na${NOT_W}`,
  String.raw`${NOT_W_BEFORE}[gG]ot(?=ta${NOT_W})`,
  String.raw`(?<=${NOT_W_BEFORE}[gG]ot)ta${NOT_W}`,
  String.raw`${NOT_W_BEFORE}(?:[dD]o|[dD]oes|[dD]id|[iI]s|[wW]as|[aA]re|[wW]ere|[cC]ould|[wW]ould|[sS]hould|[hH]as|[hH]ave|[hH]ad|[cC]a|[wW]o|[aA]i)(?=nt${NOT_W})`,
  String.raw`(?<=${NOT_W_BEFORE}(?:[dD]o|[dD]oes|[dD]id|[iI]s|[wW]as|[aA]re|[wW]ere|[cC]ould|[wW]ould|[sS]hould|[hH]as|[hH]ave|[hH]ad|[cC]a|[wW]o|[aA]i))nt${NOT_W}`,
  String.raw`(?<=[${LD}])${APOS}${CLITIC}${NOT_W}`,
  String.raw`${NOT_W_BEFORE}(?:[tT]hat|[tT]here|[wW]hat|[hH]e|[sS]he)(?=s${NOT_W})`,
  String.raw`${NOT_W_BEFORE}[iI](?=(?:ve|m)${NOT_W})`,
  String.raw`${NOT_W_BEFORE}(?:[yY]ou|[tT]hey)(?=(?:re|ll|ve)${NOT_W})`,
  String.raw`(?<=${NOT_W_BEFORE}(?:[tT]hat|[tT]here|[wW]hat|[hH]e|[sS]he|[iI]|[yY]ou|[tT]hey))(?:s|ve|m|re|ll)${NOT_W}`,

  // abbreviations: U.S., e.g., a.m., Ph.D.; listed ones (Mr., etc.); capital initials (J.)
  String.raw`(?:\p{L}\.){2,}(?![${LD}])|\p{L}(?:\.\p{L})+${NOT_W}|Ph\.D\.?|${NOT_W_BEFORE}(?:${ABBREVIATIONS.join('|')})\.${NOT_W}|\p{Lu}\.(?![${LD}.])|${NOT_W_BEFORE}(?:No|Nos|no|c)\.(?=\s?\d)`,
  // numbers: 1,000.5, 3.5, 10:30, 9/11, 1.2.3; phone numbers / ZIP+4 (713-853-3989, 77415-0027, 3-5297)
  String.raw`\d+(?:-\d+){2,}(?![${LD}])|(?:\d{1,3}|\d{5})-(?:0\d{3}|\d{4})(?![${LD}-])|\d+-0\d+(?![${LD}])`,
  String.raw`[+]?\d+(?:,\d{3}(?!\d))*(?:[.:\/]\d+)+(?:${APOS}?(?:s|st|nd|rd|th))?(?![${LD}])|[+]?\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?(?:${APOS}?s(?![${LD}]))?(?![\d_])`,
  // ordinals, decades, and numbers followed by a single capital (1920s, 80's, 21st, 7C)
  String.raw`\d+(?:${APOS}?s|st|nd|rd|th|ST|ND|RD|TH|x|\p{Lu}(?![\p{L}]))(?![${LD}])`,
  // a number followed by letters (a unit: 5km, 10am): the number alone, unless the whole is a word with digits
  String.raw`[+]?\d+(?=[\p{L}]+(?:$|[^${LD}_.]))`,
  // hyphen prefixes kept attached, then any word (with inner apostrophes, &, .)
  String.raw`(?:${PREFIX_RE})+${WORD}`,
  // single letters on each side of a slash (w/o, I/S, l/c)
  String.raw`${NOT_W_BEFORE}\p{L}\/\p{L}+${NOT_W}|${NOT_W_BEFORE}\p{L}+\/\p{L}${NOT_W}|${NOT_W_BEFORE}[wW]\/(?=\s|$)`,
  // a cut-off fragment of up to three letters keeps its hyphen (disfluencies "th-", "w-"); then any word
  String.raw`${NOT_W_BEFORE}\p{L}{1,3}-(?=\s|$)`,
  String.raw`${WORD}`,
  // ellipses, dashes and other runs of one punctuation character
  String.raw`(?<rep>[^\s\p{Cc}${LD}_\p{Extended_Pictographic}\p{Regional_Indicator}])\k<rep>+`,
  // emoji (with skin tones, variation selectors, ZWJ sequences), flags
  String.raw`\p{Extended_Pictographic}[\p{M}\p{Emoji_Modifier}\ufe0f\u20e3]*(?:\u200d\p{Extended_Pictographic}[\p{M}\p{Emoji_Modifier}\ufe0f]*)*`,
  String.raw`\p{Regional_Indicator}{1,2}`,
  // anything else: one code point with its combining marks
  String.raw`[^\s\p{Cc}][\p{M}\u200c\u200d\ufe0f]*`,
];

const TOKEN_RE = new RegExp(`(${SEP})|(?:${ALTERNATIVES.join('|')})`, 'uy');

export interface TokenSpan {
  start: number;
  end: number;
}

/**
 * Splits text[start, end) into UD English-style tokens (syntactic words). Offsets index `text`:
 * text.slice(t.start, t.end) is the token. Whitespace, control characters and zero-width spaces separate tokens
 * and never belong to one.
 */
export function tokenise(text: string, start = 0, end: number = text.length): TokenSpan[] {
  if (start < 0) start = 0;
  if (end > text.length) end = text.length;
  const out: TokenSpan[] = [];
  if (end <= start) return out;
  // never cut a surrogate pair at the span's ends
  // (a pair cut by two adjacent spans belongs to the first: its end reaches forward, the next start skips it)
  if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start++;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end++;
  const s = start === 0 && end === text.length ? text : text.slice(start, end);
  const re = TOKEN_RE;
  re.lastIndex = 0;
  const n = s.length;
  while (re.lastIndex < n) {
    const at = re.lastIndex;
    const m = re.exec(s);
    if (m === null) {
      // cannot happen (the fallback matches any non-separator), but never loop forever
      re.lastIndex = at + 1;
      continue;
    }
    if (m[1] !== undefined) continue; // separators
    const e = at + m[0].length;
    if (e === at) {
      re.lastIndex = at + 1;
      continue;
    }
    out.push({ start: start + at, end: start + e });
  }
  return out;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
