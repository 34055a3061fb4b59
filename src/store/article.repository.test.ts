import { beforeEach, expect, it } from 'vitest';
import type { ParleyRecord } from '../model/record.js';
import { getRecord, listArticles, logFailure, saveRecord } from './article.repository.js';
import { InvalidCursorError } from './cursor.js';
import { articleRow } from './record-rows.js';
import { insertRows } from './sql-util.js';
import { countRows, tableSnapshot } from './stats.repository.js';
import { clearStore, describeEachDialect } from './test-dialects.js';
import { moscowTalksRecord } from './test-fixtures.js';
import { kabulTalksRecord } from './test-fixtures-extra.js';

const MOSCOW = { contentHash: 'sha256:moscow', input: 'corpus/moscow.html' };

describeEachDialect('article.repository', (current, dialect) => {
  beforeEach(() => clearStore(current().db));

  it('round-trips a record exactly and writes every child row', async () => {
    const { db } = current();
    const record = moscowTalksRecord();
    expect(await saveRecord(db, record, MOSCOW)).toBe('inserted');
    expect(await getRecord(db, record.article.id)).toStrictEqual(record);
    expect(await getRecord(db, 'no-such-article')).toBeUndefined();
    expect(await countRows(db)).toEqual({
      articles: 1,
      actors: 6,
      mentions: 13 + 6,
      times: 3,
      places: 3,
      quotes: 1,
      events: 5,
      event_clusters: 0,
      ingest_log: 1,
    });
    const [event] = (await tableSnapshot(db, 'events')).filter((e) => e.event_id === 'e1');
    expect(event).toMatchObject({
      source_codes: 'RUS',
      source_ids: '["a1"]',
      target_codes: 'AFGGOV TAL',
      target_ids: '["a3","a4"]',
      place_name: 'Moscow',
      country: 'RUS',
      lat: 55.75222,
      lon: 37.61556,
      deadline: 0,
      trigger_text: 'hosting',
    });
    const [log] = await tableSnapshot(db, 'ingest_log');
    expect(log).toEqual({
      input: 'corpus/moscow.html',
      article_id: record.article.id,
      status: 'ok',
      reason: null,
    });
  });

  it('is idempotent: the same id, url or content hash is a duplicate and changes no row', async () => {
    const { db } = current();
    const record = moscowTalksRecord();
    await saveRecord(db, record, MOSCOW);
    const before = await countRows(db);
    const sameUrl: ParleyRecord = { ...record, article: { ...record.article, id: 'other-id' } };
    const sameHash: ParleyRecord = { ...record, article: { ...record.article, id: 'third-id', url: null } };
    expect(await saveRecord(db, record, { ...MOSCOW, contentHash: 'sha256:changed' })).toBe('duplicate');
    expect(await saveRecord(db, sameUrl, { ...MOSCOW, contentHash: 'sha256:other' })).toBe('duplicate');
    expect(await saveRecord(db, sameHash, MOSCOW)).toBe('duplicate');
    expect(await countRows(db)).toEqual({ ...before, ingest_log: before.ingest_log + 3 });
    const reasons = (await tableSnapshot(db, 'ingest_log'))
      .filter((r) => r.status === 'duplicate')
      .map((r) => r.reason);
    expect(reasons.sort()).toEqual(
      ['content hash', 'id', 'url'].map((why) => `same ${why} as stored article ${record.article.id}`),
    );
  });

  it('recode replaces the article and its child rows instead of doubling them', async () => {
    const { db } = current();
    const record = moscowTalksRecord();
    await saveRecord(db, record, { ...MOSCOW, now: '2026-01-01T00:00:00.000Z' });
    const recoded: ParleyRecord = {
      ...record,
      actors: record.actors.map((a) => (a.code === 'TAL' ? { ...a, name: 'The Taliban' } : a)),
      events: record.events.filter((e) => e.id !== 'e5'),
      meta: { ...record.meta, knowledge: 'kb-2026.12' },
    };
    const options = { ...MOSCOW, recode: true, now: '2026-02-01T00:00:00.000Z' };
    expect(await saveRecord(db, recoded, options)).toBe('updated');
    expect(await getRecord(db, record.article.id)).toStrictEqual(recoded);
    const counts = await countRows(db);
    expect(counts).toMatchObject({ articles: 1, actors: 6, mentions: 19, events: 4, ingest_log: 2 });
    const actors = await tableSnapshot(db, 'actors');
    expect(actors.filter((a) => a.code === 'TAL').map((a) => a.name)).toEqual(['The Taliban']);
    const [article] = await db.selectFrom('articles').selectAll().execute();
    expect(article).toMatchObject({
      knowledge_version: 'kb-2026.12',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-02-01T00:00:00.000Z',
    });
  });

  it('writes nothing of an article whose rows fail half-way (one transaction)', async () => {
    const { db } = current();
    const record = moscowTalksRecord();
    const broken: ParleyRecord = { ...record, events: [...record.events, record.events[0]] };
    await expect(saveRecord(db, broken, MOSCOW)).rejects.toThrow();
    expect(await countRows(db)).toMatchObject({
      articles: 0,
      actors: 0,
      mentions: 0,
      events: 0,
      ingest_log: 0,
    });
    expect(await saveRecord(db, record, MOSCOW)).toBe('inserted');
  });

  it('stores one article when the same one is saved concurrently', async () => {
    const { db } = current();
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        saveRecord(db, kabulTalksRecord(), { contentHash: 'h', input: `worker-${i}` }),
      ),
    );
    expect(outcomes.filter((o) => o === 'inserted')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(5);
    expect(await countRows(db)).toMatchObject({ articles: 1, events: 1, ingest_log: 6 });
  });

  it.skipIf(dialect !== 'postgres')('retries once after losing a race on the unique index', async () => {
    const { db } = current();
    const record = kabulTalksRecord();
    const rival = await db.startTransaction().execute();
    await insertRows(rival, 'articles', [
      articleRow(record, 'h', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ]);
    const pending = saveRecord(db, record, { contentHash: 'h', input: 'loser' });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the loser now waits on the unique index
    await rival.commit().execute();
    expect(await pending).toBe('duplicate');
    expect(await countRows(db)).toMatchObject({ articles: 1, events: 0, ingest_log: 1 });
  });

  it('lists articles newest first with a cursor', async () => {
    const { db } = current();
    await saveRecord(db, moscowTalksRecord(), { ...MOSCOW, now: '2026-01-01T00:00:00.000Z' });
    await saveRecord(db, kabulTalksRecord(), {
      contentHash: 'h2',
      input: 'k',
      now: '2026-01-02T00:00:00.000Z',
    });
    const first = await listArticles(db, { limit: 1 });
    expect(first.articles.map((a) => [a.id, a.events])).toEqual([['kabul-talks-2022-05-16', 1]]);
    const second = await listArticles(db, { limit: 1, cursor: first.next });
    expect(second.articles.map((a) => [a.id, a.events, a.title])).toEqual([
      ['moscow-talks-2021-03-18', 5, moscowTalksRecord().article.title],
    ]);
    expect(second.next).toBeNull();
    await expect(listArticles(db, { cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('logs a failed input, whatever the input string and reason', async () => {
    const { db } = current();
    await logFailure(db, 'feeds/bad.xml', new SyntaxError('Unexpected token < at 1:1'));
    await logFailure(db, `nul\u0000byte \ud800 lone surrogate ${'x'.repeat(10_000)}`, 'unreadable');
    await logFailure(db, "'; drop table articles; --", { code: 'E_FETCH', status: 404 });
    const rows = await tableSnapshot(db, 'ingest_log');
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === 'failed' && r.article_id === null)).toBe(true);
    expect(rows.map((r) => r.reason)).toEqual([
      '{"code":"E_FETCH","status":404}',
      'SyntaxError: Unexpected token < at 1:1',
      'unreadable',
    ]);
    expect(String(rows[2].input)).toMatch(/^nul\uFFFDbyte /);
    expect((await countRows(db)).articles).toBe(0);
  });
});
