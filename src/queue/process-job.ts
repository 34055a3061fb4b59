import { type Job, UnrecoverableError } from 'bullmq';
import type { Kysely } from 'kysely';
import type { Knowledge } from '../knowledge/knowledge.js';
import { describeError } from '../model/errors.js';
import type { ParleyRecord } from '../model/record.js';
import { codeArticle } from '../pipeline/code-article.js';
import { contentHash } from '../source/content-hash.js';
import type { Database } from '../store/database.js';
import { isStored, logDuplicate, saveRecord } from '../store/index.js';
import type { CodeJobData, CodeJobResult } from './job-data.js';

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
  if (!data.recode && (await isStored(db, { id: articleId, url: raw.meta.url, contentHash: hash }))) {
    await logDuplicate(db, raw.input, articleId);
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
