import { beforeEach, expect, it } from 'vitest';
import type { ParleyRecord } from '../model/record.js';
import { type SaveItem, type SaveResult, saveRecord, saveRecords } from './article.repository.js';
import { TABLES } from './database.js';
import { idleSqlite } from './sqlite-handle.js';
import { saveBatchSqlite } from './sqlite-save.js';
import { tableSnapshot } from './stats.repository.js';
import { clearStore, describeEachDialect } from './test-dialects.js';
import { moscowTalksRecord } from './test-fixtures.js';
import { kabulTalksRecord } from './test-fixtures-extra.js';

/** Inserts, duplicates by id, url and hash, a recode, a broken record and a U+0000 title. */
function scenario(): SaveItem[] {
  const moscow = moscowTalksRecord();
  const now = '2026-01-01T00:00:00.000Z';
  const item = (record: ParleyRecord, contentHash: string, input: string, recode = false): SaveItem => ({
    record,
    options: { contentHash, input, recode, now },
  });
  return [
    item(moscow, 'h-moscow', 'moscow.html'),
    item(kabulTalksRecord(), 'h-kabul', 'kabul.html'),
    item(moscow, 'h-other', 'moscow-again.html'),
    item({ ...moscow, article: { ...moscow.article, id: 'other-id' } }, 'h-url', 'same-url.html'),
    item({ ...moscow, article: { ...moscow.article, id: 'third', url: null } }, 'h-moscow', 'same-hash'),
    item({ ...moscow, events: [...moscow.events, moscow.events[0]] }, 'h-broken', 'broken', true),
    item({ ...moscow, meta: { ...moscow.meta, knowledge: 'kb-2' } }, 'h-moscow', 'recode.html', true),
    item(
      {
        ...moscow,
        article: { ...moscow.article, id: 'nul', url: 'https://x/nul', title: 'a\u0000b' },
      },
      'h-nul',
      'nul\u0000.html',
    ),
  ];
}

async function snapshot(db: Parameters<typeof tableSnapshot>[0]) {
  const out: Record<string, unknown> = {};
  for (const t of TABLES) out[t] = await tableSnapshot(db, t);
  return out;
}

const kinds = (results: SaveResult[]) => results.map((r) => (typeof r === 'object' ? 'error' : r));

describeEachDialect('saveRecords', (current, dialect) => {
  beforeEach(() => clearStore(current().db));

  it('stores exactly what saveRecord one by one stores, and a bad record fails alone', async () => {
    const { db } = current();
    const one: SaveResult[] = [];
    for (const i of scenario())
      one.push(await saveRecord(db, i.record, i.options).catch((error) => ({ error })));
    const expected = await snapshot(db);
    await clearStore(db);
    const batch = await saveRecords(db, scenario());
    expect(kinds(batch)).toEqual(kinds(one));
    expect(kinds(batch)).toEqual([
      'inserted',
      'inserted',
      'duplicate',
      'duplicate',
      'duplicate',
      'error',
      'updated',
      'inserted',
    ]);
    expect(await snapshot(db)).toStrictEqual(expected);
  });

  it.skipIf(dialect !== 'sqlite')('on SQLite, its prepared statements write what Kysely writes', async () => {
    const { db } = current();
    const items = scenario().filter((i) => i.options.input !== 'broken');
    for (const i of items) await saveRecord(db, i.record, i.options);
    const expected = await snapshot(db);
    await clearStore(db);
    const sqlite = idleSqlite(db);
    expect(sqlite).toBeDefined();
    const outcomes = saveBatchSqlite(
      sqlite!,
      items.map((i) => ({ record: i.record, ...i.options })),
    );
    expect(outcomes).toEqual([
      'inserted',
      'inserted',
      'duplicate',
      'duplicate',
      'duplicate',
      'updated',
      'inserted',
    ]);
    expect(await snapshot(db)).toStrictEqual(expected);
    // Inside a Kysely transaction the connection is not idle: saveRecords then uses Kysely.
    await db.transaction().execute(async () => expect(idleSqlite(db)).toBeUndefined());
  });

  it('saves batches one after the other, and nothing for an empty one', async () => {
    const { db } = current();
    const items = scenario();
    expect(await saveRecords(db, [])).toEqual([]);
    expect(kinds(await saveRecords(db, items.slice(0, 2)))).toEqual(['inserted', 'inserted']);
    expect(kinds(await saveRecords(db, items.slice(2, 3)))).toEqual(['duplicate']);
  });
});
