import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { isValidPublished } from '../../clean/published.js';
import { ingest } from '../../ingest/ingest.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { ParleyError } from '../../model/errors.js';
import { enqueueInputs } from '../../queue/enqueue.js';
import { openStore } from '../../store/index.js';
import { createProgress } from '../progress.js';

export const defaultDb = () => process.env.PARLEY_DB ?? './parley.db';

interface IngestCliOpts {
  db: string;
  workers?: string;
  recode?: boolean;
  published?: string;
  json?: boolean;
  allowPrivate?: boolean;
  queue?: string;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('code and store articles: files, directories, JSONL, URLs, RSS/Atom feeds, or - for stdin')
    .argument('<inputs...>', 'PATH | DIR | FILE.jsonl | URL | FEED | -')
    .option('--db <url>', 'SQLite file or postgres:// URL', defaultDb())
    .option('--workers <n>', 'coding worker threads (default: cores)')
    .option('--recode', 're-code articles already stored')
    .option('--published <date>', 'publication date for inputs that have none')
    .option('--allow-private', 'allow URLs on loopback/private addresses')
    .option('--json', 'print a JSON summary at the end')
    .option(
      '--queue <redis>',
      'enqueue the articles on a Redis queue for `parley worker`s instead of coding here',
    )
    .action(async (inputs: string[], opts: IngestCliOpts) => {
      if (opts.published && !isValidPublished(opts.published))
        throw new ParleyError('BAD_PUBLISHED', `"${opts.published}" is not YYYY-MM-DD`, '--published');
      if (opts.queue) {
        const progress = createProgress('enqueue');
        const summary = await enqueueInputs(inputs, {
          redis: opts.queue,
          recode: !!opts.recode,
          published: opts.published ?? null,
          fetch: { allowPrivate: !!opts.allowPrivate },
          onProgress: (s, last) =>
            progress.update(s.enqueued + s.duplicate + s.failed, null, `${last.outcome} ${last.input}`),
        });
        progress.stop();
        if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
        else
          process.stdout.write(
            `enqueued ${summary.enqueued} of ${summary.inputs} inputs (${summary.duplicate} already queued, ${summary.failed} unreadable, queued as failures) on ${opts.queue}\n`,
          );
        return;
      }
      const workers = opts.workers ? Number(opts.workers) : availableParallelism();
      if (!Number.isInteger(workers) || workers < 1)
        throw new ParleyError('BAD_REQUEST', `"${opts.workers}" is not a worker count`, '--workers');
      const store = await openStore(opts.db);
      const progress = createProgress('ingest');
      try {
        const summary = await ingest(store.db, inputs, loadKnowledge(), {
          workers,
          recode: !!opts.recode,
          published: opts.published ?? null,
          fetch: { allowPrivate: !!opts.allowPrivate },
          onProgress: (s, last) => {
            if (last.error) process.stderr.write(`\nparley: ${last.error}\n`);
            progress.update(
              s.inserted + s.updated + s.duplicate + s.failed,
              null,
              `${last.outcome} ${last.input}`,
            );
          },
        });
        progress.stop();
        if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
        else {
          const rate = ((summary.inserted + summary.updated) / (summary.ms / 1000)).toFixed(1);
          process.stdout.write(
            `ingested ${summary.inputs} inputs in ${(summary.ms / 1000).toFixed(1)} s: ${summary.inserted} new, ${summary.updated} re-coded, ${summary.duplicate} duplicates, ${summary.failed} failed (${rate} articles/s, ${workers} workers) → ${opts.db}\n`,
          );
        }
        if (summary.failed && summary.failed === summary.inputs) process.exitCode = 1;
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
