import type { Job } from 'bullmq';
import { articleId } from '../clean/clean.js';
import { describeError, ParleyError } from '../model/errors.js';
import type { FetchOptions } from '../source/fetch-url.js';
import { readInputs } from '../source/read-inputs.js';
import { type CodeJobData, codeJobOptions } from './job-data.js';
import { inputErrorJobId, jobIdFor } from './names.js';
import { openQueues } from './open-queue.js';

/** Options of {@link enqueueInputs}. */
export interface EnqueueOptions {
  /** `redis://host:port[/db]` of the queue. */
  readonly redis: string;
  /** Queue name (default `parley:code`). */
  readonly queueName?: string;
  /** Publication date for inputs that have none. */
  readonly published?: string | null;
  /** Re-code articles already stored; also re-queues articles whose job already finished. */
  readonly recode?: boolean;
  readonly fetch?: FetchOptions;
  /** Called after every input, for progress display. */
  readonly onProgress?: (
    s: EnqueueSummary,
    last: { input: string; outcome: 'enqueued' | 'duplicate' | 'failed'; error?: string },
  ) => void;
}

/** What {@link enqueueInputs} did. */
export interface EnqueueSummary {
  /** Inputs read: articles plus inputs that could not be read. */
  inputs: number;
  /** New jobs added. */
  enqueued: number;
  /** Articles whose job was already on the queue (waiting, running, or finished within a day). */
  duplicate: number;
  /** Inputs that could not be read; each is queued as a failure entry (see README). */
  failed: number;
  ms: number;
  failures: { input: string; reason: string }[];
}

type Pending = { input: string; jobId: string; data: CodeJobData };

const BATCH = 200;

/**
 * Reads every input the specs name (like `parley ingest`) and adds one coding job per article to
 * the queue, job id = the article id: enqueueing the same article twice gives one job. An input
 * that cannot be read is counted as failed and queued as an `input-error` job, which a worker
 * turns into an ingest_log 'failed' row and a dead-letter entry — so enqueueing needs no database.
 */
export async function enqueueInputs(specs: readonly string[], opts: EnqueueOptions): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const s: EnqueueSummary = { inputs: 0, enqueued: 0, duplicate: 0, failed: 0, ms: 0, failures: [] };
  const queues = openQueues(opts.redis, opts.queueName);
  const { main } = queues;
  const report = (input: string, outcome: 'enqueued' | 'duplicate' | 'failed', error?: string) => {
    s.ms = performance.now() - t0;
    opts.onProgress?.(s, { input, outcome, error });
  };

  const flush = async (batch: Pending[]) => {
    const existing = await Promise.all(batch.map((p) => main.getJob(p.jobId)));
    const fresh: Pending[] = [];
    const seen = new Set<string>();
    for (const [i, p] of batch.entries()) {
      const job = existing[i];
      if (p.data.kind === 'input-error') {
        if (!job && !seen.has(p.jobId)) fresh.push(p);
        seen.add(p.jobId);
        continue;
      }
      let isDuplicate = !!job || seen.has(p.jobId);
      if (job && opts.recode && !seen.has(p.jobId)) {
        // A finished job would make the re-code a no-op: replace it. A waiting one gets the flag.
        const state = await job.getState();
        if (state === 'completed' || state === 'failed') {
          await job.remove();
          isDuplicate = false;
        } else if (state === 'waiting' || state === 'delayed' || state === 'prioritized') {
          await (job as unknown as Job<CodeJobData>).updateData(p.data);
        }
      }
      seen.add(p.jobId);
      if (isDuplicate) {
        s.duplicate++;
        report(p.input, 'duplicate');
      } else fresh.push(p);
    }
    if (fresh.length > 0)
      await main.addBulk(
        fresh.map((p) => ({ name: p.data.kind, data: p.data, opts: codeJobOptions(p.jobId) })),
      );
    for (const p of fresh) {
      if (p.data.kind === 'article') {
        s.enqueued++;
        report(p.input, 'enqueued');
      }
    }
  };

  try {
    let batch: Pending[] = [];
    for (const spec of specs) {
      for await (const item of readInputs(spec, opts.fetch)) {
        s.inputs++;
        if (item instanceof ParleyError) {
          const input = item.input ?? spec;
          const reason = describeError(item, input);
          s.failed++;
          s.failures.push({ input, reason });
          report(input, 'failed', reason);
          batch.push({ input, jobId: inputErrorJobId(input), data: { kind: 'input-error', input, reason } });
        } else {
          const id = articleId(item);
          batch.push({
            input: item.input,
            jobId: jobIdFor(id),
            data: {
              kind: 'article',
              articleId: id,
              raw: item,
              published: opts.published ?? null,
              recode: !!opts.recode,
            },
          });
        }
        if (batch.length >= BATCH) {
          await flush(batch);
          batch = [];
        }
      }
    }
    if (batch.length > 0) await flush(batch);
  } finally {
    await queues.close();
  }
  s.ms = performance.now() - t0;
  return s;
}

/** Alias of {@link enqueueInputs}. */
export const enqueue = enqueueInputs;
