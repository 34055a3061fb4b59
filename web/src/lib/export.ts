import { CSV_COLUMNS, csvLine, csvRow } from '../../../src/export/csv-format.js';
import type { EventRow } from '../types.js';

/**
 * RFC 4180 CSV of event rows, in the columns of `parley export --format csv`. Downloads are
 * opened in spreadsheets: cells that look like formulas are guarded.
 */
export function toCsv(rows: readonly EventRow[]): string {
  return csvLine(CSV_COLUMNS) + rows.map((r) => csvRow(r, true)).join('');
}

/** One JSON object per line. */
export function toJsonl(rows: readonly EventRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}

/** Saves `content` as a file through a temporary object URL. */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
