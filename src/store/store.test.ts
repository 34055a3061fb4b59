import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { RecordSchema } from '../model/record.js';
import { getRecord, saveRecord } from './article.repository.js';
import { migrate, openStore } from './connect.js';
import { TABLES } from './database.js';
import { queryEvents, streamEvents } from './event.repository.js';
import { migrations } from './migrations/index.js';
import { countRows } from './stats.repository.js';
import { clearStore, describeEachDialect, freshStore, testLegs } from './test-dialects.js';
import { moscowTalksRecord } from './test-fixtures.js';
import { kabulTalksRecord } from './test-fixtures-extra.js';

const legs = testLegs();
console.info(
  `[store tests] dialect legs: ${legs.map((l) => `${l.dialect}=${l.skip ? `SKIPPED (${l.skip})` : 'RUN'}`).join(', ')}`,
);

describe('store fixtures', () => {
  it('are valid parley.record/1 records whose spans point at their text', () => {
    for (const record of [moscowTalksRecord(), kabulTalksRecord()]) {
      expect(RecordSchema.parse(record)).toStrictEqual(record);
      const { text } = record.article;
      const mentions = [...record.actors, ...record.places].flatMap((o) => o.mentions);
      for (const m of [...mentions, ...record.times, ...record.events.map((e) => e.evidence.trigger)]) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });
});

describeEachDialect('store', (current, dialect) => {
  beforeEach(() => clearStore(current().db));

  it('creates every table, runs the initial migration once and reports its dialect', async () => {
    const { db } = current();
    expect(current().dialect).toBe(dialect);
    expect(Object.keys(await countRows(db)).sort()).toEqual([...TABLES].sort());
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations));
  });

  it('stores an article, finds its events and streams them', async () => {
    const { db } = current();
    const record = moscowTalksRecord();
    expect(await saveRecord(db, record, { contentHash: 'h-moscow', input: 'moscow.html' })).toBe('inserted');
    expect(await getRecord(db, record.article.id)).toStrictEqual(record);
    const { events, next } = await queryEvents(db, { actor: 'TAL' });
    expect(events.map((e) => e.event_id)).toEqual(['e1', 'e2', 'e4']);
    expect(next).toBeNull();
    const all = [];
    for await (const e of streamEvents(db)) all.push(e.event_id);
    expect(all.sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('runs no migration twice: migrating an up-to-date store changes nothing', async () => {
    const { db } = current();
    await saveRecord(db, kabulTalksRecord(), { contentHash: 'h-kabul', input: 'kabul.html' });
    const counts = await countRows(db);
    await migrate(db);
    expect(await countRows(db)).toEqual(counts);
    expect(await getRecord(db, 'kabul-talks-2022-05-16')).toStrictEqual(kabulTalksRecord());
  });
});

describe.skipIf(!process.env.PARLEY_TEST_PG)('openStore on PostgreSQL without a schema option', () => {
  const url = process.env.PARLEY_TEST_PG ?? '';
  const dropAll = async (db: Kysely<any>) => {
    for (const table of [...TABLES.slice().reverse(), 'kysely_migration', 'kysely_migration_lock']) {
      await sql`drop table if exists public.${sql.id(table)} cascade`.execute(db);
    }
  };

  it('migrates the current schema (public) even when other schemas hold parley tables', async () => {
    const other = await freshStore(legs.find((l) => l.dialect === 'postgres')!, 'other');
    const store = await openStore(url, { migrate: false });
    try {
      await dropAll(store.db);
      await migrate(store.db);
      const tables = await sql<{ n: string }>`select count(*) as n from information_schema.tables
        where table_schema = 'public' and table_name in (${sql.join([...TABLES, 'kysely_migration'])})`.execute(
        store.db,
      );
      expect(Number(tables.rows[0].n)).toBe(TABLES.length + 1);
      expect(await saveRecord(store.db, moscowTalksRecord(), { contentHash: 'h', input: 'x' })).toBe(
        'inserted',
      );
      const collation = await sql<{ c: string }>`select collation_name as c from information_schema.columns
        where table_schema = 'public' and table_name = 'events' and column_name = 'date'`.execute(store.db);
      expect(collation.rows[0].c).toBe('C');
    } finally {
      await dropAll(store.db);
      await store.close();
      await other.dispose();
    }
  });
});

describe('openStore on SQLite', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('sets WAL, synchronous NORMAL and foreign keys on a file (path or sqlite: URL)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-open-'));
    dirs.push(dir);
    for (const url of [join(dir, 'a.db'), `sqlite:${join(dir, 'b.db')}`]) {
      const store = await openStore(url);
      const pragma = async (name: string) => (await sql.raw(`pragma ${name}`).execute(store.db)).rows[0];
      expect(store.dialect).toBe('sqlite');
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('synchronous')).toEqual({ synchronous: 1 });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      await store.close();
    }
  });

  it('keeps the data of a file across close and reopen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-open-'));
    dirs.push(dir);
    const file = join(dir, 'reopen.db');
    const first = await openStore(file);
    await saveRecord(first.db, moscowTalksRecord(), { contentHash: 'h', input: 'x' });
    const counts = await countRows(first.db);
    await first.close();
    const second = await openStore(`sqlite:${file}`);
    expect(await countRows(second.db)).toEqual(counts);
    expect(await getRecord(second.db, moscowTalksRecord().article.id)).toStrictEqual(moscowTalksRecord());
    await second.close();
  });

  it('opens :memory: with the full schema', async () => {
    const store = await openStore(':memory:');
    expect(await saveRecord(store.db, moscowTalksRecord(), { contentHash: 'h', input: 'x' })).toBe(
      'inserted',
    );
    expect((await countRows(store.db)).events).toBe(5);
    await store.close();
  });

  it('rejects an empty sqlite: URL and a bad schema name', async () => {
    await expect(openStore('sqlite:')).rejects.toThrow(/names no SQLite file/);
    await expect(openStore('postgres://u:p@127.0.0.1:1/db', { schema: 'Bad-Name' })).rejects.toThrow(
      /not a lower-case/,
    );
  });
});
