import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type DeadLetterData, enqueueInputs, openQueues, queueStatus } from '../../src/queue/index.js';
import { countRows, openStore } from '../../src/store/index.js';
import { runCli } from '../cli-helpers.js';
import { contentSnapshot } from '../store-snapshot.js';
import { writeTestInputs } from './test-inputs.js';
import { spawnWorker, type WorkerProcess } from './worker-process.js';

const REDIS = process.env.PARLEY_TEST_REDIS?.trim() || null;
const PG = process.env.PARLEY_TEST_PG?.trim() || null;
const SKIP =
  !REDIS || !PG
    ? `${[!REDIS && 'PARLEY_TEST_REDIS', !PG && 'PARLEY_TEST_PG'].filter(Boolean).join(' and ')} not set (e.g. PARLEY_TEST_REDIS=redis://127.0.0.1:6379 PARLEY_TEST_PG=postgres://parley:parley@127.0.0.1:5432/parley_test)`
    : null;
if (SKIP) console.warn(`[scale-out test] SKIPPED: ${SKIP}`);

const N = 500;
const RUN = `${process.pid}${Math.random().toString(36).slice(2, 7)}`;
const QUEUE = `parley:t${RUN}`;
const SCHEMA_Q = `t_scale_queue_${RUN}`;
const SCHEMA_S = `t_scale_single_${RUN}`;
/** Short locks so the killed worker's jobs are picked up again within seconds. */
const LOCKS = ['--lock-duration', '4000', '--stalled-interval', '1000'];

/** The PG URL with `search_path` set, for a CLI that takes no schema option. */
const inSchema = (url: string, schema: string) =>
  `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(SKIP !== null)(
  `scale-out: BullMQ workers on Redis into PostgreSQL${SKIP ? ` SKIPPED: ${SKIP}` : ''}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-scale-'));
    const workers: WorkerProcess[] = [];

    afterAll(async () => {
      for (const w of workers)
        if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      await Promise.all(workers.map((w) => w.exited));
      if (REDIS) {
        const q = openQueues(REDIS, QUEUE);
        await q.main.obliterate({ force: true }).catch(() => {});
        await q.dead.obliterate({ force: true }).catch(() => {});
        await q.close();
      }
      if (PG) {
        const admin = await openStore(PG, { migrate: false });
        for (const s of [SCHEMA_Q, SCHEMA_S])
          await sql`drop schema if exists ${sql.id(s)} cascade`.execute(admin.db);
        await admin.close();
      }
      rmSync(dir, { recursive: true, force: true });
    });

    it('two worker processes, one SIGKILLed mid-job: every article stored once, nothing lost, same totals as one `parley ingest`', async () => {
      const redis = REDIS!;
      const pg = PG!;
      const inputs = writeTestInputs(dir, N);
      console.info(`[scale-out test] ${inputs.source}; queue ${QUEUE}; schemas ${SCHEMA_Q}, ${SCHEMA_S}`);

      // Reference: one process, one `parley ingest`, into a schema of its own.
      await (await openStore(pg, { schema: SCHEMA_S })).close();
      const single = await runCli(
        ['ingest', inputs.file, '--db', inSchema(pg, SCHEMA_S), '--workers', '2', '--json'],
        { timeoutMs: 600_000 },
      );
      expect(single.code, single.stderr).toBe(0);
      const ref = JSON.parse(single.stdout) as {
        inserted: number;
        duplicate: number;
        failed: number;
        failures: { input: string; reason: string }[];
      };
      const refFailed = ref.failures.map((f) => f.input).sort();
      expect(refFailed).toEqual([inputs.bad.unreadable, inputs.bad.noArticle].sort());

      // Enqueue; enqueueing again adds nothing (job id = article id).
      const first = await enqueueInputs([inputs.file], { redis, queueName: QUEUE });
      expect(first).toMatchObject({ inputs: N + 2, enqueued: N + 1, duplicate: 0, failed: 1 });
      const again = await enqueueInputs([inputs.file], { redis, queueName: QUEUE });
      expect(again).toMatchObject({ inputs: N + 2, enqueued: 0, duplicate: N + 1, failed: 1 });
      expect((await queueStatus({ redis, queueName: QUEUE })).queue.counts.waiting).toBe(N + 2);

      const args = [
        '--redis',
        redis,
        '--db',
        pg,
        '--schema',
        SCHEMA_Q,
        '--queue',
        QUEUE,
        '--concurrency',
        '2',
        ...LOCKS,
      ];
      const w1 = spawnWorker('w1', args);
      const w2 = spawnWorker('w2', args);
      workers.push(w1, w2);

      // Kill w1 -9 while it holds jobs: after some work, right when it has just taken a job.
      await w1.waitFor(() => w1.completed() >= 20, 300_000);
      const seen = w1.events.length;
      await w1.waitFor((e) => e.event === 'active' && w1.events.indexOf(e) >= seen, 60_000);
      w1.child.kill('SIGKILL');
      expect(await w1.exited).toBe('SIGKILL');
      const q = openQueues(redis, QUEUE);
      try {
        const orphans = ((await q.main.getActive()) as Job[])
          .filter((j) => j.processedBy === 'w1')
          .map((j) => j.id!);
        expect(orphans.length, 'jobs w1 held when killed').toBeGreaterThan(0);

        const w3 = spawnWorker('w3', args);
        workers.push(w3);

        // Stop w2 gracefully half-way: it finishes the jobs in hand and leaves none behind.
        await w2.waitFor(() => w2.completed() + w3.completed() + w1.completed() >= N / 2, 300_000);
        w2.child.kill('SIGTERM');
        expect(await w2.exited).toBe(0);
        expect(w2.events.some((e) => e.event === 'closed')).toBe(true);
        expect(((await q.main.getActive()) as Job[]).filter((j) => j.processedBy === 'w2')).toEqual([]);

        // Drain: nothing waiting, running, delayed or failed-but-not-dead-lettered.
        const t0 = Date.now();
        for (;;) {
          const st = await queueStatus({ redis, queueName: QUEUE });
          if (st.pending === 0 && st.queue.counts.failed === 0) break;
          if (Date.now() - t0 > 300_000)
            throw new Error(`queue did not drain: ${JSON.stringify(st)}\n${w3.stderr.slice(-2000)}`);
          await sleep(500);
        }
        w3.child.kill('SIGTERM');
        expect(await w3.exited).toBe(0);

        // The killed worker's jobs were re-run by another worker after their lock expired.
        for (const id of orphans) {
          const job = (await q.main.getJob(id)) as Job | undefined;
          expect(job, `orphaned job ${id}`).toBeDefined();
          expect(await job!.getState()).toBe('completed');
          expect(job!.processedBy).not.toBe('w1');
          expect(job!.stalledCounter + job!.attemptsStarted).toBeGreaterThanOrEqual(2);
        }

        // Failures: in the dead-letter queue and in ingest_log, with their reasons.
        const dead = (await q.dead.getJobs([
          'waiting',
          'delayed',
          'completed',
          'failed',
          'prioritized',
        ])) as Job<DeadLetterData>[];
        const deadInputs = dead
          .map((j) => (j.data.kind === 'article' ? j.data.raw.input : j.data.input))
          .sort();
        expect(deadInputs).toEqual(refFailed);
        for (const j of dead) expect(j.data.reason).toMatch(/no article text|invalid JSONL row/);
      } finally {
        await q.close();
      }

      const queued = await openStore(pg, { schema: SCHEMA_Q });
      const reference = await openStore(pg, { schema: SCHEMA_S });
      try {
        const failedRows = await queued.db
          .selectFrom('ingest_log')
          .select(['input', 'reason'])
          .where('status', '=', 'failed')
          .orderBy('input')
          .execute();
        expect(failedRows.map((r) => r.input)).toEqual(refFailed);
        for (const r of failedRows) expect(r.reason).toBeTruthy();

        // Every article stored exactly once: one row per id and per content, one 'ok' log row each.
        const distinct = await queued.db
          .selectFrom('articles')
          .select((eb) => [
            eb.fn.countAll<number>().as('n'),
            eb.fn.count<number>('id').distinct().as('ids'),
            eb.fn.count<number>('content_hash').distinct().as('hashes'),
          ])
          .executeTakeFirstOrThrow();
        expect(Number(distinct.ids)).toBe(Number(distinct.n));
        expect(Number(distinct.hashes)).toBe(Number(distinct.n));
        const twice = await queued.db
          .selectFrom('ingest_log')
          .select('article_id')
          .where('status', '=', 'ok')
          .groupBy('article_id')
          .having((eb) => eb.fn.countAll(), '>', 1)
          .execute();
        expect(twice).toEqual([]);

        // Nothing lost, and the same as one process: counts and content of every table.
        const a = await countRows(queued.db);
        const b = await countRows(reference.db);
        expect(a.articles).toBe(N - ref.duplicate);
        expect(a.articles).toBe(ref.inserted);
        for (const t of ['articles', 'events', 'actors', 'mentions', 'times', 'places', 'quotes'] as const)
          expect(
            a[t],
            `${t}: if only coded content differs, coding depends on what a process coded before`,
          ).toBe(b[t]);
        const sa = await contentSnapshot(queued);
        const sb = await contentSnapshot(reference);
        for (const t of Object.keys(sb)) expect(sa[t], `table ${t}`).toEqual(sb[t]);
        console.info(
          `[scale-out test] stored ${a.articles} articles, ${a.events} events, ${a.actors} actors; both ways equal`,
        );
      } finally {
        await queued.close();
        await reference.close();
      }
    }, 900_000);
  },
);
