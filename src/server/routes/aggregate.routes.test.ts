import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParleyRecord } from '../../model/record.js';
import { openStore, type Store, saveRecord } from '../../store/index.js';
import { moscowTalksRecord } from '../../store/test-fixtures.js';
import { errorHandler } from '../errors.js';
import { aggregateRoutes } from './aggregate.routes.js';

/** The store fixture's Moscow article, as another outlet on the same host reports it next day. */
function otherOutlet(): ParleyRecord {
  const r = moscowTalksRecord();
  return {
    ...r,
    article: {
      ...r.article,
      id: 'moscow-talks-other',
      url: 'https://example.org/world/other',
      source: 'Other Wire',
      published: '2021-03-19',
    },
  };
}

/** A later report that the US withdrawal happened on April 30. */
function withdrawalDone(): ParleyRecord {
  const r = moscowTalksRecord();
  const e3 = r.events.find((e) => e.id === 'e3')!;
  return {
    ...r,
    article: {
      ...r.article,
      id: 'withdrawal-done',
      url: 'https://example.org/world/done',
      published: '2021-04-30',
    },
    events: [{ ...e3, status: 'occurred', deadline: false, date: '2021-04-30' }],
  };
}

describe('aggregate routes', () => {
  let store: Store;
  let app: Hono;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    store = await openStore(':memory:');
    for (const [i, rec] of [moscowTalksRecord(), otherOutlet(), withdrawalDone()].entries()) {
      await saveRecord(store.db, rec, { contentHash: `h${i}`, input: rec.article.id });
    }
    app = new Hono();
    app.onError(errorHandler(() => {}));
    app.route('/', aggregateRoutes({ store }));
  });
  afterAll(() => store.close());

  it('GET /v1/clusters: two outlets on one host are two sources (outlets from the articles table)', async () => {
    const { status, body } = await get('/v1/clusters?type=consult&actor=TAL&from=2021-03&to=2021-03');
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.clusters[0]).toMatchObject({
      type: 'CONSULT',
      date: '2021-03-18',
      status: 'ongoing',
      sources: 2,
      articles: 2,
      outlets: ['example.org', 'other wire'],
      first_report: '2021-03-18',
    });
    expect((await get('/v1/clusters?limit=1')).body.clusters).toHaveLength(1);
  });

  it('GET /v1/timeline: per pair, with planned and occurred items', async () => {
    const { status, body } = await get('/v1/timeline?pair=RUS,TAL');
    expect(status).toBe(200);
    expect(body.items.map((i: any) => `${i.date} ${i.type} ${i.status} ${i.sources}`).sort()).toEqual([
      '2021-03-18 CONSULT ongoing 2',
      '2021-03-18 REQUEST occurred 2',
    ]);
    const planned = await get('/v1/timeline?type=CONSULT');
    // the planned April gathering names no actor: each report of it stays an item of its own
    expect(planned.body.items.map((i: any) => `${i.date} ${i.status}`)).toEqual([
      '2021-03-18 ongoing',
      '2021-04 planned',
      '2021-04 planned',
    ]);
  });

  it('GET /v1/network: country level by default, PLOVER intensities from the knowledge', async () => {
    const { status, body } = await get('/v1/network?from=2021-03&to=2021-03');
    expect(status).toBe(200);
    const edges = Object.fromEntries(
      body.edges.map((e: any) => [`${e.source}>${e.target}`, [e.count, e.weight]]),
    );
    expect(edges).toEqual({ 'RUS>AFG': [4, 2.8], 'RUS>TAL': [4, 2.8] });
    expect(body.nodes.find((n: any) => n.code === 'TAL')).toMatchObject({ name: 'Taliban', events: 6 });
    const actors = await get('/v1/network?level=actor&from=2021-03-18&to=2021-03-18');
    expect(actors.body.edges.map((e: any) => `${e.source}>${e.target}`).sort()).toEqual([
      'RUS>AFGGOV',
      'RUS>TAL',
      'RUSGOV>AFGGOV',
      'RUSGOV>TAL',
    ]);
  });

  it('GET /v1/deadlines: the May 1 deadline, met by the withdrawal of April 30', async () => {
    const { status, body } = await get('/v1/deadlines');
    expect(status).toBe(200);
    expect(body.deadlines).toHaveLength(1);
    expect(body.deadlines[0]).toMatchObject({
      name: 'USA RETREAT',
      current: '2021-05-01',
      history: [{ date: '2021-05-01', kind: 'set', previous: null, reports: 2 }],
      outcome: 'met',
      occurred: { article_id: 'withdrawal-done', date: '2021-04-30' },
    });
  });

  it('GET /v1/processes: the meeting and the demand share RUS, AFG and TAL', async () => {
    const { status, body } = await get('/v1/processes');
    expect(status).toBe(200);
    expect(body.processes.map((p: any) => [p.name, p.clusters])).toEqual([['AFG–RUS', 2]]);
  });

  const bad: [string, string][] = [
    ['/v1/timeline?type=FOO', 'PLOVER type'],
    ['/v1/timeline?pair=RUS', 'two actor codes'],
    ['/v1/timeline?actor=R%25', 'actor code'],
    ['/v1/network?level=city', 'level'],
    ['/v1/network?from=2021-13', 'not a date'],
    ['/v1/clusters?limit=0', 'at least 1'],
    ['/v1/deadlines?actor=USA', 'unknown'],
    ['/v1/processes?to=May', 'not a date'],
  ];
  for (const [path, message] of bad) {
    it(`400 BAD_REQUEST: ${path}`, async () => {
      const { status, body } = await get(path);
      expect(status).toBe(400);
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toContain(message);
    });
  }
});
