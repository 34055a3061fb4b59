import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * The better-sqlite3 connection behind a Kysely handle opened by `openStore`, for the few hot
 * paths (ingest writes) that run prepared statements directly: Kysely compiles and prepares
 * every query anew, which costs more than SQLite's own work for small inserts.
 */
const handles = new WeakMap<Kysely<Database>, SqliteDatabase.Database>();

export function registerSqlite(db: Kysely<Database>, database: SqliteDatabase.Database): void {
  handles.set(db, database);
}

/**
 * The connection of `db` when it is an SQLite store with no transaction open on it, else
 * undefined (a transaction handle, PostgreSQL, or another user mid-transaction: use Kysely).
 */
export function idleSqlite(db: Kysely<Database>): SqliteDatabase.Database | undefined {
  const database = handles.get(db);
  return database?.open && !database.inTransaction ? database : undefined;
}
