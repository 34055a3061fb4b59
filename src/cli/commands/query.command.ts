import type { Command } from 'commander';
import pc from 'picocolors';
import { ParleyError } from '../../model/errors.js';
import { type EventRow, queryActors, queryEvents } from '../../store/index.js';
import { type FilterOpts, openExistingStore, parseFilters, withFilterOptions } from './export.command.js';

const defaultDb = () => process.env.PARLEY_DB ?? './parley.db';

interface QueryOpts extends FilterOpts {
  db: string;
  json?: boolean;
  limit: string;
  cursor?: string;
  code?: string;
}

/** Cells cut to `width` with an ellipsis, so one row stays one line. */
const cut = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);

/** A plain-text table: a bold header, columns padded to their widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return `${[pc.bold(line(header)), ...rows.map(line)].join('\n')}\n`;
}

function eventCells(e: EventRow): string[] {
  const codes = (c: string[]) => c.join('+') || '–';
  return [
    e.date ?? '',
    e.mode ? `${e.type}/${e.mode}` : e.type,
    e.cameo ?? '',
    e.deadline ? `${e.status}!` : e.status,
    cut(`${codes(e.source_codes)} → ${codes(e.target_codes)}`, 32),
    cut(e.place_name ?? '', 18),
    cut(e.trigger_text, 24),
    cut(e.article_id, 28),
  ];
}

function limitOf(value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new ParleyError('BAD_REQUEST', `"${value}" is not a number from 1 to ${max}`, '--limit');
  return n;
}

/** `parley query events|actors [filters] [--json]`: a readable table, or the API's JSON. */
export function registerQuery(program: Command): void {
  withFilterOptions(
    program
      .command('query')
      .description('list stored events (with filters) or actors, as a table or --json')
      .argument('<what>', 'events | actors')
      .option('--db <url>', 'SQLite file or postgres:// URL', defaultDb())
      .option('--limit <n>', 'at most this many rows', '50')
      .option('--cursor <cursor>', 'events: the next page (printed after a full page)')
      .option('--code <prefix>', 'actors: code prefix')
      .option('--json', 'print JSON as the HTTP API returns it'),
  ).action(async (what: string, opts: QueryOpts) => {
    if (what !== 'events' && what !== 'actors') {
      throw new ParleyError('BAD_REQUEST', `unknown "${what}" (events, actors)`, 'query');
    }
    const filter = what === 'events' ? parseFilters(opts) : {};
    const store = await openExistingStore(opts.db);
    try {
      if (what === 'events') {
        const page = await queryEvents(store.db, {
          ...filter,
          limit: limitOf(opts.limit, 5000),
          cursor: opts.cursor ?? null,
        });
        if (opts.json) return void process.stdout.write(`${JSON.stringify(page)}\n`);
        const header = ['date', 'type', 'cameo', 'status', 'source → target', 'place', 'trigger', 'article'];
        process.stdout.write(formatTable(header, page.events.map(eventCells)));
        process.stderr.write(
          pc.dim(`${page.events.length} events${page.next ? `; more: --cursor ${page.next}` : ''}\n`),
        );
      } else {
        const actors = await queryActors(store.db, {
          q: opts.q,
          code: opts.code,
          limit: limitOf(opts.limit, 1000),
        });
        if (opts.json) return void process.stdout.write(`${JSON.stringify({ actors })}\n`);
        const rows = actors.map((a) => [
          a.code,
          cut(a.name, 40),
          a.kind,
          a.country ?? '',
          String(a.articles),
          String(a.mentions),
        ]);
        process.stdout.write(formatTable(['code', 'name', 'kind', 'country', 'articles', 'mentions'], rows));
        process.stderr.write(pc.dim(`${actors.length} actors\n`));
      }
    } finally {
      await store.close();
    }
  });
}
