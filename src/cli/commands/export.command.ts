import { createWriteStream, existsSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormatName, exportLines, writeLines } from '../../export/index.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { ParleyError } from '../../model/errors.js';
import { EventsQuerySchema } from '../../server/schemas.js';
import { type EventFilter, openStore, type Store } from '../../store/index.js';

const defaultDb = () => process.env.PARLEY_DB ?? './parley.db';

/** Opens an existing store for reading: a SQLite file that does not exist is an error, not a new file. */
export async function openExistingStore(url: string): Promise<Store> {
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  if (!/^postgres(ql)?:\/\//i.test(url) && file !== ':memory:' && !existsSync(file)) {
    throw new ParleyError(
      'INPUT_NOT_FOUND',
      'no parley database here (create one with `parley ingest`)',
      url,
    );
  }
  return openStore(url);
}

/** The event filter options shared by `parley export` and `parley query events`. */
export interface FilterOpts {
  actor?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
  country?: string;
  q?: string;
  article?: string;
}

/** Adds the event filter options to a command. */
export function withFilterOptions(cmd: Command): Command {
  return cmd
    .option('--actor <code>', 'actor code prefix (TAL matches TAL, TALMIL)')
    .option('--type <types>', 'PLOVER type(s), comma-separated')
    .option('--status <statuses>', 'occurred, ongoing, planned, hypothetical, negated (comma-separated)')
    .option('--from <date>', 'earliest date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'latest date, inclusive at its precision')
    .option('--country <iso3>', "country of the event's place")
    .option('--q <text>', 'text in the trigger, the sentence or the title')
    .option('--article <id>', 'only the events of this article');
}

/** The filter options, validated exactly as the HTTP API validates them (BAD_REQUEST names the option). */
export function parseFilters(opts: FilterOpts): EventFilter {
  const raw = Object.fromEntries(
    (['actor', 'type', 'status', 'from', 'to', 'country', 'q', 'article'] as const)
      .filter((k) => opts[k] !== undefined)
      .map((k) => [k, opts[k] as string]),
  );
  const parsed = EventsQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ParleyError(
      'BAD_REQUEST',
      issue?.message ?? 'invalid filter',
      `--${String(issue?.path[0] ?? 'filter')}`,
    );
  }
  const { limit: _limit, cursor: _cursor, ...filter } = parsed.data;
  return filter;
}

interface ExportOpts extends FilterOpts {
  format: string;
  db: string;
  output?: string;
  header?: boolean;
}

/** `parley export --format jsonl|csv|gdelt|icews|plover`: every matching event, streamed. */
export function registerExport(program: Command): void {
  const formats = Object.keys(EXPORT_FORMATS);
  withFilterOptions(
    program
      .command('export')
      .description('stream stored events as jsonl, csv, gdelt, icews or plover (constant memory)')
      .option('--format <format>', formats.join(' | '), 'jsonl')
      .option('--db <url>', 'SQLite file or postgres:// URL', defaultDb())
      .option('-o, --output <file>', 'write to FILE instead of stdout')
      .option('--header', 'gdelt: write a header line (GDELT files have none)'),
  ).action(async (opts: ExportOpts) => {
    if (!formats.includes(opts.format)) {
      throw new ParleyError(
        'BAD_REQUEST',
        `unknown format "${opts.format}" (${formats.join(', ')})`,
        '--format',
      );
    }
    const filter = parseFilters(opts);
    const store = await openExistingStore(opts.db);
    const out = opts.output ? createWriteStream(opts.output) : process.stdout;
    try {
      const lines = exportLines(store.db, opts.format as ExportFormatName, filter, {
        knowledge: loadKnowledge(),
        header: !!opts.header,
      });
      const n = await writeLines(lines, out);
      if (opts.output) {
        out.end();
        await finished(out);
        process.stderr.write(`parley: exported ${n} lines (${opts.format}) → ${opts.output}\n`);
      }
    } catch (e) {
      // A closed pipe (`parley export | head`) ends the export quietly.
      if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
    } finally {
      await store.close();
    }
  });
}
