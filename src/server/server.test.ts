import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { RecordSchema } from '../model/record.js';
import { saveRecord } from '../store/index.js';
import { describeEachDialect } from '../store/test-dialects.js';
import { kabulTalksRecord } from '../store/test-fixtures-extra.js';
import { type RunningServer, startServer } from './start.js';
import { call, seedText } from './test-api.js';

const knowledge = loadKnowledge();

describeEachDialect('HTTP API on a listening server', (store) => {
  let server: RunningServer;
  let base = '';
  beforeAll(async () => {
    server = await startServer({
      store: store(),
      knowledge,
      port: 0,
      host: '127.0.0.1',
      webDir: '/nonexistent',
    });
    base = server.url;
  });
  afterAll(async () => server?.close());

  it('POST /v1/extract codes the seed article into a valid record and stores nothing', async () => {
    const res = await call(base, '/v1/extract', {
      body: { text: seedText(), published: '2021-03-18', id: 'seed' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(RecordSchema.safeParse(res.body).success).toBe(true);
    expect(res.body.article).toMatchObject({ id: 'seed', published: '2021-03-18' });
    expect(res.body.events.length).toBeGreaterThan(0);
    expect((await call(base, '/v1/articles/seed')).status).toBe(404);
  });

  it('POST /v1/articles stores (201), GET returns the record, a repeat is a duplicate of the same id', async () => {
    const body = {
      text: seedText(),
      published: '2021-03-18',
      id: 'seed-stored',
      title: 'Russia hosts Afghan talks',
    };
    const first = await call(base, '/v1/articles', { body });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: 'seed-stored', outcome: 'inserted' });
    expect(first.headers.get('location')).toBe('/v1/articles/seed-stored');
    const got = await call(base, '/v1/articles/seed-stored');
    expect(got.status).toBe(200);
    expect(RecordSchema.parse(got.body).article.id).toBe('seed-stored');
    // Same text under another id: the stored article is named.
    const again = await call(base, '/v1/articles', { body: { ...body, id: 'seed-copy' } });
    expect(again.body).toEqual({ id: 'seed-stored', outcome: 'duplicate' });
    const recoded = await call(base, '/v1/articles', { body: { ...body, recode: true } });
    expect(recoded.body).toEqual({ id: 'seed-stored', outcome: 'updated' });
    const list = await call(base, '/v1/articles?limit=10');
    expect(list.body.articles.map((a: { id: string }) => a.id)).toContain('seed-stored');
    expect(list.body.articles.find((a: { id: string }) => a.id === 'seed-stored').events).toBe(
      got.body.events.length,
    );
  });

  it('GET /v1/events filters and pages with a cursor; actors and places aggregate the store', async () => {
    await saveRecord(store().db, kabulTalksRecord(), { contentHash: 'h-kabul', input: 'fixture' });
    const all = await call(base, '/v1/events?limit=1000');
    expect(all.status).toBe(200);
    const total = all.body.events.length;
    expect(total).toBeGreaterThan(2);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { events: { article_id: string; event_id: string }[]; next: string | null } } =
        await call(base, `/v1/events?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.body.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.events.map((e) => `${e.article_id}/${e.event_id}`));
      cursor = page.body.next;
    } while (cursor);
    expect(seen).toEqual(
      all.body.events.map((e: { article_id: string; event_id: string }) => `${e.article_id}/${e.event_id}`),
    );

    const kabul = await call(
      base,
      '/v1/events?article=kabul-talks-2022-05-16&type=consult,AGREE&from=2022&to=2022-05',
    );
    expect(kabul.body.events.length).toBeGreaterThan(0);
    for (const e of kabul.body.events) expect(['CONSULT', 'AGREE']).toContain(e.type);
    const pak = await call(base, '/v1/events?actor=pak');
    expect(
      pak.body.events.every((e: { source_codes: string[]; target_codes: string[] }) =>
        [...e.source_codes, ...e.target_codes].some((c) => c.startsWith('PAK')),
      ),
    ).toBe(true);
    expect((await call(base, '/v1/events?status=negated,hypothetical&from=1900')).status).toBe(200);
    expect((await call(base, '/v1/events?q=Kabul&country=afg')).status).toBe(200);

    const actors = await call(base, '/v1/actors?code=PAK');
    expect(actors.body.actors.map((a: { code: string }) => a.code)).toContain('PAKTAL');
    const places = await call(base, '/v1/places');
    expect(places.status).toBe(200);
    const kabulPlace = places.body.places.find((p: { name: string }) => p.name === 'Kabul');
    expect(kabulPlace).toMatchObject({ country: 'AFG', kind: 'city', articles: 1 });
    expect(kabulPlace.events).toBeGreaterThan(0);
    expect(
      (await call(base, '/v1/places?country=AFG&kind=city&q=kab')).body.places.map(
        (p: { name: string }) => p.name,
      ),
    ).toEqual(['Kabul']);
  });

  it('answers bad input with 4xx and a clear JSON message', async () => {
    const cases: [string, Parameters<typeof call>[2], number, RegExp][] = [
      ['/v1/extract', { raw: '{"text": ' }, 400, /not valid JSON/],
      ['/v1/extract', { body: { title: 'no text' } }, 400, /give one of "text", "html" or "url"/],
      [
        '/v1/extract',
        { body: { text: 'x', published: '18/03/2021' } },
        400,
        /"published": "18\/03\/2021" is not/,
      ],
      ['/v1/events?from=2021-02-31x', {}, 400, /"from": "2021-02-31x" is not a date/],
      ['/v1/events?cursor=bm90LWEtY3Vyc29y', {}, 400, /invalid cursor/],
      ['/v1/events?limit=many', {}, 400, /"limit": "many" is not a whole number/],
      ['/v1/events?colour=red', {}, 400, /unknown query parameter "colour"/],
      ['/v1/no-such-route', {}, 404, /no route GET \/v1\/no-such-route/],
      ['/v1/articles/missing', {}, 404, /no stored article "missing"/],
    ];
    for (const [path, init, status, message] of cases) {
      const res = await call(base, path, init);
      expect(res.status, path).toBe(status);
      expect(res.body.error.message, path).toMatch(message);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('refuses a 10 MB body with 413 and a URL on a private address (SSRF) with 400', async () => {
    const big = await call(base, '/v1/extract', { body: { text: 'a'.repeat(10 * 1024 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('INPUT_TOO_LARGE');
    for (const url of [
      'http://127.0.0.1:1/page',
      'http://[::1]/x',
      'http://10.0.0.1/',
      'file:///etc/passwd',
    ]) {
      const res = await call(base, '/v1/extract', { body: { url } });
      expect(res.status, url).toBe(400);
      expect(res.body.error.code, url).toBe('URL_REFUSED');
    }
  });

  it('GET /healthz and /openapi.json answer; aggregate routes are mounted', async () => {
    expect((await call(base, '/healthz')).body).toMatchObject({ ok: true, dialect: store().dialect });
    expect((await call(base, '/openapi.json')).body.openapi).toBe('3.1.0');
    for (const path of ['/v1/timeline', '/v1/network', '/v1/deadlines', '/v1/clusters', '/v1/processes']) {
      expect((await call(base, path)).status, path).not.toBe(404);
    }
  });
});

describeEachDialect('HTTP API limits on a listening server', (store) => {
  let page: Server;
  let pageUrl = '';
  let server: RunningServer;
  beforeAll(async () => {
    page = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(seedText()));
    await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/news/seed`;
    server = await startServer({
      store: store(),
      knowledge,
      port: 0,
      allowPrivate: true,
      apiKey: 'k3y',
      limits: { rateLimit: { perMinute: 60, burst: 5 } },
    });
  });
  afterAll(async () => {
    await server?.close();
    await new Promise((r) => page?.close(r));
  });

  it('needs the API key for POST /v1/articles; with --allow-private a local URL is fetched and stored', async () => {
    const body = { url: pageUrl, published: '2021-03-18' };
    const none = await call(server.url, '/v1/articles', { body });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await call(server.url, '/v1/articles', { body, headers: { 'x-api-key': 'wrong' } })).status).toBe(
      401,
    );
    const ok = await call(server.url, '/v1/articles', { body, headers: { authorization: 'Bearer k3y' } });
    expect(ok.status).toBe(201);
    const stored = await call(server.url, `/v1/articles/${ok.body.id}`);
    expect(stored.body.article.url).toBe(pageUrl);
  });

  it('rate-limits a client with 429 and Retry-After once its bucket is empty', async () => {
    let limited: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const res = await call(server.url, '/v1/actors');
      if (res.status === 429) limited = res;
    }
    expect(limited?.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await call(server.url, '/healthz')).status).toBe(200);
  });
});
