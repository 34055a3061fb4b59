import type { Kysely } from 'kysely';
import type { Database, IngestStatus } from './database.js';
import { dbSafe } from './sql-util.js';

/**
 * Records an input that failed (status 'failed'). Any string is accepted: U+0000 is replaced,
 * very long values are cut, and `reason` may be an Error or anything else.
 */
export async function logFailure(db: Kysely<Database>, input: string, reason: unknown): Promise<void> {
  await logIngest(db, input, null, 'failed', describe(reason), new Date().toISOString());
}

/** Appends one row to ingest_log; `input` and `reason` are made storable (see {@link logFailure}). */
export async function logIngest(
  db: Kysely<Database>,
  input: unknown,
  articleId: string | null,
  status: IngestStatus,
  reason: string | null,
  at: string,
): Promise<void> {
  await db
    .insertInto('ingest_log')
    .values(ingestLogRow(input, articleId, status, reason, at))
    .execute();
}

/** The ingest_log row {@link logIngest} writes: values made storable and cut to length. */
export function ingestLogRow(
  input: unknown,
  articleId: string | null,
  status: IngestStatus,
  reason: string | null,
  at: string,
) {
  return {
    input: cut(String(input), 4000),
    article_id: articleId,
    status,
    reason: reason === null ? null : cut(reason, 8000),
    at,
  };
}

function cut(value: string, max: number): string {
  const safe = dbSafe(value);
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  if (typeof reason === 'string') return reason;
  try {
    return JSON.stringify(reason) ?? String(reason);
  } catch {
    return String(reason);
  }
}

/** Records an input skipped because its article is already stored (status 'duplicate'). */
export async function logDuplicate(db: Kysely<Database>, input: string, articleId: string): Promise<void> {
  await logIngest(db, input, articleId, 'duplicate', 'already stored', new Date().toISOString());
}
