import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.js';
import { logFailure } from '../store/index.js';
import type { CodeJobData, DeadLetterData } from './job-data.js';
import type { QueuePair } from './open-queue.js';

/** The input a job is about (for ingest_log). */
export function jobInput(data: CodeJobData): string {
  return data.kind === 'article' ? data.raw.input : data.input;
}

/**
 * Moves one job that failed for good from the coding queue to the dead-letter queue (same job id,
 * its data plus the reason) and writes an ingest_log 'failed' row, then removes it from the coding
 * queue. Safe to run twice and from several workers at once: adding the dead-letter job is the
 * claim, and only the claimant writes the log row. Returns whether this call moved it.
 */
export async function moveToDeadLetter(
  queues: QueuePair,
  db: Kysely<Database>,
  job: Job<CodeJobData>,
): Promise<boolean> {
  const id = job.id;
  if (!id) return false;
  const reason = job.failedReason || 'failed';
  const claim = randomUUID();
  const entry: DeadLetterData = {
    ...job.data,
    reason,
    queue: queues.names.main,
    jobId: id,
    attemptsMade: job.attemptsMade,
    failedAt: new Date(job.finishedOn ?? Date.now()).toISOString(),
    sourceTimestamp: job.timestamp,
    claim,
  };
  let stored = await queues.dead.getJob(id);
  if (stored && stored.data.sourceTimestamp !== job.timestamp) {
    // An earlier incarnation of the same article died before: this death replaces it.
    await stored.remove();
    stored = undefined;
  }
  if (!stored) {
    await queues.dead.add(job.data.kind, entry, { jobId: id, removeOnComplete: false, removeOnFail: false });
    stored = await queues.dead.getJob(id);
  }
  const mine = stored?.data.claim === claim;
  if (mine) await logFailure(db, jobInput(job.data), reason);
  await job.remove().catch(() => {});
  return mine;
}

/**
 * Moves every job in the coding queue's failed set to the dead-letter queue (see
 * {@link moveToDeadLetter}); run by every worker at start, after each final failure and
 * periodically, so a worker that died between failing a job and moving it loses nothing.
 * Returns how many this call moved.
 */
export async function sweepFailed(queues: QueuePair, db: Kysely<Database>): Promise<number> {
  let moved = 0;
  const seen = new Set<string>();
  for (;;) {
    const failed = (await queues.main.getFailed(0, 99)) as (Job<CodeJobData> | undefined)[];
    // A job that could not be removed is seen again: stop rather than loop on it.
    const todo = failed.filter((j): j is Job<CodeJobData> => !!j?.id && !seen.has(j.id));
    if (todo.length === 0) return moved;
    for (const job of todo) {
      seen.add(job.id!);
      if (await moveToDeadLetter(queues, db, job)) moved++;
    }
  }
}
