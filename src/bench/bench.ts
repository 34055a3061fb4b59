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
  /** `cpuMsPerArticle`: CPU time of the whole process (workers and main thread) per article. */
  workers: { n: number; articlesPerSec: number; cpuMsPerArticle: number }[];
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
 * Articles each coding thread codes before it is timed. V8 needs ≈200–300 articles to compile
 * the hot code; timing from the 20th measured mostly compilation, and penalised N workers (each
 * compiles for itself) against one.
 */
const WARMUP = 200;

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

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
  for (const d of corpus.docs.slice(0, WARMUP)) {
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
  const workers: BenchResult['workers'] = [];
  for (const w of workerCounts) {
    // Coding throughput of N worker threads, each kept busy (records stay in the workers).
    const pool = createCodePool(w, k, { threads: true, summary: true });
    const warm = Array.from({ length: WARMUP * pool.size }, (_, i) => corpus.docs[i % corpus.docs.length]);
    await Promise.all(warm.map((d) => pool.code(d, null).catch(() => null)));
    const tw = performance.now();
    const cw = process.cpuUsage();
    await Promise.all(corpus.docs.map((d) => pool.code(d, null).catch(() => null)));
    const rate = corpus.docs.length / ((performance.now() - tw) / 1000);
    const cpuPerArticle = cpuMs(cw) / corpus.docs.length;
    await pool.close();
    workers.push({ n: w, articlesPerSec: rate, cpuMsPerArticle: cpuPerArticle });
    log(`${w} worker(s): ${rate.toFixed(1)} articles/s, ${cpuPerArticle.toFixed(2)} ms CPU per article`);
  }
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
