import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCodePool } from '../ingest/code-pool.js';
import { ingest } from '../ingest/ingest.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { codeArticle } from '../pipeline/code-article.js';
import type { RawDoc } from '../source/raw-doc.js';
import { readFileDoc } from '../source/read-file.js';
import { listArticles } from '../source/read-inputs.js';
import { rowToDoc } from '../source/read-jsonl.js';
import { openStore } from '../store/index.js';

export interface BenchResult {
  /** `load`: 1-minute load average at start and end; above the core count, rates are noisy. */
  machine: { cpus: number; model: string; node: string; load: [number, number] };
  corpus: { name: string; articles: number; mb: number };
  single: {
    articlesPerSec: number;
    mbPerSec: number;
    msPerArticle: number;
    /** CPU time per article (this process): less sensitive than wall time to a busy machine. */
    cpuMsPerArticle: number;
    stageMs: Record<string, number>;
    stageMsPer4KB: Record<string, number>;
  };
  /**
   * Over all timed rounds: articles / seconds (`rounds`: each round's rate). `cpuMsPerArticle`: CPU time of the
   * whole process (workers, V8's compiler and GC threads, main thread) per article.
   */
  workers: { n: number; articlesPerSec: number; cpuMsPerArticle: number; rounds: number[] }[];
  scaling: number | null;
  ingestSqlite: { articlesPerSec: number; workers: number };
  /** Peak RSS while one thread coded everything: what one worker costs. */
  singleRssMb: number;
  /** Peak RSS over the whole run (main thread + worker threads + ingest). */
  peakRssMb: number;
}

/** The fixed benchmark corpus: shared news.jsonl when present, else the demo corpus. */
export function benchCorpus(
  sharedNews: string,
  demoDir: string,
  limit?: number,
): { name: string; docs: RawDoc[]; path: string } {
  if (existsSync(sharedNews)) {
    const docs = readFileSync(sharedNews, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l, i) => rowToDoc(JSON.parse(l), `${sharedNews}#${i + 1}`));
    return {
      name: 'shared/data/news/news.jsonl',
      docs: docs.slice(0, limit ?? docs.length),
      path: sharedNews,
    };
  }
  const docs = listArticles(demoDir).map((p) => readFileDoc(p));
  return { name: 'corpus/demo', docs: docs.slice(0, limit ?? docs.length), path: demoDir };
}

/**
 * Articles each coding thread codes before it is timed. V8 keeps compiling for about three passes
 * over this corpus (background CPU per article ≈ 1.4 ms in the first 928 articles, 0.25 in the
 * next, ≈ 0.1 in the third, ≈ 0.03 after): timing earlier measured compilation, and penalised N
 * workers (each compiles for itself, on the cores the others code on) against one.
 */
const MIN_WARMUP = 1000;
const WARMUP_PASSES = 3;
/**
 * Each worker count is timed over the corpus 4 times, in 8 rounds of half the corpus each,
 * alternating counts (1, 2, 1, 2, …) and each count coding the same half in a round: this VM's
 * speed drifts by ±8% over seconds, and short alternating rounds put the drift on every count
 * alike. The mean is reported.
 */
const ROUNDS = 8;

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** The articles a pool of `threads` codes before it is timed: the corpus cycled, per thread. */
function warmupDocs(docs: readonly RawDoc[], threads: number): RawDoc[] {
  const per = Math.max(MIN_WARMUP, WARMUP_PASSES * docs.length);
  return Array.from({ length: per * threads }, (_, i) => docs[i % docs.length]);
}

/**
 * Coding throughput of N worker threads, each kept busy (records stay in the workers). Every
 * pool is warmed up first, then the counts are timed in alternation, so a burst of load on the
 * machine does not fall on one count only.
 */
async function measureWorkers(
  k: Knowledge,
  docs: readonly RawDoc[],
  counts: readonly number[],
  log: (s: string) => void,
): Promise<BenchResult['workers']> {
  const pools = counts.map((w) => createCodePool(w, k, { threads: true, summary: true }));
  const codeAll = (pool: (typeof pools)[number], list: readonly RawDoc[]) =>
    Promise.all(list.map((d) => pool.code(d, null).catch(() => null)));
  try {
    for (const pool of pools) await codeAll(pool, warmupDocs(docs, pool.size));
    const half = Math.ceil(docs.length / 2);
    const runs = counts.map(() => [] as { n: number; sec: number; rate: number; cpu: number }[]);
    for (let r = 0; r < ROUNDS; r++)
      for (const [i, pool] of pools.entries()) {
        const timed = r % 2 === 0 ? docs.slice(0, half) : docs.slice(half);
        const tw = performance.now();
        const cw = process.cpuUsage();
        await codeAll(pool, timed);
        const sec = (performance.now() - tw) / 1000;
        const run = { n: timed.length, sec, rate: timed.length / sec, cpu: cpuMs(cw) / timed.length };
        runs[i].push(run);
        log(
          `${counts[i]} worker(s), round ${r + 1}: ${run.rate.toFixed(1)} articles/s, ${run.cpu.toFixed(2)} ms CPU per article`,
        );
      }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return counts.map((n, i) => ({
      n,
      articlesPerSec: sum(runs[i].map((x) => x.n)) / sum(runs[i].map((x) => x.sec)),
      cpuMsPerArticle: sum(runs[i].map((x) => x.cpu * x.n)) / sum(runs[i].map((x) => x.n)),
      rounds: runs[i].map((x) => x.rate),
    }));
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
}

/** Runs the benchmark: single-thread stage timings, worker scaling, ingest into SQLite. */
export async function runBench(
  k: Knowledge,
  corpus: { name: string; docs: RawDoc[]; path: string },
  workerCounts: number[],
  log: (s: string) => void,
): Promise<BenchResult> {
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const bytes = corpus.docs.reduce((n, d) => n + Buffer.byteLength(d.body), 0);
  const mb = bytes / 1e6;
  const load0 = loadavg()[0];
  // Warm up: JIT, knowledge and city index.
  const warmup = warmupDocs(corpus.docs, 1);
  for (const d of warmup) {
    try {
      codeArticle(d, k);
    } catch {}
  }
  const timings: Record<string, number> = {};
  let failed = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of corpus.docs) {
    try {
      codeArticle(d, k, { timings });
    } catch {
      failed++;
    }
  }
  const sec = (performance.now() - t0) / 1000;
  const singleCpuMs = cpuMs(c0);
  const n = corpus.docs.length - failed;
  const singleRss = Math.max(peak, process.memoryUsage().rss);
  const per4kb = Object.fromEntries(Object.entries(timings).map(([s, ms]) => [s, (ms / bytes) * 4096]));
  log(
    `single thread: ${(n / sec).toFixed(1)} articles/s, ${(mb / sec).toFixed(2)} MB/s, ${(singleCpuMs / n).toFixed(2)} ms CPU per article`,
  );
  const workers = await measureWorkers(k, corpus.docs, workerCounts, log);
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  const ingestWorkers = Math.max(1, Math.min(2, cpus().length));
  const ti = performance.now();
  const summary = await ingest(store.db, [corpus.path], k, { workers: ingestWorkers });
  const ingestRate = (summary.inserted + summary.updated) / ((performance.now() - ti) / 1000);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  log(`ingest into SQLite (${ingestWorkers} workers): ${ingestRate.toFixed(1)} articles/s`);
  clearInterval(sample);
  const one = workers.find((w) => w.n === 1);
  const two = workers.find((w) => w.n === 2);
  return {
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? '',
      node: process.version,
      load: [load0, loadavg()[0]],
    },
    corpus: { name: corpus.name, articles: corpus.docs.length, mb },
    single: {
      articlesPerSec: n / sec,
      mbPerSec: mb / sec,
      msPerArticle: (sec * 1000) / n,
      cpuMsPerArticle: singleCpuMs / n,
      stageMs: timings,
      stageMsPer4KB: per4kb,
    },
    workers,
    scaling: one && two ? two.articlesPerSec / one.articlesPerSec : null,
    ingestSqlite: { articlesPerSec: ingestRate, workers: ingestWorkers },
    singleRssMb: singleRss / 1e6,
    peakRssMb: peak / 1e6,
  };
}
