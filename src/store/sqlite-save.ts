import type SqliteDatabase from 'better-sqlite3';
import type { ParleyRecord } from '../model/record.js';
import type { TableName } from './database.js';
import { ingestLogRow } from './ingest-log.repository.js';
import { articleRow, recordRows } from './record-rows.js';
import { dbSafeRow } from './sql-util.js';

/** What saving one record needs; see `SaveOptions` in article.repository.ts. */
export interface SqliteSaveItem {
  readonly record: ParleyRecord;
  readonly contentHash: string;
  readonly input: string;
  readonly recode?: boolean;
  readonly now?: string;
}

export const CHILD_TABLES = ['actors', 'mentions', 'times', 'places', 'quotes', 'events'] as const;

/** The ingest_log reason of a duplicate: which key it shares with the stored article. */
export function duplicateReason(
  first: { id: string; url: string | null },
  article: { id: string; url: string | null },
): string {
  const why =
    first.id === article.id ? 'id' : first.url !== null && first.url === article.url ? 'url' : 'content hash';
  return `same ${why} as stored article ${first.id}`;
}

type Statement = SqliteDatabase.Statement<unknown[]>;
const cache = new WeakMap<SqliteDatabase.Database, Map<string, Statement>>();

/** A prepared statement, prepared once per connection and SQL text. */
function prepared(database: SqliteDatabase.Database, text: string): Statement {
  let byText = cache.get(database);
  if (!byText) {
    byText = new Map();
    cache.set(database, byText);
  }
  let stmt = byText.get(text);
  if (!stmt) {
    stmt = database.prepare(text);
    byText.set(text, stmt);
  }
  return stmt;
}

function insert(database: SqliteDatabase.Database, table: TableName, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  const text = `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map(() => '?').join(', ')})`;
  prepared(database, text).run(cols.map((c) => row[c] ?? null));
}

/**
 * Saves records in order in one `BEGIN IMMEDIATE` transaction through prepared statements, with
 * exactly the rules and rows of `saveRecord` (same lookups, same dbSafe strings, same log rows).
 * Synchronous: nothing else can use the connection half-way. Throws (and rolls back) on the
 * first error.
 */
export function saveBatchSqlite(
  database: SqliteDatabase.Database,
  items: readonly SqliteSaveItem[],
): ('inserted' | 'duplicate' | 'updated')[] {
  const run = database.transaction(() => items.map((item) => saveOne(database, item)));
  return run.immediate();
}

function saveOne(
  database: SqliteDatabase.Database,
  { record, contentHash, input, recode = false, now = new Date().toISOString() }: SqliteSaveItem,
): 'inserted' | 'duplicate' | 'updated' {
  const { article } = record;
  const matches = (
    article.url === null
      ? prepared(
          database,
          'select "id", "url", "created_at" from "articles" where ("id" = ? or "content_hash" = ?) order by "id"',
        ).all(article.id, contentHash)
      : prepared(
          database,
          'select "id", "url", "created_at" from "articles" where ("id" = ? or "content_hash" = ? or "url" = ?) order by "id"',
        ).all(article.id, contentHash, article.url)
  ) as { id: string; url: string | null; created_at: string }[];
  if (matches.length > 0 && !recode) {
    const first = matches[0];
    insert(
      database,
      'ingest_log',
      ingestLogRow(input, first.id, 'duplicate', duplicateReason(first, article), now),
    );
    return 'duplicate';
  }
  for (const m of matches) {
    for (const table of CHILD_TABLES)
      prepared(database, `delete from "${table}" where "article_id" = ?`).run(m.id);
    prepared(database, 'delete from "articles" where "id" = ?').run(m.id);
  }
  const createdAt = matches.map((m) => m.created_at).sort()[0] ?? now;
  insert(database, 'articles', dbSafeRow(articleRow(record, contentHash, createdAt, now)));
  const rows = recordRows(record);
  for (const table of CHILD_TABLES) for (const row of rows[table]) insert(database, table, dbSafeRow(row));
  insert(
    database,
    'ingest_log',
    ingestLogRow(input, article.id, 'ok', matches.length > 0 ? 'recoded' : null, now),
  );
  return matches.length > 0 ? 'updated' : 'inserted';
}
