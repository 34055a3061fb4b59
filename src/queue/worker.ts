import { hostname } from 'node:os';
import { type Job, Worker } from 'bullmq';
import { type Knowledge, loadKnowledge } from '../knowledge/knowledge.js';
import { openStore } from '../store/index.js';
import { redisConnection } from './connection.js';
import { sweepFailed } from './dead-letter.js';
import type { CodeJobData, CodeJobResult } from './job-data.js';
import { DEFAULT_QUEUE, queueRef } from './names.js';
import { openQueues } from './open-queue.js';
import { processCodeJob } from './process-job.js';

/** Options of {@link startWorker}. */
export interface StartWorkerOptions {
  /** `redis://…` of the queue. */
  readonly redis: string;
  /** Store URL: `postgres://…` (many machines) or a SQLite file (one machine). */
  readonly db: string;
  /** PostgreSQL schema to write to (created if missing). */
  readonly schema?: string;
  /**
   * Jobs this process works on at once (default 2: one job's store write overlaps the next one's
   * coding). Coding is CPU-bound: run one process per core.
   */
  readonly concurrency?: number;
  /** Queue name (default `parley:code`). */
  readonly queueName?: string;
  /** Worker name, stored on each job it takes (default `host:pid`). */
  readonly name?: string;
  /** Job lock in ms (default `PARLEY_QUEUE_LOCK_MS` or 30 000): a dead worker's jobs are re-run after about this long. */
  readonly lockDuration?: number;
  /** Stalled-job check interval in ms (default `PARLEY_QUEUE_STALLED_MS` or 30 000). */
  readonly stalledInterval?: number;
  /** Close gracefully on SIGTERM/SIGINT — finish the jobs in hand, then stop (default true). */
  readonly handleSignals?: boolean;
  /** Knowledge to code with (default `loadKnowledge()`). */
  readonly knowledge?: Knowledge;
  /** Called on every job event (for logs and tests). */
  readonly onEvent?: (e: WorkerEvent) => void;
}

/** One thing that happened in a worker. */
export type WorkerEvent =
  | { event: 'ready'; worker: string; queue: string }
  | { event: 'active'; worker: string; jobId: string; attempt: number }
  | {
      event: 'completed';
      worker: string;
      jobId: string;
      outcome: CodeJobResult['outcome'];
      articleId: string;
      events: number;
    }
  | { event: 'failed'; worker: string; jobId: string; reason: string; attemptsMade: number }
  | { event: 'dead-lettered'; worker: string; count: number }
  | { event: 'stalled'; worker: string; jobId: string }
  | { event: 'error'; worker: string; message: string }
  | { event: 'closing'; worker: string; signal: string | null }
  | { event: 'closed'; worker: string };

/** Counts of one worker's work. */
export interface WorkerStats {
  inserted: number;
  updated: number;
  duplicate: number;
  /** Failed attempts (retried or not). */
  failed: number;
  /** Jobs this worker moved to the dead-letter queue. */
  deadLettered: number;
  readonly startedAt: number;
}

/** A running worker. */
export interface ParleyWorker {
  readonly name: string;
  readonly stats: WorkerStats;
  /** Resolves once the worker has stopped and closed its connections. */
  readonly closed: Promise<void>;
  /** Stops taking jobs, finishes those in hand (unless `force`), closes Redis and the store. */
  close(force?: boolean): Promise<void>;
}

const envMs = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/**
 * Starts a BullMQ worker on the coding queue: codes each job's article and saves it (a stored
 * article is a duplicate, not re-coded). Store errors are retried with exponential backoff (5
 * attempts); jobs that fail for good are moved to the dead-letter queue with their reason and
 * logged in ingest_log. A job of a worker that died is re-run by another after its lock expires.
 */
export async function startWorker(opts: StartWorkerOptions): Promise<ParleyWorker> {
  const name = opts.name ?? `${hostname()}:${process.pid}`;
  const queueName = opts.queueName ?? DEFAULT_QUEUE;
  const ref = queueRef(queueName);
  const connection = redisConnection(opts.redis, 'worker');
  const knowledge = opts.knowledge ?? loadKnowledge();
  const store = await openStore(opts.db, opts.schema === undefined ? {} : { schema: opts.schema });
  const queues = openQueues(opts.redis, queueName, 'worker');
  const emit = (e: WorkerEvent) => opts.onEvent?.(e);
  const stats: WorkerStats = {
    inserted: 0,
    updated: 0,
    duplicate: 0,
    failed: 0,
    deadLettered: 0,
    startedAt: Date.now(),
  };
  const lockDuration = opts.lockDuration ?? envMs('PARLEY_QUEUE_LOCK_MS', 30_000);
  const stalledInterval = opts.stalledInterval ?? envMs('PARLEY_QUEUE_STALLED_MS', 30_000);
  let closing = false;
  /** Connected and taking jobs. */
  let started = false;

  // Dead-lettering runs one sweep at a time; a request during a sweep runs one more after it.
  let sweeping: Promise<void> | null = null;
  let again = false;
  const sweep = (): Promise<void> => {
    if (sweeping) {
      again = true;
      return sweeping;
    }
    sweeping = (async () => {
      do {
        again = false;
        try {
          const count = await sweepFailed(queues, store.db);
          if (count > 0) {
            stats.deadLettered += count;
            emit({ event: 'dead-lettered', worker: name, count });
          }
        } catch (err) {
          emit({ event: 'error', worker: name, message: `dead-letter sweep: ${(err as Error).message}` });
        }
      } while (again && !closing);
    })().finally(() => {
      sweeping = null;
    });
    return sweeping;
  };

  const worker = new Worker<CodeJobData, CodeJobResult>(
    ref.name,
    (job) => processCodeJob(job, store.db, knowledge),
    {
      connection,
      prefix: ref.prefix,
      name,
      concurrency: Math.max(1, opts.concurrency ?? 2),
      lockDuration,
      stalledInterval,
      // A job whose worker died more than twice (a poison article?) fails and is dead-lettered.
      maxStalledCount: 2,
      autorun: false,
    },
  );
  worker.on('active', (job: Job<CodeJobData>) =>
    emit({ event: 'active', worker: name, jobId: job.id ?? '', attempt: job.attemptsMade + 1 }),
  );
  worker.on('completed', (job: Job<CodeJobData>, result: CodeJobResult) => {
    stats[result.outcome]++;
    emit({ event: 'completed', worker: name, jobId: job.id ?? '', ...result });
  });
  worker.on('failed', (job: Job<CodeJobData> | undefined, err: Error) => {
    stats.failed++;
    emit({
      event: 'failed',
      worker: name,
      jobId: job?.id ?? '',
      reason: err.message,
      attemptsMade: job?.attemptsMade ?? 0,
    });
    void sweep();
  });
  worker.on('stalled', (jobId: string) => emit({ event: 'stalled', worker: name, jobId }));
  worker.on('error', (err: Error) => emit({ event: 'error', worker: name, message: err.message }));

  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  const timer = setInterval(() => void sweep(), Math.max(1000, stalledInterval));
  timer.unref();
  const onSignal = (signal: NodeJS.Signals) => {
    // First signal: finish the jobs in hand. Second: stop now (they are re-run elsewhere).
    void close(closing, signal);
  };
  const close = async (force = false, signal: string | null = null): Promise<void> => {
    if (closing && !force) return closed;
    const first = !closing;
    closing = true;
    emit({ event: 'closing', worker: name, signal });
    if (!first) {
      await worker.close(true);
      return closed;
    }
    clearInterval(timer);
    try {
      // Never connected: nothing in hand, and a graceful close would wait for Redis.
      await worker.close(force || !started);
      await sweeping;
    } finally {
      if (opts.handleSignals !== false) {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
      }
      await queues.close();
      await store.close();
      emit({ event: 'closed', worker: name });
      resolveClosed();
    }
    return closed;
  };
  if (opts.handleSignals !== false) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  try {
    // A signal while Redis is still unreachable ends the wait (and the worker).
    await Promise.race([worker.waitUntilReady(), closed]);
  } catch (err) {
    await close(true);
    throw err;
  }
  if (closing) return { name, stats, closed, close: (force?: boolean) => close(force) };
  started = true;
  void sweep();
  worker.run().catch((err: Error) => emit({ event: 'error', worker: name, message: err.message }));
  emit({ event: 'ready', worker: name, queue: queueName });
  return { name, stats, closed, close: (force?: boolean) => close(force) };
}
