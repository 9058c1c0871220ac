// Pieces the views share: headings, loading and error messages.
import { ApiFailure } from '../api.js';
import { clear, h } from '../dom.js';

export function show(main: HTMLElement, ...nodes: (Node | null)[]): void {
  clear(main);
  for (const n of nodes) if (n) main.appendChild(n);
}

export function loading(main: HTMLElement, what: string): void {
  if (!main.firstChild) main.appendChild(h('p', { class: 'muted' }, `Loading ${what}…`));
}

export function failure(err: unknown): { field?: string; message: string } {
  if (err instanceof ApiFailure) return { ...(err.field ? { field: err.field } : {}), message: err.message };
  return { message: err instanceof Error ? err.message : String(err) };
}

export function errorBox(message: string): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, message);
}

export function withParams(path: string, params: URLSearchParams): string {
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}
