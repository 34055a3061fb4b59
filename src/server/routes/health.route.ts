import { Hono } from 'hono';
import { sql } from 'kysely';
import { VERSION } from '../../version.js';
import type { RouteDeps } from '../deps.js';

/** GET /healthz: the store answers a query; version, dialect and knowledge version. */
export function healthRoute(deps: RouteDeps): Hono {
  return new Hono().get('/healthz', async (c) => {
    await sql`select 1`.execute(deps.store.db);
    return c.json({
      ok: true,
      version: VERSION,
      dialect: deps.store.dialect,
      knowledge: deps.knowledge.version,
    });
  });
}
