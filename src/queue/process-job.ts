import { type Job, UnrecoverableError } from 'bullmq';
import type { Kysely } from 'kysely';
import type { Knowledge } from '../knowledge/knowledge.js';
import { describeError } from '../model/errors.js';
import type { ParleyRecord } from '../model/record.js';
import { codeArticle } from '../pipeline/code-article.js';
import { contentHash } from '../source/content-hash.js';
import type { RawDoc } from '../source/raw-doc.js';
import type { Database } from '../store/database.js';
import { saveRecord } from '../store/index.js';
import type { CodeJobData, CodeJobResult } from './job-data.js';

/** Is the article already stored (by id, url or content hash)? The same check as `parley ingest`. */
async function alreadyStored(db: Kysely<Database>, id: string, raw: RawDoc, hash: string): Promise<boolean> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('id', '=', id),
        eb('content_hash', '=', hash),
        ...(raw.meta.url ? [eb('url', '=', raw.meta.url)] : []),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/**
 * Codes and stores one job's article: the same steps as `parley ingest` for one input. Already
 * stored (and not `recode`) → a 'duplicate' ingest_log row, no coding. Input and coding errors are
 * deterministic: thrown as UnrecoverableError (no retries). Store errors are thrown as they are,
 * so BullMQ retries them with backoff.
 */
export async function processCodeJob(
  job: Job<CodeJobData>,
  db: Kysely<Database>,
  knowledge: Knowledge,
): Promise<CodeJobResult> {
  const data = job.data;
  if (data.kind === 'input-error') throw new UnrecoverableError(data.reason);
  const { raw, articleId } = data;
  const hash = contentHash(raw);
  if (!data.recode && (await alreadyStored(db, articleId, raw, hash))) {
    await db
      .insertInto('ingest_log')
      .values({
        input: raw.input,
        article_id: articleId,
        status: 'duplicate',
        reason: 'already stored',
        at: new Date().toISOString(),
      })
      .execute();
    return { outcome: 'duplicate', articleId, events: 0 };
  }
  let record: ParleyRecord;
  try {
    record = codeArticle(raw, knowledge, { published: data.published });
  } catch (err) {
    throw new UnrecoverableError(describeError(err, raw.input));
  }
  const outcome = await saveRecord(db, record, { contentHash: hash, input: raw.input, recode: data.recode });
  return {
    outcome,
    articleId: record.article.id,
    events: outcome === 'duplicate' ? 0 : record.events.length,
  };
}
