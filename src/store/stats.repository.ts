import { type Kysely, sql } from 'kysely';
import { type Database, TABLES, type TableName } from './database.js';
import { toCount } from './sql-util.js';

/** Row count of every parley table. */
export type TableCounts = Record<TableName, number>;

/** Counts the rows of every table (for `parley status` and tests). */
export async function countRows(db: Kysely<Database>): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const table of TABLES) {
    const row = await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts[table] = toCount(row.n);
  }
  return counts;
}

/** Columns left out of snapshots: they differ between two runs that stored the same thing. */
const VOLATILE = new Set(['created_at', 'updated_at', 'at']);

/** Sort key of each table; for ingest_log the autoincrement id is volatile too. */
const ORDER: Record<TableName, readonly string[]> = {
  articles: ['id'],
  actors: ['article_id', 'actor_id'],
  mentions: ['article_id', 'owner_kind', 'owner_id', 'seq'],
  times: ['article_id', 'time_id'],
  places: ['article_id', 'place_id'],
  quotes: ['article_id', 'quote_id'],
  events: ['article_id', 'event_id'],
  event_clusters: ['cluster_id'],
  ingest_log: ['input', 'status', 'article_id', 'reason'],
};

/**
 * Every row of `table` in a deterministic order, without timestamps (and without ingest_log's
 * id), so that two databases that stored the same articles compare equal — e.g. one that crashed
 * and resumed against one that ran straight through. Values read the same in both dialects.
 */
export async function tableSnapshot(
  db: Kysely<Database>,
  table: TableName,
): Promise<Record<string, unknown>[]> {
  if (!TABLES.includes(table)) throw new Error(`unknown table "${table}"`);
  let query = db.selectFrom(table).selectAll();
  for (const column of ORDER[table]) {
    // Nulls first in both dialects (SQLite and PostgreSQL disagree by default).
    query = query.orderBy(sql`(${sql.ref(column)} is null)`, 'desc').orderBy(sql.ref(column));
  }
  const rows = (await query.execute()) as Record<string, unknown>[];
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      if (!VOLATILE.has(key) && !(table === 'ingest_log' && key === 'id')) out[key] = value;
    }
    return out;
  });
}
