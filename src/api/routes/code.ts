// Coding over HTTP: POST /api/code codes a text without storing it ("try it"); POST /api/articles codes and
// stores articles, and only with the server's bearer token.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Article } from '../../types.js';
import { codeArticle, CODER_VERSION } from '../../pipeline.js';
import { checkIngestToken } from '../auth.js';
import type { ApiContext } from '../context.js';
import { parseBody } from '../parse.js';
import { ArticleInput, CodeBody, IngestBody } from '../schemas.js';

/** Bodies of POST /api/code stay small: it codes synchronously on the request. */
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
    const events = codeArticle(article, ctx.lexicons);
    return { article: { id: article.id, text: article.text, published: article.published, outlet: article.outlet }, events };
  });

  app.post('/api/articles', async (req, reply) => {
    checkIngestToken(ctx.token, req.headers.authorization);
    const body = parseBody(IngestBody, req.body);
    const batch = body.articles.map((a, i) => {
      const article = toArticle(a, 'api-', `POST /api/articles[${i}]`);
      return { article, events: codeArticle(article, ctx.lexicons) };
    });
    const r = await ctx.store.putArticles(batch, CODER_VERSION);
    reply.code(201);
    return { ...r, ids: batch.map((b) => b.article.id) };
  });
}
