import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { benchCorpus, runBench } from '../../bench/bench.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description(
      'throughput benchmark: articles/s and MB/s per core, time per stage, worker scaling, SQLite ingest, peak RSS',
    )
    .option('--corpus <path>', 'JSONL corpus (default: ../shared/data/news/news.jsonl, else corpus/demo)')
    .option('--limit <n>', 'use the first N articles')
    .option('--workers <list>', 'worker counts to compare', '1,2')
    .option('--out <file>', 'results file', join(ROOT, 'bench', 'results.json'))
    .action(async (opts: { corpus?: string; limit?: string; workers: string; out: string }) => {
      const k = loadKnowledge();
      const corpus = benchCorpus(
        opts.corpus ?? join(ROOT, '..', 'shared', 'data', 'news', 'news.jsonl'),
        join(ROOT, 'corpus', 'demo'),
        opts.limit ? Number(opts.limit) : undefined,
      );
      process.stderr.write(`bench: ${corpus.docs.length} articles from ${corpus.name}\n`);
      const r = await runBench(k, corpus, opts.workers.split(',').map(Number), (s) =>
        process.stderr.write(`  ${s}\n`),
      );
      const rows: [string, string][] = [
        ['machine', `${r.machine.cpus} cores, ${r.machine.model}, node ${r.machine.node}`],
        ['load average (start, end)', r.machine.load.map((l) => l.toFixed(1)).join(', ')],
        ['corpus', `${r.corpus.name}: ${r.corpus.articles} articles, ${r.corpus.mb.toFixed(2)} MB`],
        [
          'full record, 1 thread',
          `${r.single.articlesPerSec.toFixed(1)} articles/s, ${r.single.mbPerSec.toFixed(2)} MB/s, ${r.single.msPerArticle.toFixed(2)} ms/article (${r.single.cpuMsPerArticle.toFixed(2)} ms CPU)`,
        ],
        ...Object.entries(r.single.stageMsPer4KB).map(
          ([s, ms]) => [`  stage ${s}`, `${ms.toFixed(3)} ms per 4 KB`] as [string, string],
        ),
        ...r.workers.map(
          (w) =>
            [
              `${w.n} worker(s)`,
              `${w.articlesPerSec.toFixed(1)} articles/s (${w.cpuMsPerArticle.toFixed(2)} ms CPU per article)`,
            ] as [string, string],
        ),
        ['scaling 2 vs 1', r.scaling ? `${r.scaling.toFixed(2)}×` : 'n/a'],
        [
          'ingest into SQLite',
          `${r.ingestSqlite.articlesPerSec.toFixed(1)} articles/s (${r.ingestSqlite.workers} workers)`,
        ],
        ['peak RSS, one coding thread', `${r.singleRssMb.toFixed(0)} MB`],
        ['peak RSS, whole run (2 workers + ingest)', `${r.peakRssMb.toFixed(0)} MB`],
      ];
      for (const [k2, v] of rows) process.stdout.write(`${k2.padEnd(32)} ${v}\n`);
      mkdirSync(dirname(opts.out), { recursive: true });
      writeFileSync(opts.out, `${JSON.stringify({ at: new Date().toISOString(), ...r }, null, 2)}\n`);
      process.stdout.write(`results written to ${opts.out}\n`);
    });
}
