import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './errors.js';
import { rateLimit } from './rate-limit.js';

function limitedApp(clock: { t: number }) {
  const app = new Hono();
  app.onError(errorHandler(() => {}));
  app.use(
    '*',
    rateLimit({ perMinute: 6, burst: 2, now: () => clock.t, key: (c) => c.req.header('x-client') ?? 'anon' }),
  );
  app.get('/', (c) => c.text('ok'));
  return app;
}

describe('token-bucket rate limit', () => {
  it('allows a burst, refuses with Retry-After, refills at the sustained rate, per client', async () => {
    const clock = { t: 0 };
    const app = limitedApp(clock);
    const hit = async (client = 'a') => app.request('/', { headers: { 'x-client': client } });
    expect((await hit()).status).toBe(200);
    expect((await hit()).status).toBe(200);
    const refused = await hit();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10'); // 6/min: one token every 10 s
    expect((await hit('b')).status).toBe(200); // another client has its own bucket
    clock.t += 5_000;
    expect((await hit()).headers.get('retry-after')).toBe('5');
    clock.t += 5_000;
    expect((await hit()).status).toBe(200);
    clock.t += 3_600_000; // idle for an hour: back to the burst, not more
    expect([(await hit()).status, (await hit()).status, (await hit()).status]).toEqual([200, 200, 429]);
  });
});
