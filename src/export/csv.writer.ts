import { CSV_COLUMNS, csvField, csvLine, csvRow } from './csv-format.js';
import type { ExportContext, ExportEvent } from './types.js';

export { CSV_COLUMNS, csvField };

/**
 * CSV (RFC 4180: header row, CRLF, minimal quoting), one row per event; actor codes
 * space-joined, `deadline` as true/false. Reads back with R's read.csv and pandas.read_csv.
 */
export async function* csvWriter(
  rows: AsyncIterable<ExportEvent>,
  _ctx?: ExportContext,
): AsyncIterable<string> {
  yield csvLine(CSV_COLUMNS);
  for await (const r of rows) yield csvRow(r);
}
