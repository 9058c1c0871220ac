// Coding over HTTP: POST /api/code codes a text without storing it ("try it"); POST /api/articles codes and
// stores articles, and only with the server's bearer token.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Article } from '../../types.js';
import { CODER_VERSION } from '../../pipeline.js';
import { checkIngestToken } from '../auth.js';
import type { ApiContext } from '../context.js';
import { contentHash } from '../../store/index.js';
import { parseBody } from '../parse.js';
import { ArticleInput, CodeBody, IngestBody } from '../schemas.js';

/** Bodies of POST /api/code stay small: a "try it" text, coded while the client waits. */
export const CODE_BODY_LIMIT = 256 * 1024;

const digest = (s: string) => createHash('sha1').update(s).digest('hex');

function toArticle(a: z.output<typeof ArticleInput>, prefix: string, origin: string): Article {
  return {
    id: a.id ?? `${prefix}${digest(a.text).slice(0, 16)}`,
    text: a.text,
    published: a.published ?? null,
    outlet: a.outlet?.trim() || null,
    url: a.url?.trim() || null,
    title: a.title?.trim() || null,
    language: a.language?.trim() || null,
    origin,
  };
}

export function codeRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.post('/api/code', { bodyLimit: CODE_BODY_LIMIT }, async (req) => {
    const body = parseBody(CodeBody, req.body);
    const article = toArticle(body, 'try-', 'api');
    const [events] = await ctx.coder.code([article]);
    return { article: { id: article.id, text: article.text, published: article.published, outlet: article.outlet }, events: events! };
  });

  app.post('/api/articles', async (req, reply) => {
    checkIngestToken(ctx.token, req.headers.authorization);
    const body = parseBody(IngestBody, req.body);
    const articles = body.articles.map((a, i) => toArticle(a, 'api-', `POST /api/articles[${i}]`));
    // what the store would skip (stored unchanged, or the same text under another id) is neither coded nor claimed
    const skip = await ctx.store.unchanged(articles, CODER_VERSION);
    const fresh = firstOfEachText(articles.filter((a) => !skip.has(a.id)));
    const coded = await ctx.coder.code(fresh);
    const r = await ctx.store.putArticles(fresh.map((article, i) => ({ article, events: coded[i]! })), CODER_VERSION);
    const storedIds = new Set(fresh.map((a) => a.id));
    reply.code(201);
    return {
      stored: r.stored,
      skipped: articles.length - r.stored,
      events: r.events,
      ids: articles.filter((a) => storedIds.has(a.id)).map((a) => a.id),
      skippedIds: articles.filter((a) => !storedIds.has(a.id)).map((a) => a.id),
    };
  });
}

/** The batch without later articles whose text repeats an earlier one's (the store would skip them as duplicates). */
function firstOfEachText(articles: Article[]): Article[] {
  const seen = new Set<string>();
  return articles.filter((a) => {
    const h = contentHash(a.text);
    if (seen.has(h)) return false;
    seen.add(h);
    return true;
  });
}
