import { Hono } from 'hono';
import { queryEvents } from '../../store/index.js';
import type { RouteDeps } from '../deps.js';
import { EventsQuerySchema } from '../schemas.js';
import { parseQuery } from '../validate.js';

/** GET /v1/events: stored events matching the filters, one keyset page at a time → {events, next}. */
export function eventsRoute(deps: RouteDeps): Hono {
  return new Hono().get('/v1/events', async (c) => {
    const q = parseQuery(c, EventsQuerySchema);
    return c.json(await queryEvents(deps.store.db, { ...q, cursor: q.cursor ?? null }));
  });
}
