// One CSV cell, shared by the CLI/API export and the web page's download. Pure: no Node imports.

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
