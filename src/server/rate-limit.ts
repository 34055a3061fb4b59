import type { Context, MiddlewareHandler } from 'hono';
import { HttpParleyError } from './errors.js';

/** Options of {@link rateLimit}: a token bucket per client. */
export interface RateLimitOptions {
  /** Requests a client may make per minute, sustained (the refill rate). */
  readonly perMinute: number;
  /** Bucket size: requests a client may make at once after being idle (default perMinute). */
  readonly burst?: number;
  /** The client a request counts against (default: the socket's remote address). */
  readonly key?: (c: Context) => string;
  /** Milliseconds clock, for tests. */
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before idle (full) ones are swept, so memory stays bounded under many clients. */
const SWEEP_AT = 10_000;

/**
 * Per-client token-bucket rate limit, in memory (one process). A request that finds the bucket
 * empty is refused with RATE_LIMITED (429) and `Retry-After` in whole seconds.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const capacity = Math.max(1, options.burst ?? options.perMinute);
  const perMs = options.perMinute / 60_000;
  const now = options.now ?? Date.now;
  const key = options.key ?? remoteAddress;
  const buckets = new Map<string, Bucket>();
  const refill = (b: Bucket, t: number) => {
    b.tokens = Math.min(capacity, b.tokens + (t - b.at) * perMs);
    b.at = t;
  };
  return async (c, next) => {
    const t = now();
    if (buckets.size >= SWEEP_AT) {
      for (const [k, b] of buckets) {
        refill(b, t);
        if (b.tokens >= capacity) buckets.delete(k);
      }
    }
    const id = key(c);
    const bucket = buckets.get(id) ?? { tokens: capacity, at: t };
    buckets.set(id, bucket);
    refill(bucket, t);
    if (bucket.tokens < 1) {
      const wait = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new HttpParleyError(
        'RATE_LIMITED',
        `more than ${options.perMinute} requests per minute from this client; retry in ${wait} s`,
        { 'Retry-After': String(wait) },
      );
    }
    bucket.tokens -= 1;
    await next();
  };
}

/** The socket address under @hono/node-server; "local" for in-process `app.request()`. */
export function remoteAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
