import type { Command } from 'commander';
import { ParleyError } from '../../model/errors.js';
import { DEFAULT_QUEUE } from '../../queue/names.js';
import { startWorker, type WorkerEvent } from '../../queue/worker.js';

interface WorkerCliOpts {
  redis?: string;
  db?: string;
  schema?: string;
  concurrency: string;
  queue: string;
  name?: string;
  lockDuration?: string;
  stalledInterval?: string;
  json?: boolean;
}

/** `--redis`, else PARLEY_REDIS; a missing one is a usage error. */
export function redisUrl(given: string | undefined): string {
  const url = given ?? process.env.PARLEY_REDIS;
  if (!url)
    throw new ParleyError('BAD_REQUEST', 'give --redis redis://HOST:PORT (or set PARLEY_REDIS)', '--redis');
  return url;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ParleyError('BAD_REQUEST', `"${value}" is not a positive integer`, flag);
  return n;
}

/** `parley worker`: takes coding jobs from the queue and writes them to the store until SIGTERM/SIGINT. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'code articles from the Redis queue (fed by `parley ingest --queue`) into the store; run one per core, on any number of machines',
    )
    .option('--redis <url>', 'redis://HOST:PORT of the queue (default: $PARLEY_REDIS)')
    .option(
      '--db <url>',
      'postgres:// URL of the shared store (a SQLite file works on one machine) (default: $PARLEY_DB)',
    )
    .option('--schema <name>', 'PostgreSQL schema to write to (created if missing)')
    .option(
      '--concurrency <n>',
      'jobs in hand at once (coding is CPU-bound: prefer one process per core)',
      '2',
    )
    .option('--queue <name>', 'queue name', DEFAULT_QUEUE)
    .option('--name <name>', 'worker name stored on its jobs (default: HOST:PID)')
    .option(
      '--lock-duration <ms>',
      "job lock; a dead worker's jobs are re-run after about this long (default: $PARLEY_QUEUE_LOCK_MS or 30000)",
    )
    .option(
      '--stalled-interval <ms>',
      'how often to look for jobs of dead workers (default: $PARLEY_QUEUE_STALLED_MS or 30000)',
    )
    .option('--json', 'print every job event as a JSON line on stdout')
    .action(async (opts: WorkerCliOpts) => {
      const redis = redisUrl(opts.redis);
      const db = opts.db ?? process.env.PARLEY_DB;
      if (!db) throw new ParleyError('BAD_REQUEST', 'give --db postgres://… (or set PARLEY_DB)', '--db');
      const concurrency = positiveInt(opts.concurrency, '--concurrency') ?? 2;
      const onEvent = opts.json
        ? (e: WorkerEvent) => process.stdout.write(`${JSON.stringify(e)}\n`)
        : humanLog();
      const worker = await startWorker({
        redis,
        db,
        schema: opts.schema,
        concurrency,
        queueName: opts.queue,
        name: opts.name,
        lockDuration: positiveInt(opts.lockDuration, '--lock-duration'),
        stalledInterval: positiveInt(opts.stalledInterval, '--stalled-interval'),
        onEvent,
      });
      await worker.closed;
      const s = worker.stats;
      const secs = (Date.now() - s.startedAt) / 1000;
      const summary = { worker: worker.name, ...s, seconds: Math.round(secs * 10) / 10 };
      if (opts.json) process.stdout.write(`${JSON.stringify({ event: 'summary', ...summary })}\n`);
      else
        process.stdout.write(
          `worker ${worker.name} stopped after ${secs.toFixed(1)} s: ${s.inserted} new, ${s.updated} re-coded, ${s.duplicate} duplicates, ${s.failed} failed attempts, ${s.deadLettered} dead-lettered\n`,
        );
    });
}

/** Plain log on stderr: start, failures, errors, a progress line every 10 s, stop. */
function humanLog(): (e: WorkerEvent) => void {
  let done = 0;
  let last = Date.now();
  const t0 = Date.now();
  let lastError = '';
  let lastErrorAt = 0;
  return (e) => {
    const out = (line: string) => process.stderr.write(`${line}\n`);
    switch (e.event) {
      case 'ready':
        out(`worker ${e.worker}: waiting for jobs on ${e.queue}`);
        break;
      case 'completed': {
        done++;
        const now = Date.now();
        if (now - last >= 10_000) {
          last = now;
          out(`worker ${e.worker}: ${done} done (${(done / ((now - t0) / 1000)).toFixed(1)} articles/s)`);
        }
        break;
      }
      case 'failed':
        out(`worker ${e.worker}: job ${e.jobId} failed (attempt ${e.attemptsMade}): ${e.reason}`);
        break;
      case 'dead-lettered':
        out(`worker ${e.worker}: moved ${e.count} failed job(s) to the dead-letter queue`);
        break;
      case 'stalled':
        out(`worker ${e.worker}: job ${e.jobId} of a dead worker is queued again`);
        break;
      case 'error': {
        // Redis being away repeats the same error every second or two: say it once a minute.
        const now = Date.now();
        if (e.message !== lastError || now - lastErrorAt > 60_000) out(`worker ${e.worker}: ${e.message}`);
        lastError = e.message;
        lastErrorAt = now;
        break;
      }
      case 'closing':
        out(`worker ${e.worker}: ${e.signal ? `${e.signal}: ` : ''}finishing the jobs in hand…`);
        break;
      default:
        break;
    }
  };
}
