import { csvField } from '../../../src/export/csv-field.js';
import type { EventRow } from '../types.js';

/** The columns of the CSV download, in order. */
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
  'article_title',
  'article_published',
  'article_url',
] as const;

/** Downloads are opened in spreadsheets: cells that look like formulas are guarded. */
const cell = (v: unknown): string => csvField(v, true);

/** RFC 4180 CSV of event rows. */
export function toCsv(rows: readonly EventRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows)
    lines.push(CSV_COLUMNS.map((c) => cell((r as unknown as Record<string, unknown>)[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
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
