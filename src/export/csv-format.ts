// The CSV format, shared by the CLI/API export and the web page's download, so a file from either
// reads into the same R or pandas code. Pure: no Node imports.

/** The columns, in order: one row per event, named as the API's event fields. */
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
  'article_published',
  'act_type',
  'act_cameo',
  'act_status',
  'act_date',
] as const;

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF, or starts or ends with
 * a space (so readers that trim do not change it); quotes doubled. Null is an empty field, a list
 * is space-joined. `guardFormulas` (for files people open in a spreadsheet, not for data read by
 * R or pandas): text starting with = + - @ or a tab gets a leading apostrophe so it is not run as
 * a formula.
 */
export function csvField(value: unknown, guardFormulas = false): string {
  if (value === null || value === undefined) return '';
  const s = Array.isArray(value) ? value.join(' ') : String(value);
  const safe = guardFormulas && typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One RFC 4180 record line (CRLF-terminated). */
export const csvLine = (fields: readonly unknown[], guardFormulas = false): string =>
  `${fields.map((f) => csvField(f, guardFormulas)).join(',')}\r\n`;

/** The line of one event row, its fields in CSV_COLUMNS order. */
export const csvRow = (
  row: Readonly<Partial<Record<(typeof CSV_COLUMNS)[number], unknown>>>,
  guardFormulas = false,
) =>
  csvLine(
    CSV_COLUMNS.map((c) => row[c]),
    guardFormulas,
  );
