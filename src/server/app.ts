import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { Store } from '../store/index.js';
import type { RouteDeps } from './deps.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { limitBody, limitTime } from './guards.js';
import { openApiDocument } from './openapi.js';
import { type RateLimitOptions, rateLimit } from './rate-limit.js';
import { actorsRoute } from './routes/actors.route.js';
import { aggregateRoutes } from './routes/aggregate.routes.js';
import { articlesRoute } from './routes/articles.route.js';
import { eventsRoute } from './routes/events.route.js';
import { extractRoute } from './routes/extract.route.js';
import { healthRoute } from './routes/health.route.js';
import { placesRoute } from './routes/places.route.js';
import { DEFAULT_WEB_DIR, webRoutes } from './web.js';

/** Limits of the API; every field has a default. */
export interface ServerLimits {
  /** Largest request body in bytes (default 1 MB). */
  readonly bodyBytes?: number;
  /** Time a request may take in ms (default 30 s). */
  readonly timeoutMs?: number;
  /** Per-client token bucket (default 300 requests/minute); false turns it off. */
  readonly rateLimit?: RateLimitOptions | false;
  /** Time and size caps of a fetched `url` (default 15 s, 10 MB). */
  readonly fetchTimeoutMs?: number;
  readonly fetchBytes?: number;
}

/** What {@link createApp} is built from. */
export interface AppDeps {
  readonly store: Store;
  readonly knowledge: Knowledge;
  /** Allow `url` inputs on loopback/private addresses (default false). */
  readonly allowPrivate?: boolean;
  /** The built web UI (default `<repo>/web/dist`). */
  readonly webDir?: string;
  /** Required for write routes (POST /v1/articles) when set. */
  readonly apiKey?: string;
  readonly limits?: ServerLimits;
  /** Where internal errors are reported (default stderr). */
  readonly log?: (err: unknown) => void;
}

/** The web UI loads only its own assets; API answers are JSON and never framed. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/**
 * The parley HTTP API as a Hono app: security headers, per-client rate limit, body and time
 * limits, the /v1 routes, /openapi.json, /healthz, the aggregate routes and the web UI. One
 * onError writes every error as `{error: {code, message}}`.
 */
export function createApp(deps: AppDeps): Hono {
  const limits = deps.limits ?? {};
  const bodyBytes = limits.bodyBytes ?? 1024 * 1024;
  const routeDeps: RouteDeps = {
    store: deps.store,
    knowledge: deps.knowledge,
    apiKey: deps.apiKey || undefined,
    fetchPolicy: {
      allowPrivate: deps.allowPrivate ?? false,
      timeoutMs: limits.fetchTimeoutMs ?? 15_000,
      maxBytes: limits.fetchBytes ?? 10 * 1024 * 1024,
    },
  };
  const app = new Hono();
  app.onError(errorHandler(deps.log));
  app.notFound(notFoundHandler);
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false }));
  if (limits.rateLimit !== false) {
    const rl = rateLimit(limits.rateLimit ?? { perMinute: 300 });
    app.use('*', async (c, next) => (c.req.path === '/healthz' ? next() : rl(c, next)));
  }
  app.use('*', limitBody(bodyBytes));
  app.use('/v1/*', limitTime(limits.timeoutMs ?? 30_000));
  const document = openApiDocument({ secured: routeDeps.apiKey !== undefined });
  app.get('/openapi.json', (c) => c.json(document));
  for (const route of [extractRoute, articlesRoute, eventsRoute, actorsRoute, placesRoute, healthRoute]) {
    app.route('/', route(routeDeps));
  }
  app.route('/', aggregateRoutes({ store: deps.store }));
  app.route('/', webRoutes(deps.webDir ?? DEFAULT_WEB_DIR));
  return app;
}
