import { type Kysely, SqliteIntrospector, sql } from 'kysely';
import type { Database, TableName } from './database.js';

/** Bound parameters per multi-row insert; well under SQLite's and PostgreSQL's limits. */
const MAX_PARAMS = 10_000;

/**
 * Runs `fn` in one write transaction. On SQLite it is `BEGIN IMMEDIATE`, so that a transaction
 * that reads before it writes cannot fail half-way with SQLITE_BUSY when another connection
 * writes the same file; on PostgreSQL it is an ordinary transaction. Inside an open transaction
 * `fn` simply runs in it.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return fn(db);
  if (!(db.introspection instanceof SqliteIntrospector)) return db.transaction().execute(fn);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => {});
      throw err;
    }
  });
}

/** Inserts `rows` into `table` in multi-row statements sized to stay under parameter limits. */
export async function insertRows<T extends TableName>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size).map(dbSafeRow);
    await db
      .insertInto(table)
      .values(batch as any)
      .execute();
  }
}

/**
 * A string both dialects accept: PostgreSQL text cannot hold U+0000, so it becomes U+FFFD
 * (same length, so offsets stay right). `record_json` needs no care: JSON escapes it.
 */
export function dbSafe(value: string): string {
  return value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
}

/** A row with every string made storable by {@link dbSafe}. */
export function dbSafeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] = typeof value === 'string' ? dbSafe(value) : value;
  return out;
}

/** A LIKE pattern matching `text` literally; use with `ESCAPE '\'`. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** True for a primary-key or unique violation, in either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A count from either driver (PostgreSQL returns bigint counts as strings). */
export function toCount(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}
