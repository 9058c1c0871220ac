// API fuzz: seeded random query strings, path parameters and bodies over every route of the OpenAPI document, with
// and without the token; no request may get a 5xx. Deterministic (a fixed seed, a fixed number of requests).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApiDocument } from '../../src/api/index.js';
import { harness, type Harness } from './helpers.js';

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const INTERESTING = [
  '', ' ', '0', '-1', '1e9', '2.5', 'NaN', 'null', 'true', '[]', '{}', 'CHN', 'chn', 'CH', 'GOVT', 'C1-IRN', 'CHN-IRN', 'CHN-', '-',
  'AGREE', 'AGREE,,HUG', 'asserted', 'visit', 'terrorism', '2025', '2025-02-30', '0000-00-00', '9999-12-31', 'quad', 'dyad', 'month',
  'actors', "' OR 1=1 --", '"; drop table events; --', '%', '%%', '%zz', '\\', '\u0000', '\ud800', '😀', 'ǅ', 'İ', '\u202e',
  'javascript:alert(1)', '../../etc/passwd', 'x'.repeat(501), 'é'.repeat(300), 'AGREE,'.repeat(100),
];
const ALPHABET = 'abcXYZ019 -_,.:;/?#&=+%"\'<>\\\u0000\u00e9\u4e2d\ud83d\ude00\t\n';

function randomString(r: Rng): string {
  if (r.next() < 0.5) return r.pick(INTERESTING);
  let s = '';
  const n = r.pick([1, 3, 8, 40, 600]);
  for (let i = 0; i < n; i++) s += ALPHABET[r.int(ALPHABET.length)]!;
  return s;
}

function randomJson(r: Rng, depth = 0): unknown {
  const k = r.int(depth > 2 ? 5 : 7);
  if (k === 0) return null;
  if (k === 1) return r.pick([0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER]);
  if (k === 2) return r.next() < 0.5;
  if (k <= 4) return randomString(r);
  if (k === 5) return Array.from({ length: r.int(4) }, () => randomJson(r, depth + 1));
  return Object.fromEntries(Array.from({ length: r.int(4) }, () => [randomString(r).slice(0, 20), randomJson(r, depth + 1)]));
}

/** Percent-encoding; a lone surrogate (which has no UTF-8) becomes the bytes of one, an invalid UTF-8 sequence. */
function enc(s: string): string {
  return s.split(/([\ud800-\udfff])/).map((p) => (/^[\ud800-\udfff]$/.test(p) ? '%ED%A0%80' : encodeURIComponent(p))).join('');
}

/** A query string of known and unknown parameters, sometimes repeated, mostly percent-encoded. */
function randomQuery(r: Rng, names: string[]): string {
  const parts: string[] = [];
  for (let i = r.int(5); i >= 0; i--) {
    const name = r.next() < 0.85 ? r.pick(names.length ? names : ['x']) : randomString(r).slice(0, 12);
    const value = randomString(r);
    parts.push(`${enc(name)}=${r.next() < 0.9 ? enc(value) : value.replace(/[#\s\ud800-\udfff]/g, '')}`);
  }
  return parts.join('&');
}

function randomBody(r: Rng, fields: Record<string, unknown>): unknown {
  if (r.next() < 0.2) return randomJson(r);
  const obj: Record<string, unknown> = {};
  for (const name of Object.keys(fields)) if (r.next() < 0.8) obj[name] = r.next() < 0.5 ? randomString(r) : randomJson(r);
  if ('articles' in fields && r.next() < 0.7) {
    obj['articles'] = Array.from({ length: r.int(4) }, () => ({ text: randomString(r) || 'Russia accused Estonia.', ...(r.next() < 0.5 ? { id: randomString(r).slice(0, 10) || 'i' } : {}), ...(r.next() < 0.3 ? { url: randomString(r), published: r.pick(INTERESTING) } : {}) }));
  }
  return obj;
}

interface Route { method: 'GET' | 'POST'; path: string; query: string[]; pathParams: string[]; body: Record<string, unknown> | null }

function routesOf(doc: Record<string, unknown>): Route[] {
  const out: Route[] = [];
  for (const [path, ops] of Object.entries(doc['paths'] as Record<string, Record<string, Record<string, unknown>>>)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op['parameters'] ?? []) as { name: string; in: string }[];
      const bodySchema = ((op['requestBody'] as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined)?.content?.['application/json']?.schema);
      const ref = bodySchema?.$ref?.split('/').pop();
      const schemas = (doc['components'] as { schemas: Record<string, { properties?: Record<string, unknown> }> }).schemas;
      out.push({
        method: method.toUpperCase() as Route['method'], path,
        query: params.filter((p) => p.in === 'query').map((p) => p.name),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        body: bodySchema ? ((ref ? schemas[ref]?.properties : (bodySchema as { properties?: Record<string, unknown> }).properties) ?? {}) : null,
      });
    }
  }
  return out;
}

let h: Harness;
before(async () => { h = await harness({ token: 't' }); });
after(async () => { await h.close(); });

const SEED = 20260214;
const REQUESTS = 1500;

test(`${REQUESTS} random requests over every route of the OpenAPI document: no 5xx (seed ${SEED})`, { timeout: 300_000 }, async () => {
  const r = rng(SEED);
  const routes = routesOf(openApiDocument());
  assert.ok(routes.length >= 7, 'every documented route');
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const route = routes[i % routes.length]!;
    let path = route.path;
    for (const p of route.pathParams) path = path.replace(`{${p}}`, enc(randomString(r) || 'x'));
    const qs = r.next() < 0.9 ? randomQuery(r, route.query) : '';
    const url = qs ? `${path}?${qs}` : path;
    const res = await h.app.inject({
      method: route.method, url,
      ...(route.body ? { payload: JSON.stringify(randomBody(r, route.body)), headers: { 'content-type': 'application/json', ...(r.next() < 0.8 ? { authorization: 'Bearer t' } : {}) } } : {}),
    });
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    if (res.statusCode >= 500) failures.push(`${route.method} ${url.slice(0, 200)} => ${res.statusCode} ${res.body.slice(0, 200)}`);
    else if (res.statusCode >= 400) assert.match(res.body, /"error":\{"code"/, `${url}: errors are JSON`);
  }
  assert.deepEqual(failures, [], `statuses: ${JSON.stringify([...statuses])}`);
  assert.ok((statuses.get(200) ?? 0) + (statuses.get(201) ?? 0) > 0 && (statuses.get(400) ?? 0) > 0, `a mix of answers: ${JSON.stringify([...statuses])}`);
});
