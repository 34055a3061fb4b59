import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { evalGoldDir } from '../../eval/eval-gold.js';
import { runSuites } from '../../eval/suites.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { ParleyError } from '../../model/errors.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score parley against gold files (and the evaluation data sets beside them)')
    .argument('<goldDir>', 'folder of *.gold.json files')
    .option('--corpus <dir>', 'folder holding the gold articles (default: GOLD_DIR/../corpus)')
    .option('--data <dir>', 'folder of evaluation data sets (default: GOLD_DIR/../data when present)')
    .option('--only <names>', 'comma-separated data-set suites to run')
    .option('--no-data', 'skip the data-set suites')
    .option('--json', 'print JSON')
    .action(
      async (
        goldDir: string,
        opts: { corpus?: string; data?: string | boolean; only?: string; json?: boolean },
      ) => {
        if (!existsSync(goldDir)) throw new ParleyError('INPUT_NOT_FOUND', '', goldDir);
        const k = loadKnowledge();
        const corpus = opts.corpus ?? join(dirname(resolve(goldDir)), 'corpus');
        const gold = evalGoldDir(goldDir, corpus, k);
        const dataDir =
          opts.data === false
            ? null
            : typeof opts.data === 'string'
              ? opts.data
              : join(dirname(resolve(goldDir)), 'data');
        const suites = dataDir && existsSync(dataDir) ? await runSuites(dataDir, opts.only?.split(',')) : [];
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ gold, suites }, null, 2)}\n`);
          return;
        }
        const parts = ['article', 'actors', 'times', 'quotes', 'events', 'events_lenient'] as const;
        process.stdout.write(
          `${'doc'.padEnd(32)} ${parts.map((p) => p.slice(0, 8).padStart(8)).join(' ')}   score\n`,
        );
        for (const d of gold.docs) {
          process.stdout.write(
            `${d.doc.slice(0, 32).padEnd(32)} ${parts.map((p) => pct(d[p].f1).padStart(8)).join(' ')}   ${d.score.toFixed(3)}\n`,
          );
          for (const p of parts) {
            const part = d[p] as { misses?: string[]; extras?: string[]; failed?: string[] };
            for (const m of part.misses ?? part.failed ?? []) process.stdout.write(`    ${p}: missed ${m}\n`);
            for (const x of part.extras ?? []) process.stdout.write(`    ${p}: extra  ${x}\n`);
          }
        }
        if (gold.docs.length) {
          const macro = gold.docs.reduce((s, d) => s + d.score, 0) / gold.docs.length;
          process.stdout.write(`macro score over ${gold.docs.length} gold article(s): ${macro.toFixed(3)}\n`);
        }
        for (const m of gold.missing) process.stdout.write(`missing article for gold ${m}\n`);
        for (const s of suites) {
          if (s.skipped) process.stdout.write(`\n[${s.name}] skipped: ${s.skipped}\n`);
          else if (s.error) process.stdout.write(`\n[${s.name}] error: ${s.error}\n`);
          else {
            process.stdout.write(`\n[${s.name}]\n`);
            for (const [key, v] of Object.entries(s.result!))
              process.stdout.write(
                `  ${key.padEnd(28)} ${typeof v === 'number' ? (Number.isInteger(v) ? v : v.toFixed(3)) : v}\n`,
              );
          }
        }
      },
    );
}
