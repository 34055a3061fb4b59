import type { ConnectionOptions } from 'bullmq';

/**
 * BullMQ connection options for a `redis://` / `rediss://` URL.
 *
 * `worker`: retry forever (a worker outlives Redis restarts; BullMQ requires
 * `maxRetriesPerRequest: null` for its blocking connection). Otherwise (enqueue, status) give up
 * after a few seconds so a command pointed at a Redis that isn't there fails instead of hanging.
 */
export function redisConnection(url: string, role: 'worker' | 'client' = 'client'): ConnectionOptions {
  if (!/^rediss?:\/\//i.test(url)) throw new Error(`"${url}" is not a redis:// URL`);
  if (role === 'worker') return { url, maxRetriesPerRequest: null };
  return {
    url,
    maxRetriesPerRequest: 3,
    connectTimeout: 5000,
    retryStrategy: (times: number) => (times > 5 ? null : Math.min(200 * times, 1000)),
  };
}
