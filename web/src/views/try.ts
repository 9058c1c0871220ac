// Try it: paste a text, code it on the server without storing it, and see the events and their evidence.
import { api, type ReadoutEvent } from '../api.js';
import { h } from '../dom.js';
import { renderEvidence, renderText } from '../highlight.js';
import type { Navigator } from '../router.js';
import { actorLabel, dateWords, sourceWords } from '../words.js';
import { errorBox, failure } from './common.js';

const SAMPLE = `Finnish President Alexander Stubb met Estonian Prime Minister Kristen Michal in Helsinki on Tuesday, the Finnish presidency said.

Russia accused Estonia of provocations in the Gulf of Finland, according to TASS. Estonia denied the claim.`;

export function renderTry(_url: URL, main: HTMLElement, _nav: Navigator): void {
  const text = h('textarea', { id: 't-text', name: 'text', rows: '10', required: true, spellcheck: 'false' }, SAMPLE);
  const published = h('input', { id: 't-published', name: 'published', placeholder: 'YYYY-MM-DD', size: '10', value: new Date().toISOString().slice(0, 10) });
  const outlet = h('input', { id: 't-outlet', name: 'outlet', placeholder: 'optional' });
  const result = h('div', { class: 'try-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Code it');
  const form = h('form', { class: 'try-form' },
    h('label', { for: 't-text', class: 'block' }, h('span', {}, 'Article text'), text),
    h('div', { class: 'row' },
      h('label', { class: 'field', for: 't-published' }, h('span', {}, 'Published'), published),
      h('label', { class: 'field', for: 't-outlet' }, h('span', {}, 'Outlet'), outlet),
      h('div', { class: 'actions' }, button)),
    h('p', { class: 'muted' }, 'The text is coded on the server and not stored.'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    button.disabled = true;
    result.replaceChildren(h('p', { class: 'muted' }, 'Coding…'));
    try {
      const r = await api.code({ text: text.value, published: published.value.trim() || null, outlet: outlet.value.trim() || null });
      showResult(result, r.article.text, r.events);
    } catch (err) {
      result.replaceChildren(errorBox(failure(err).message));
    } finally {
      button.disabled = false;
    }
  });
  main.replaceChildren(h('h1', {}, 'Try it'), form, result);
}

function showResult(root: HTMLElement, text: string, events: ReadoutEvent[]): void {
  if (events.length === 0) {
    root.replaceChildren(h('p', { class: 'summary' }, 'No events found in this text.'));
    return;
  }
  let selected = events[0]!;
  const textBox = h('div', { class: 'try-text' });
  const cards = events.map((e) => {
    const card = h('button', { type: 'button', class: 'event-button', 'aria-pressed': String(e === selected) },
      h('span', { class: `cat quad-${e.quad}` }, e.event), ' ',
      h('span', {}, `${actorLabel(e.actor)} → ${actorLabel(e.recipient)}`),
      h('small', { class: 'muted block' }, [dateWords(e), sourceWords(e) || 'reported as fact'].join(' · ')),
      h('span', { class: 'block' }, renderEvidence(e)));
    card.addEventListener('click', () => {
      selected = e;
      for (const c of cards) c.setAttribute('aria-pressed', String(c === card));
      draw();
    });
    return card;
  });
  const draw = () => textBox.replaceChildren(renderText(text, events, selected, () => '#'));
  draw();
  textBox.addEventListener('click', (ev) => {
    const a = (ev.target as Element).closest('a.other-evidence');
    if (!a) return;
    ev.preventDefault();
    const i = [...textBox.querySelectorAll('a.other-evidence, mark.evidence')].indexOf(a);
    const starts = [...new Set(events.map((e) => e.evidence.start))].sort((x, y) => x - y);
    const e = events.find((x) => x.evidence.start === starts[i]);
    if (e) cards[events.indexOf(e)]?.click();
  });
  root.replaceChildren(h('h2', {}, `${events.length} event${events.length === 1 ? '' : 's'}`), h('div', { class: 'try-layout' }, h('div', { class: 'cards' }, ...cards), textBox));
}
