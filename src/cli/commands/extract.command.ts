import type { Command } from 'commander';
import { isValidPublished } from '../../clean/published.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { describeError, ParleyError } from '../../model/errors.js';
import type { ParleyRecord } from '../../model/record.js';
import { codeArticle } from '../../pipeline/code-article.js';
import { readInputs } from '../../source/read-inputs.js';
import { formatPretty } from '../pretty.js';

interface ExtractOpts {
  published?: string;
  format: 'json' | 'jsonl' | 'pretty';
  allowPrivate?: boolean;
  timeout: string;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the parley.record/1 of an article (file, directory, JSONL, URL, or - for stdin)')
    .argument('<input>', 'FILE | DIR | FILE.jsonl | URL | -')
    .option('--published <date>', 'publication date (YYYY-MM-DD) that relative times resolve against')
    .option('--format <format>', 'json | jsonl | pretty', 'json')
    .option('--allow-private', 'allow URLs on loopback/private addresses')
    .option('--timeout <ms>', 'URL fetch timeout in ms', '15000')
    .action(async (input: string, opts: ExtractOpts) => {
      if (opts.published && !isValidPublished(opts.published)) {
        throw new ParleyError('BAD_PUBLISHED', `"${opts.published}" is not YYYY-MM-DD`, '--published');
      }
      if (!['json', 'jsonl', 'pretty'].includes(opts.format)) {
        throw new ParleyError(
          'BAD_REQUEST',
          `unknown format "${opts.format}" (json, jsonl, pretty)`,
          '--format',
        );
      }
      const knowledge = loadKnowledge();
      let ok = 0;
      let failed = 0;
      let lastError: unknown = null;
      const records: ParleyRecord[] = [];
      for await (const item of readInputs(input, {
        allowPrivate: !!opts.allowPrivate,
        timeoutMs: Number(opts.timeout),
      })) {
        if (item instanceof ParleyError) {
          failed++;
          lastError = item;
          process.stderr.write(`parley: ${describeError(item)}\n`);
          continue;
        }
        try {
          const rec = codeArticle(item, knowledge, { published: opts.published ?? null });
          ok++;
          if (opts.format === 'json') records.push(rec);
          else
            process.stdout.write(opts.format === 'pretty' ? formatPretty(rec) : `${JSON.stringify(rec)}\n`);
        } catch (e) {
          failed++;
          lastError = e;
          process.stderr.write(`parley: ${describeError(e, item.input)}\n`);
        }
      }
      if (opts.format === 'json') {
        // One article: one JSON object. Several: JSONL, so the output stays one record per line.
        if (records.length === 1) process.stdout.write(`${JSON.stringify(records[0], null, 2)}\n`);
        else for (const r of records) process.stdout.write(`${JSON.stringify(r)}\n`);
      }
      if (ok === 0 && lastError) process.exitCode = 1;
      else if (failed) process.exitCode = 2;
    });
}
