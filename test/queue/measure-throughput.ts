/**
 * Throughput of `parley worker` processes on one machine, against a single-process `parley ingest`.
 * Not a test: run by hand after a build, with Redis and PostgreSQL up:
 *
 *   PARLEY_TEST_REDIS=redis://127.0.0.1:6379 PARLEY_TEST_PG=postgres://parley:parley@127.0.0.1:5432/parley_test \
 *     npx tsx test/queue/measure-throughput.ts [workers=1,2] [concurrency=1] [runs=1]
 *
 * For each worker count: a fresh queue and schema, the 500 test articles enqueued, N worker
 * processes started; articles/s is measured from the first job taken to the queue drained (worker
 * start-up excluded) and, in brackets, from spawning the workers (start-up included).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { enqueueInputs, openQueues, queueStatus } from '../../src/queue/index.js';
import { countRows, openStore } from '../../src/store/index.js';
import { runCli } from '../cli-helpers.js';
import { writeTestInputs } from './test-inputs.js';
import { spawnWorker } from './worker-process.js';

const REDIS = process.env.PARLEY_TEST_REDIS ?? 'redis://127.0.0.1:6379';
const PG = process.env.PARLEY_TEST_PG ?? 'postgres://parley:parley@127.0.0.1:5432/parley_test';
const counts = (process.argv[2] ?? '1,2').split(',').map(Number);
const concurrency = process.argv[3] ?? '1';
const runs = Number(process.argv[4] ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'parley-tput-'));
const inputs = writeTestInputs(dir, 500);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** CPU seconds (user + system) a process has used so far, from /proc (Linux); 0 elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
const inSchema = (schema: string) =>
  `${PG}${PG.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

async function dropSchema(schema: string) {
  const admin = await openStore(PG, { migrate: false });
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
  await admin.close();
}

async function workersRun(
  n: number,
  tag: string,
): Promise<{ steady: number; wall: number; stored: number; perCpuSecond: number }> {
  const queueName = `parley:tput${tag}`;
  const schema = `t_tput_${tag}`;
  await enqueueInputs([inputs.file], { redis: REDIS, queueName });
  const t0 = performance.now();
  const ws = Array.from({ length: n }, (_, i) =>
    spawnWorker(`m${i}`, [
      '--redis',
      REDIS,
      '--db',
      PG,
      '--schema',
      schema,
      '--queue',
      queueName,
      '--concurrency',
      concurrency,
    ]),
  );
  try {
    await Promise.race(ws.map((w) => w.waitFor((e) => e.event === 'active', 120_000)));
    const t1 = performance.now();
    const cpu0 = ws.reduce((a, w) => a + cpuSeconds(w.child.pid), 0);
    for (;;) {
      const st = await queueStatus({ redis: REDIS, queueName });
      if (st.pending === 0 && st.queue.counts.failed === 0) break;
      await sleep(100);
    }
    const t2 = performance.now();
    const cpu = ws.reduce((a, w) => a + cpuSeconds(w.child.pid), 0) - cpu0;
    const store = await openStore(PG, { schema });
    const stored = (await countRows(store.db)).articles;
    await store.close();
    return {
      steady: stored / ((t2 - t1) / 1000),
      wall: stored / ((t2 - t0) / 1000),
      stored,
      perCpuSecond: stored / cpu,
    };
  } finally {
    for (const w of ws) w.child.kill('SIGTERM');
    await Promise.all(ws.map((w) => w.exited));
    const q = openQueues(REDIS, queueName);
    await q.main.obliterate({ force: true });
    await q.dead.obliterate({ force: true });
    await q.close();
    await dropSchema(schema);
  }
}

async function ingestRun(threads: number, tag: string): Promise<number> {
  const schema = `t_tput_${tag}`;
  await (await openStore(PG, { schema })).close();
  try {
    const r = await runCli(
      ['ingest', inputs.file, '--db', inSchema(schema), '--workers', String(threads), '--json'],
      { timeoutMs: 900_000 },
    );
    const s = JSON.parse(r.stdout) as { inserted: number; ms: number };
    return s.inserted / (s.ms / 1000);
  } finally {
    await dropSchema(schema);
  }
}

console.log(
  `${inputs.source}; ${availableParallelism()} cores; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (let r = 0; r < runs; r++) {
  const tag = `${process.pid}_${r}`;
  for (const threads of [1, 2])
    console.log(
      `parley ingest --workers ${threads} (one process): ${(await ingestRun(threads, `${tag}_i${threads}`)).toFixed(1)} articles/s`,
    );
  for (const n of counts) {
    const m = await workersRun(n, `${tag}_w${n}`);
    console.log(
      `${n} worker process(es), --concurrency ${concurrency}: ${m.steady.toFixed(1)} articles/s (${m.wall.toFixed(1)} incl. start-up), ${m.stored} stored, ${m.perCpuSecond.toFixed(1)} articles per worker CPU-second`,
    );
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}
rmSync(dir, { recursive: true, force: true });
