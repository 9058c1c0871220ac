// Read-only queries over stored events: pages of events, stats per period, top actors and dyads, one article.
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
import { ApiError } from '../errors.js';
import { parseParams, parseQuery } from '../parse.js';
import { ArticleParams, EventsQuery, StatsQuery, TopQuery, toFilter } from '../schemas.js';
import { CODER_VERSION } from '../../pipeline.js';

export function eventRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const { store } = ctx;

  app.get('/api/events', async (req) => {
    const { limit, cursor, ...rest } = parseQuery(EventsQuery, req.query);
    try {
      return await store.events(toFilter(rest), { limit, cursor: cursor ?? null });
    } catch (err) {
      // a store rejects a cursor it did not issue with a RangeError
      if (err instanceof RangeError && cursor !== undefined) {
        throw new ApiError(400, 'bad_parameter', `parameter 'cursor': not a cursor from a previous page (${err.message})`, 'cursor');
      }
      throw err;
    }
  });

  app.get('/api/stats', async (req) => {
    const { by, interval, ...rest } = parseQuery(StatsQuery, req.query);
    return { rows: await store.stats(by, interval, toFilter(rest)) };
  });

  app.get('/api/top', async (req) => {
    const { kind, limit, ...rest } = parseQuery(TopQuery, req.query);
    const filter = toFilter(rest);
    return { rows: kind === 'actors' ? await store.topActors(filter, limit) : await store.topDyads(filter, limit) };
  });

  app.get('/api/articles/:id', async (req) => {
    const { id } = parseParams(ArticleParams, req.params);
    const found = await store.article(id);
    if (!found) throw new ApiError(404, 'not_found', `no article with id '${id}'`, 'id');
    return found;
  });

  app.get('/api/info', async () => {
    const counts = await store.counts();
    return { backend: store.backend, coderVersion: CODER_VERSION, ...counts, ingest: ctx.token !== undefined && ctx.token !== '' };
  });
}
