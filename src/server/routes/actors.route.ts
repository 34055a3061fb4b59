import { Hono } from 'hono';
import { queryActors } from '../../store/index.js';
import type { RouteDeps } from '../deps.js';
import { ActorsQuerySchema } from '../schemas.js';
import { parseQuery } from '../validate.js';

/** GET /v1/actors: actor codes across all articles, most widely reported first → {actors}. */
export function actorsRoute(deps: RouteDeps): Hono {
  return new Hono().get('/v1/actors', async (c) => {
    const q = parseQuery(c, ActorsQuerySchema);
    return c.json({ actors: await queryActors(deps.store.db, q) });
  });
}
