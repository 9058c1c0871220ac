// A local HTTP server for the watch tests (127.0.0.1, a free port): routes the test sets and changes between polls,
// and a log of every request with its headers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  base: string;
  routes: Map<string, Handler>;
  log: { path: string; headers: IncomingMessage['headers'] }[];
  /** requests made to a path */
  hits(path: string): { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const log: TestServer['log'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    log.push({ path, headers: req.headers });
    const h = routes.get(path) ?? routes.get(path.split('?')[0]!);
    if (h) h(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base, routes, log,
    hits: (path) => log.filter((l) => l.path === path),
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** A fixed answer; with an ETag/Last-Modified the server answers 304 when the request's validators match. */
export function serve(body: string | Buffer, type: string, validators: { etag?: string; lastModified?: string } = {}, status = 200): Handler {
  return (req, res) => {
    const headers: Record<string, string> = { 'content-type': type };
    if (validators.etag) headers['etag'] = validators.etag;
    if (validators.lastModified) headers['last-modified'] = validators.lastModified;
    const etagHit = validators.etag !== undefined && req.headers['if-none-match'] === validators.etag;
    const dateHit = validators.lastModified !== undefined && req.headers['if-modified-since'] === validators.lastModified;
    if (etagHit || (validators.etag === undefined && dateHit)) return void res.writeHead(304, headers).end();
    res.writeHead(status, headers).end(body);
  };
}

export interface Item {
  title: string;
  link: string;
  guid?: string;
  date?: string;
  content?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(title: string, items: Item[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>http://example.org/</link>\n` +
    items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link>${i.guid ? `<guid>${esc(i.guid)}</guid>` : ''}` +
      `${i.date ? `<pubDate>${new Date(i.date).toUTCString()}</pubDate>` : ''}${i.content ? `<description>${esc(i.content)}</description>` : ''}</item>\n`).join('') +
    '</channel></rss>\n';
}

export function atom(title: string, items: Item[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:t</id><updated>2024-01-01T00:00:00Z</updated>\n` +
    items.map((i) => `<entry><title>${esc(i.title)}</title><link href="${esc(i.link)}"/><id>${esc(i.guid ?? i.link)}</id>` +
      `<updated>${i.date ?? '2024-01-01'}T00:00:00Z</updated>${i.content ? `<content type="html">${esc(i.content)}</content>` : ''}</entry>\n`).join('') +
    '</feed>\n';
}

export function jsonFeed(title: string, items: Item[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title,
    items: items.map((i) => ({ id: i.guid ?? i.link, url: i.link, title: i.title, date_published: i.date ? `${i.date}T00:00:00Z` : undefined, content_html: i.content })),
  });
}

/** A news page readout's HTML reader extracts: a headline and paragraphs; `canonical` adds <link rel=canonical>. */
export function page(title: string, paragraphs: string[], canonical?: string): string {
  return `<!doctype html><html><head><title>${esc(title)}</title>${canonical ? `<link rel="canonical" href="${esc(canonical)}">` : ''}</head>` +
    `<body><nav><a href="/">Home</a></nav><article><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article>` +
    '<footer>© Test News</footer></body></html>';
}

/** Distinct article text number n, long enough for Readability, with an event in it. */
export function story(n: number): string[] {
  return [
    `BEIJING, Jan ${(n % 28) + 1} (Test) - Chinese Foreign Minister Wang Yi met Iranian Foreign Minister Hossein Amir-Abdollahian in Beijing on Tuesday, story number ${n}.`,
    `The two ministers signed a memorandum on police cooperation, officials said in statement ${n}, and agreed to hold further talks on trade and security.`,
    `Iran's police chief Ahmad-Reza Radan also visited the Chinese capital for the ${n}th meeting, according to the Xinhua news agency, which gave no further details.`,
  ];
}
