import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** The built web UI shipped with parley: `<repo>/web/dist` (from src/server or dist/server). */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Paths that belong to the API: never answered with the UI's index.html. */
const API_PATH = /^\/(v1(\/|$)|openapi\.json$|healthz$)/;

const NOT_BUILT = (dir: string) =>
  [
    'parley: the web UI is not built.',
    '',
    `No index.html in ${dir}. Build it from the repository root with:`,
    '',
    '  npx vite build --config web/vite.config.ts',
    '',
    'or start the server with --web-dir pointing at a built UI. The API is at /v1 and /openapi.json.',
    '',
  ].join('\n');

/**
 * The web UI: static files from `dir`, and its index.html for any other GET that is not an API
 * path (client-side routes). When the UI is not built, `/` says how to build it.
 */
export function webRoutes(dir: string): Hono {
  const app = new Hono();
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (c) => c.text(NOT_BUILT(dir), 200));
    return app;
  }
  const files = serveStatic({ root: dir });
  app.use('*', async (c, next) => (API_PATH.test(c.req.path) ? next() : files(c, next)));
  app.get('*', async (c, next) => {
    if (API_PATH.test(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(index, 'utf8'));
  });
  return app;
}
