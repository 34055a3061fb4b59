import { once } from 'node:events';
import type { Kysely } from 'kysely';
import { type Database, type EventFilter, streamEvents } from '../store/index.js';
import { csvWriter } from './csv.writer.js';
import { withDetails } from './enrich.js';
import { gdeltWriter } from './gdelt.writer.js';
import { icewsWriter } from './icews.writer.js';
import { jsonlWriter } from './jsonl.writer.js';
import { ploverWriter } from './plover.writer.js';
import type { ExportContext, ExportWriter } from './types.js';

export { CSV_COLUMNS } from './csv.writer.js';
export { withDetails } from './enrich.js';
export { GDELT_COLUMNS } from './gdelt.writer.js';
export { ICEWS_COLUMNS } from './icews.writer.js';
export type { ActorInfo, ExportContext, ExportEvent, ExportWriter } from './types.js';

/** An export format: its writer and whether it needs the actor/place details. */
export interface ExportFormat {
  readonly write: ExportWriter;
  readonly details: boolean;
  readonly description: string;
}

/** Every export format by name. */
export const EXPORT_FORMATS = {
  jsonl: { write: jsonlWriter, details: false, description: 'events as JSON lines (the /v1/events rows)' },
  csv: { write: csvWriter, details: false, description: 'RFC 4180 CSV, one row per event' },
  gdelt: {
    write: gdeltWriter,
    details: true,
    description: 'GDELT 2.0 event table, 61 tab-separated columns',
  },
  icews: { write: icewsWriter, details: true, description: 'ICEWS event file columns, tab-separated' },
  plover: { write: ploverWriter, details: true, description: 'PLOVER/POLECAT-style JSON lines' },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

/** The lines of an export of every stored event matching `filter`, streamed from the store. */
export function exportLines(
  db: Kysely<Database>,
  format: ExportFormatName,
  filter: EventFilter,
  ctx: ExportContext,
): AsyncIterable<string> {
  const spec: ExportFormat = EXPORT_FORMATS[format];
  const rows = streamEvents(db, filter);
  return spec.write(spec.details ? withDetails(db, rows) : rows, ctx);
}

/**
 * Writes lines to a stream in chunks of about 64 KB, waiting for 'drain' when the stream is
 * full (constant memory however many lines). Returns the number of lines written; a stream
 * error (EPIPE when the reader went away) is thrown.
 */
export async function writeLines(lines: AsyncIterable<string>, out: NodeJS.WritableStream): Promise<number> {
  let failed: Error | null = null;
  const onError = (e: Error) => {
    failed = e;
  };
  out.on('error', onError);
  let chunk = '';
  let n = 0;
  const flush = async () => {
    if (failed) throw failed;
    if (chunk && !out.write(chunk)) await once(out, 'drain');
    chunk = '';
  };
  try {
    for await (const line of lines) {
      chunk += line;
      n++;
      if (chunk.length >= 65_536) await flush();
    }
    await flush();
  } finally {
    out.off('error', onError);
  }
  return n;
}
