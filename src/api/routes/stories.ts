// Stories (issue #12): the list with filters and pages, and one story with its articles.
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
import { ApiError } from '../errors.js';
import { parseParams, parseQuery } from '../parse.js';
import { StoriesQuery, StoryParams } from '../story-schemas.js';

export function storyRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const { store } = ctx;

  app.get('/api/stories', async (req) => {
    const { filter, limit, cursor } = parseQuery(StoriesQuery, req.query);
    try {
      return await store.stories(filter, { limit, cursor: cursor ?? null });
    } catch (err) {
      if (err instanceof RangeError && cursor !== undefined) {
        throw new ApiError(400, 'bad_parameter', `parameter 'cursor': not a cursor from a previous page (${err.message})`, 'cursor');
      }
      throw err;
    }
  });

  app.get('/api/stories/:id', async (req) => {
    const { id } = parseParams(StoryParams, req.params);
    const found = await store.story(id);
    if (!found) throw new ApiError(404, 'not_found', `no story with id '${id}'`, 'id');
    return found;
  });
}
