import { Hono } from 'hono';
import type { RouteDeps } from '../deps.js';
import { queryPlaces } from '../places.query.js';
import { PlacesQuerySchema } from '../schemas.js';
import { parseQuery } from '../validate.js';

/** GET /v1/places: places across all articles with their event and article counts → {places}. */
export function placesRoute(deps: RouteDeps): Hono {
  return new Hono().get('/v1/places', async (c) => {
    const q = parseQuery(c, PlacesQuerySchema);
    return c.json({ places: await queryPlaces(deps.store.db, q) });
  });
}
