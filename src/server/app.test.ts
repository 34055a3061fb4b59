import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { RecordSchema } from '../model/record.js';
import { openStore, type Store } from '../store/index.js';
import { type AppDeps, createApp } from './app.js';
import { seedText } from './test-api.js';

const knowledge = loadKnowledge();
let store: Store;
beforeAll(async () => {
  store = await openStore(':memory:');
});
afterAll(async () => store?.close());

const app = (extra: Partial<AppDeps> = {}) =>
  createApp({ store, knowledge, webDir: '/nonexistent', ...extra });
const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('HTTP API in-process (app.request)', () => {
  it('codes text into a valid record with security headers on the JSON', async () => {
    const res = await app().request(
      '/v1/extract',
      post({ text: seedText(), published: '2021-03-18T09:30:00Z' }),
    );
    expect(res.status).toBe(200);
    expect(RecordSchema.safeParse(await res.json()).success).toBe(true);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('writes every error as {error: {code, message}} with its catalogue status, headers included', async () => {
    const cases: [string, RequestInit | undefined, number, string][] = [
      ['/v1/extract', post('not json'), 400, 'BAD_REQUEST'],
      ['/v1/extract', post([]), 400, 'BAD_REQUEST'],
      ['/v1/extract', post({ text: 'a', html: '<p>b</p>' }), 400, 'BAD_REQUEST'],
      ['/v1/extract', post({ text: '   ' }), 400, 'BAD_REQUEST'],
      ['/v1/extract', post({ url: 'ftp://example.org/x' }), 400, 'URL_REFUSED'],
      ['/v1/extract', post({ html: '<html><body><nav>Home</nav></body></html>' }), 422, 'NO_ARTICLE'],
      ['/v1/events?type=PARTY', undefined, 400, 'BAD_REQUEST'],
      ['/v1/events?status=done', undefined, 400, 'BAD_REQUEST'],
      ['/v1/extract', undefined, 404, 'NOT_FOUND'],
    ];
    for (const [path, init, status, code] of cases) {
      const res = await app().request(path, init);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(res.status, `${path} ${init?.body}`).toBe(status);
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(5);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers INTERNAL without the error text or stack, and logs it', async () => {
    const broken = await openStore(':memory:');
    await broken.close();
    const logged: unknown[] = [];
    const res = await createApp({
      store: broken,
      knowledge,
      webDir: '/nonexistent',
      log: (e) => logged.push(e),
    }).request('/v1/events');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } });
    expect(logged).toHaveLength(1);
  });

  it('refuses a 10 MB body with 413, declared or streamed without a length', async () => {
    const big = JSON.stringify({ text: 'a'.repeat(10 * 1024 * 1024) });
    const declared = await app().request('/v1/extract', post(big));
    expect(declared.status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 65_536) controller.enqueue(bytes.subarray(i, i + 65_536));
        controller.close();
      },
    });
    const chunked = await app().request(
      new Request('http://local/v1/extract', {
        method: 'POST',
        body: stream,
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as RequestInit),
    );
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe('INPUT_TOO_LARGE');
    // A smaller cap is honoured too.
    expect(
      (await app({ limits: { bodyBytes: 100 } }).request('/v1/extract', post({ text: 'x'.repeat(200) })))
        .status,
    ).toBe(413);
  });

  it('times out a request that takes too long (503 TIMEOUT)', async () => {
    const hang = createServer(() => {}); // accepts, never answers
    await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(hang.address() as AddressInfo).port}/slow`;
      const res = await app({ allowPrivate: true, limits: { timeoutMs: 200 } }).request(
        '/v1/extract',
        post({ url }),
      );
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TIMEOUT');
    } finally {
      hang.closeAllConnections();
      hang.close();
    }
  });

  it('requires the API key on POST /v1/articles only, as Bearer or x-api-key', async () => {
    const keyed = app({ apiKey: 's3cret' });
    const body = { text: seedText(), id: 'keyed' };
    expect((await keyed.request('/v1/articles', post(body))).status).toBe(401);
    expect((await keyed.request('/v1/articles', post(body, { authorization: 'Bearer nope' }))).status).toBe(
      401,
    );
    expect((await keyed.request('/v1/articles', post(body, { authorization: 'Bearer s3cret' }))).status).toBe(
      201,
    );
    expect((await keyed.request('/v1/articles', post(body, { 'x-api-key': 's3cret' }))).status).toBe(201);
    expect((await keyed.request('/v1/extract', post(body))).status).toBe(200);
    expect((await keyed.request('/v1/articles/keyed')).status).toBe(200);
  });

  it('rate-limits per client with 429 and Retry-After; healthz is exempt', async () => {
    const limited = app({ limits: { rateLimit: { perMinute: 60, burst: 3, now: () => 0 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.request('/v1/actors')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await limited.request('/v1/actors');
    expect(res.headers.get('retry-after')).toBe('1');
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /60 requests per minute/,
    );
    expect((await limited.request('/healthz')).status).toBe(200);
  });
});

describe('web UI', () => {
  it('serves files from webDir, index.html for client routes, JSON 404 for API paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>parley</title><script src="/assets/app.js"></script>',
    );
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    const web = app({ webDir: dir });
    const root = await web.request('/');
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('<title>parley</title>');
    const js = await web.request('/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const client = await web.request('/events/some-article');
    expect(await client.text()).toContain('<title>parley</title>');
    const api = await web.request('/v1/nothing-here');
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await web.request('/assets/../../etc/passwd')).headers.get('content-type')).not.toMatch(
      /javascript/,
    );
  });

  it('says how to build the UI when it is missing', async () => {
    const res = await app({ webDir: join(tmpdir(), 'no-such-parley-web') }).request('/');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/not built[\s\S]*vite build/);
  });
});
