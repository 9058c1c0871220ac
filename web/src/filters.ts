// The filters every data view shares. They live in the URL's query string, so a view is a shareable link and
// back/forward restore it; the form below edits them.
import { PLOVER_CATEGORIES, STATUSES } from '../../src/types.js';
import { h } from './dom.js';

export const FILTER_KEYS = ['dyad', 'actor', 'recipient', 'event', 'status', 'outlet', 'source', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The filter parameters of a URL (other parameters such as cursor or interval are left out). */
export function filtersOf(search: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = search.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

export interface FilterFormOptions {
  current: URLSearchParams;
  /** called with the new filter parameters when the form is applied */
  apply: (filters: URLSearchParams) => void;
  /** the API's complaint about a field, shown next to it */
  error?: { field?: string; message: string } | null;
  /** the fields to show (all of them when left out), and the form's name for assistive technology */
  fields?: readonly FilterKey[];
  label?: string;
  /** a hint inside a field other than its usual one */
  placeholders?: Partial<Record<FilterKey, string>>;
}

export function filterForm(opts: FilterFormOptions): HTMLFormElement {
  const cur = opts.current;
  const field = (key: FilterKey, label: string, input: HTMLElement, hint?: string) => !shown(key) ? null :
    h('label', { class: `field${opts.error?.field === key ? ' invalid' : ''}`, for: `f-${key}` }, h('span', {}, label), input, hint ? h('small', {}, hint) : null);
  const shown = (key: FilterKey) => !opts.fields || opts.fields.includes(key);
  const text = (key: FilterKey, placeholder: string, extra: Record<string, string> = {}) =>
    h('input', { id: `f-${key}`, name: key, value: cur.get(key) ?? '', placeholder: opts.placeholders?.[key] ?? placeholder, autocomplete: 'off', ...extra });
  const select = (key: FilterKey, values: readonly string[], any: string) => {
    const s = h('select', { id: `f-${key}`, name: key }, h('option', { value: '' }, any), ...values.map((v) => h('option', { value: v }, v)));
    s.value = cur.get(key) ?? '';
    return s;
  };
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': opts.label ?? 'Filter events' },
    field('dyad', 'Dyad', text('dyad', 'CHN-IRN', { pattern: '[A-Za-z0-9]{2,8}-[A-Za-z0-9]{2,8}', title: 'two country codes joined by -' })),
    field('actor', 'Actor', text('actor', 'RUS', { size: '5' })),
    field('recipient', 'Recipient', text('recipient', 'EST', { size: '5' })),
    field('event', 'Category', select('event', PLOVER_CATEGORIES, 'any category')),
    field('status', 'Status', select('status', STATUSES, 'any status')),
    field('outlet', 'Outlet', text('outlet', 'outlet name')),
    field('source', 'Source', text('source', 'e.g. TASS')),
    field('from', 'From', text('from', 'YYYY-MM-DD', { size: '10' })),
    field('to', 'To', text('to', 'YYYY-MM-DD', { size: '10' })),
    field('q', 'Text', text('q', 'words in the evidence', { type: 'search' })),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { type: 'button', class: 'link', onclick: () => opts.apply(new URLSearchParams()) }, 'Clear')),
  );
  if (opts.error) form.appendChild(h('p', { class: 'error', role: 'alert' }, opts.error.message));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const out = new URLSearchParams();
    for (const [k, v] of new FormData(form)) {
      let s = String(v).trim();
      if (k === 'dyad' || k === 'actor' || k === 'recipient') s = s.toUpperCase();
      if (s) out.set(k, s);
    }
    opts.apply(out);
  });
  return form;
}
