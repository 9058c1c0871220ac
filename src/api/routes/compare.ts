// GET /api/stories/{id}/compare: the coverage comparison of one story (404 when there is no such story).
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
import { ApiError } from '../errors.js';
import { parseParams } from '../parse.js';
import { StoryParams } from '../story-schemas.js';

export function compareRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/api/stories/:id/compare', async (req) => {
    const { id } = parseParams(StoryParams, req.params);
    const found = await ctx.store.compare(id);
    if (!found) throw new ApiError(404, 'not_found', `no story with id '${id}'`, 'id');
    return found;
  });
}
