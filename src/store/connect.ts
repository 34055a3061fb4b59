import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, PostgresIntrospector, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { migrationProvider } from './migrations/index.js';
import { registerSqlite } from './sqlite-handle.js';

/** The two supported dialects. */
export type StoreDialect = 'sqlite' | 'postgres';

/** An open store: the typed Kysely handle, its dialect, and a way to close it. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  close(): Promise<void>;
}

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /**
   * PostgreSQL only: the schema to use (created if missing, set as `search_path`). Lets several
   * parley datasets, or parallel test files, share one database. Lower-case identifier.
   */
  readonly schema?: string;
  /** Run pending migrations on open (default true). */
  readonly migrate?: boolean;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens the store at `url` and brings its schema up to date.
 *
 * `url` is `postgres://…` / `postgresql://…` (a pg Pool), or a SQLite file path, `sqlite:PATH`
 * or `:memory:` (better-sqlite3 with WAL, `synchronous = NORMAL`, foreign keys on and a busy
 * timeout for other writers on the same file).
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const store = /^postgres(ql)?:\/\//i.test(url) ? openPostgres(url, options) : openSqlite(url);
  // Several workers may open the same new database at once: "if not exists" races in
  // PostgreSQL's catalogue (unique violation, duplicate object). The loser waits and tries again.
  for (let attempt = 0; ; attempt++) {
    try {
      if (options.schema !== undefined && store.dialect === 'postgres') {
        await sql`create schema if not exists ${sql.id(options.schema)}`.execute(store.db);
      }
      if (options.migrate !== false) await migrate(store.db);
      return store;
    } catch (err) {
      const code =
        (err as { code?: string; cause?: { code?: string } }).code ??
        (err as { cause?: { code?: string } }).cause?.code;
      if (
        store.dialect === 'postgres' &&
        attempt < 5 &&
        (code === '23505' || code === '42P07' || code === '42710')
      ) {
        await new Promise((r) => setTimeout(r, 100 + 200 * attempt));
        continue;
      }
      await store.close();
      throw err;
    }
  }
}

/** Runs every pending migration; throws the first failure with the migration's name. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  // Kysely's PostgreSQL introspector sees tables of every schema: without naming ours, a
  // kysely_migration table in another schema would count as ours.
  const migrationTableSchema =
    db.introspection instanceof PostgresIntrospector
      ? ((await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]
          ?.schema ?? undefined)
      : undefined;
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store migration ${failed} failed: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
}

function openSqlite(url: string): Store {
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  if (file === '') throw new Error(`store url "${url}" names no SQLite file`);
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  registerSqlite(db, database);
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openPostgres(url: string, options: OpenStoreOptions): Store {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`store schema "${schema}" is not a lower-case SQL identifier`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client dropped by the server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
