import { type Kysely, sql } from 'kysely';
import type { Article, ParleyRecord } from '../model/record.js';
import { decodeCursor, encodeCursor, pageSize } from './cursor.js';
import type { Database } from './database.js';
import { logIngest } from './ingest-log.repository.js';
import { articleRow, type RecordRows, recordRows } from './record-rows.js';
import { insertRows, isUniqueViolation, writeTransaction } from './sql-util.js';
import { idleSqlite } from './sqlite-handle.js';
import { CHILD_TABLES, duplicateReason, saveBatchSqlite } from './sqlite-save.js';

export { logDuplicate, logFailure } from './ingest-log.repository.js';

/** Options of {@link saveRecord}. */
export interface SaveOptions {
  /** Hash of the article content (computed by ingest); equal hashes are the same article. */
  readonly contentHash: string;
  /** What was ingested: a path, URL or row id; written to ingest_log. */
  readonly input: string;
  /** Replace an existing article and all its rows instead of reporting a duplicate. */
  readonly recode?: boolean;
  /** ISO timestamp to record (default: now). */
  readonly now?: string;
}

/** What {@link saveRecord} did. */
export type SaveOutcome = 'inserted' | 'duplicate' | 'updated';

/**
 * Stores one record in one transaction: the article, its child rows and an ingest_log row.
 * An article with the same id, url or content hash already stored is a 'duplicate' (nothing
 * written but the log row) unless `recode`, which replaces it and its rows ('updated').
 * Concurrent writers of the same article are safe: the unique indexes decide, and the loser
 * retries once and then sees the winner.
 */
export async function saveRecord(
  db: Kysely<Database>,
  record: ParleyRecord,
  options: SaveOptions,
): Promise<SaveOutcome> {
  const rows = recordRows(record);
  for (let attempt = 0; ; attempt++) {
    try {
      return await writeTransaction(db, (trx) => save(trx, record, rows, options));
    } catch (err) {
      if (attempt > 0 || db.isTransaction || !isUniqueViolation(err)) throw err;
    }
  }
}

/** What {@link saveRecords} did with one record: its outcome, or what it threw. */
export type SaveResult = SaveOutcome | { readonly error: unknown };

/** One record for {@link saveRecords}. */
export interface SaveItem {
  readonly record: ParleyRecord;
  readonly options: SaveOptions;
}

/**
 * Saves records in order, each by the rules of {@link saveRecord}, in one transaction: on SQLite
 * through prepared statements, where a commit and Kysely's per-query compiling cost more than
 * the inserts. If the batch fails, every record is saved alone, so a bad record fails alone.
 * Returns, per item, its outcome or its error.
 */
export async function saveRecords(db: Kysely<Database>, items: readonly SaveItem[]): Promise<SaveResult[]> {
  const sqlite = idleSqlite(db);
  try {
    if (sqlite)
      return saveBatchSqlite(
        sqlite,
        items.map((i) => ({ record: i.record, ...i.options })),
      );
    if (items.length > 1)
      return await writeTransaction(db, async (trx) => {
        const out: SaveOutcome[] = [];
        for (const i of items) out.push(await save(trx, i.record, recordRows(i.record), i.options));
        return out;
      });
  } catch {
    // Saved alone below: the error, if any, is the one saveRecord reports.
  }
  const out: SaveResult[] = [];
  for (const i of items) out.push(await saveRecord(db, i.record, i.options).catch((error) => ({ error })));
  return out;
}

async function save(
  trx: Kysely<Database>,
  record: ParleyRecord,
  rows: RecordRows,
  { contentHash, input, recode = false, now = new Date().toISOString() }: SaveOptions,
): Promise<SaveOutcome> {
  const { article } = record;
  const matches = await findSame(trx, article, contentHash);
  if (matches.length > 0 && !recode) {
    const first = matches[0];
    await logIngest(trx, input, first.id, 'duplicate', duplicateReason(first, article), now);
    return 'duplicate';
  }
  if (matches.length > 0)
    await deleteArticles(
      trx,
      matches.map((m) => m.id),
    );
  const createdAt = matches.map((m) => m.created_at).sort()[0] ?? now;
  await insertRows(trx, 'articles', [articleRow(record, contentHash, createdAt, now)]);
  for (const table of CHILD_TABLES) await insertRows(trx, table, rows[table]);
  await logIngest(trx, input, article.id, 'ok', matches.length > 0 ? 'recoded' : null, now);
  return matches.length > 0 ? 'updated' : 'inserted';
}

function findSame(trx: Kysely<Database>, article: Article, contentHash: string) {
  return trx
    .selectFrom('articles')
    .select(['id', 'url', 'created_at'])
    .where((eb) =>
      eb.or([
        eb('id', '=', article.id),
        eb('content_hash', '=', contentHash),
        ...(article.url === null ? [] : [eb('url', '=', article.url)]),
      ]),
    )
    .orderBy('id')
    .execute();
}

/** Deletes articles and every row that belongs to them. */
export async function deleteArticles(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const table of CHILD_TABLES) await db.deleteFrom(table).where('article_id', 'in', ids).execute();
  await db.deleteFrom('articles').where('id', 'in', ids).execute();
}

/** The stored record of article `id`, exactly as saved; undefined when there is none. */
export async function getRecord(db: Kysely<Database>, id: string): Promise<ParleyRecord | undefined> {
  const row = await db.selectFrom('articles').select('record_json').where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.record_json) as ParleyRecord);
}

/** One line of {@link listArticles}. */
export interface ArticleSummary {
  id: string;
  url: string | null;
  source: string | null;
  published: string | null;
  title: string | null;
  content_hash: string;
  knowledge_version: string;
  created_at: string;
  updated_at: string;
  events: number;
}

/** Stored articles, most recently first stored first; `next` is the cursor of the next page. */
export async function listArticles(
  db: Kysely<Database>,
  { limit, cursor }: { limit?: number; cursor?: string | null } = {},
): Promise<{ articles: ArticleSummary[]; next: string | null }> {
  const size = pageSize(limit, 50, 1000);
  let query = db
    .selectFrom('articles as a')
    .select(['a.id', 'a.url', 'a.source', 'a.published', 'a.title', 'a.content_hash', 'a.knowledge_version'])
    .select(['a.created_at', 'a.updated_at'])
    .select((eb) =>
      eb
        .selectFrom('events as e')
        .select(eb.fn.countAll().as('n'))
        .whereRef('e.article_id', '=', 'a.id')
        .as('events'),
    )
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(size + 1);
  if (cursor) {
    const [createdAt, id] = decodeCursor(cursor, 2);
    query = query.where(sql<boolean>`(a.created_at, a.id) < (${createdAt}, ${id})`);
  }
  const rows = await query.execute();
  const page = rows.slice(0, size).map((r) => ({ ...r, events: Number(r.events ?? 0) }));
  const last = page[page.length - 1];
  return { articles: page, next: rows.length > size ? encodeCursor([last.created_at, last.id]) : null };
}

/**
 * Is an article with this id, URL or content hash already stored? Ingest and queue workers ask
 * before coding, so a duplicate costs one indexed lookup rather than a coding run.
 */
export async function isStored(
  db: Kysely<Database>,
  key: { readonly id: string; readonly url?: string | null; readonly contentHash: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('id', '=', key.id),
        eb('content_hash', '=', key.contentHash),
        ...(key.url ? [eb('url', '=', key.url)] : []),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return !!row;
}
