import { csvField } from './csv-field.js';
import type { ExportContext, ExportEvent } from './types.js';

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'article_id',
  'event_id',
  'date',
  'type',
  'mode',
  'cameo',
  'status',
  'deadline',
  'source_codes',
  'target_codes',
  'place_name',
  'country',
  'lat',
  'lon',
  'trigger_text',
  'sentence_start',
  'sentence_end',
  'article_url',
  'article_title',
  'act_type',
  'act_cameo',
  'act_status',
  'act_date',
] as const;

export { csvField };

/** One RFC 4180 record line (CRLF-terminated). */
export const csvLine = (fields: readonly (string | number | boolean | null | undefined)[]): string =>
  `${fields.map((f) => csvField(f)).join(',')}\r\n`;

/**
 * CSV (RFC 4180: header row, CRLF, minimal quoting), one row per event; actor codes
 * space-joined, `deadline` as true/false. Reads back with R's read.csv and pandas.read_csv.
 */
export async function* csvWriter(
  rows: AsyncIterable<ExportEvent>,
  _ctx?: ExportContext,
): AsyncIterable<string> {
  yield csvLine(CSV_COLUMNS);
  for await (const r of rows) {
    yield csvLine([
      r.article_id,
      r.event_id,
      r.date,
      r.type,
      r.mode,
      r.cameo,
      r.status,
      r.deadline,
      r.source_codes.join(' '),
      r.target_codes.join(' '),
      r.place_name,
      r.country,
      r.lat,
      r.lon,
      r.trigger_text,
      r.sentence_start,
      r.sentence_end,
      r.article_url,
      r.article_title,
      r.act_type,
      r.act_cameo,
      r.act_status,
      r.act_date,
    ]);
  }
}
