import { Hono } from 'hono';
import type { Store } from '../../store/index.js';

/**
 * PLACEHOLDER until the aggregate helper writes this file: GET /v1/timeline, /v1/network,
 * /v1/deadlines and /v1/clusters answer 501 so the server builds and the routes are mounted.
 */
export function aggregateRoutes(_deps: { store: Store }): Hono {
  const app = new Hono();
  for (const path of ['/v1/timeline', '/v1/network', '/v1/deadlines', '/v1/clusters']) {
    app.get(path, (c) =>
      c.json({ error: { code: 'INTERNAL', message: `${path} is not implemented yet` } }, 501),
    );
  }
  return app;
}
