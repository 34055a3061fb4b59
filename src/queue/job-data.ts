import type { JobsOptions } from 'bullmq';
import type { RawDoc } from '../source/raw-doc.js';

/** A coding job: one article, as read, plus the ingest options that apply to it. */
export interface ArticleJobData {
  readonly kind: 'article';
  /** `articleId(raw)`; the job id is derived from it (see `jobIdFor`). */
  readonly articleId: string;
  readonly raw: RawDoc;
  /** Publication date for an article that has none (`--published`), else null. */
  readonly published: string | null;
  /** Replace the stored article if there is one. */
  readonly recode: boolean;
}

/**
 * An input that could not be read (bad JSONL row, missing file, refused URL …). It goes through
 * the queue like an article so that a worker — which has the database — records it: an
 * ingest_log 'failed' row and a dead-letter entry. The enqueuer needs no database.
 */
export interface InputErrorJobData {
  readonly kind: 'input-error';
  readonly input: string;
  readonly reason: string;
}

/** Data of a job on the coding queue. */
export type CodeJobData = ArticleJobData | InputErrorJobData;

/** What a finished coding job returns (stored as the job's return value). */
export interface CodeJobResult {
  readonly outcome: 'inserted' | 'updated' | 'duplicate';
  readonly articleId: string;
  readonly events: number;
}

/** Data of a dead-letter job: the original job data plus why and when it died. */
export type DeadLetterData = CodeJobData & {
  readonly reason: string;
  readonly queue: string;
  readonly jobId: string;
  readonly attemptsMade: number;
  readonly failedAt: string;
  /** `timestamp` of the dead job on the main queue: tells a re-enqueued incarnation from this one. */
  readonly sourceTimestamp: number;
  /** Who moved it (a random token): the mover, and only it, writes the ingest_log row. */
  readonly claim: string;
};

/** Attempts per job: the first run and four retries. */
export const ATTEMPTS = 5;
/** Delay before the first retry; it doubles for each next one (1 s, 2 s, 4 s, 8 s). */
export const BACKOFF_MS = 1000;
/** Completed jobs are kept a day (up to 100 000), so re-enqueueing them within that time is a no-op. */
export const KEEP_COMPLETED = { age: 24 * 3600, count: 100_000 };

/** Options of every coding job. Failed jobs stay on the queue until a worker moves them to the dead-letter queue. */
export function codeJobOptions(jobId: string): JobsOptions {
  return {
    jobId,
    attempts: ATTEMPTS,
    backoff: { type: 'exponential', delay: BACKOFF_MS },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: false,
  };
}
