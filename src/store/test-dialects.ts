import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe } from 'vitest';
import { openStore, type Store, type StoreDialect } from './connect.js';
import { type Database, TABLES } from './database.js';

/**
 * The dialect loop of the store tests: every suite runs on SQLite (a temp file) and, when
 * PARLEY_TEST_PG holds a postgres:// URL, on PostgreSQL in a fresh schema of its own (so test
 * files can run in parallel against one database). A skipped leg says so in its name.
 */

/** One dialect the suites run on, or why not. */
export interface TestLeg {
  readonly dialect: StoreDialect;
  readonly url: string | null;
  readonly skip: string | null;
}

/** The legs for this run. */
export function testLegs(): TestLeg[] {
  const pg = process.env.PARLEY_TEST_PG?.trim() || null;
  return [
    { dialect: 'sqlite', url: null, skip: null },
    {
      dialect: 'postgres',
      url: pg,
      skip: pg
        ? null
        : 'PARLEY_TEST_PG is not set (e.g. postgres://parley:parley@127.0.0.1:5432/parley_test)',
    },
  ];
}

/** A store in a fresh, empty state and the way to remove it. */
export interface FreshStore {
  readonly store: Store;
  readonly where: string;
  dispose(): Promise<void>;
}

/** Opens a fresh store for `leg`: a new temp SQLite file, or a new PostgreSQL schema. */
export async function freshStore(leg: TestLeg, label: string): Promise<FreshStore> {
  if (leg.dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'parley-store-'));
    const file = join(dir, 'store.db');
    const store = await openStore(file);
    return {
      store,
      where: file,
      dispose: async () => {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 24);
  const schema = `t_${slug}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openStore(leg.url!, { migrate: false });
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
  await admin.close();
  const store = await openStore(leg.url!, { schema });
  return {
    store,
    where: `schema ${schema}`,
    dispose: async () => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      await store.close();
    },
  };
}

/** Deletes every row of every parley table (children first). */
export async function clearStore(db: Kysely<Database>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.deleteFrom(table).execute();
}

/**
 * `describe`s `body` once per dialect with a fresh store; `current()` returns it inside tests.
 * Prints which legs ran and why one was skipped.
 */
export function describeEachDialect(
  title: string,
  body: (current: () => Store, dialect: StoreDialect) => void,
): void {
  for (const leg of testLegs()) {
    const name = leg.skip ? `${title} [${leg.dialect}] SKIPPED: ${leg.skip}` : `${title} [${leg.dialect}]`;
    if (leg.skip) console.warn(`[store tests] ${title}: ${leg.dialect} leg skipped: ${leg.skip}`);
    describe.skipIf(leg.skip !== null)(name, () => {
      let fresh: FreshStore | undefined;
      beforeAll(async () => {
        fresh = await freshStore(leg, title);
        console.info(`[store tests] ${title}: running on ${leg.dialect} (${fresh.where})`);
      });
      afterAll(async () => fresh?.dispose());
      body(() => {
        if (!fresh) throw new Error('store not open');
        return fresh.store;
      }, leg.dialect);
    });
  }
}
