/**
 * A publication date from meta or HTML → ISO date (YYYY-MM-DD) or date-time as given, or null
 * when it cannot be read. Never guesses from the clock.
 */
export function normalizePublished(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (iso) {
    if (!validDay(+iso[1], +iso[2], +iso[3])) return null;
    // an impossible clock time ("T25:99") keeps the day, not the time
    const clockOk = iso[4] && +iso[4] <= 23 && +iso[5] <= 59 && (iso[6] === undefined || +iso[6] <= 60);
    return clockOk ? v.replace(' ', 'T') : v.slice(0, 10);
  }
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

/** Strict check for the CLI's --published: YYYY-MM-DD or a full ISO date-time. */
export function isValidPublished(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    normalizePublished(value) === value.replace(' ', 'T')
  );
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
