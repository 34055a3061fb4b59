const DAY = 86_400_000;

/**
 * A TIMEX3-style date value as a time (ms, UTC) to place on an axis: days exactly, coarser
 * values (`2021-W10`, `2021-05`, `2021-Q2`, `2021`) at their middle; null for anything else.
 */
export function dateMs(value: string | null | undefined): number | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3]);
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    return monday + ((+m[2] - 1) * 7 + 3) * DAY;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return Date.UTC(+m[1], +m[2] - 1, 15);
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return Date.UTC(+m[1], +m[2] * 3 - 2, 15);
  m = /^(\d{4})$/.exec(value);
  if (m) return Date.UTC(+m[1], 6, 1);
  return null;
}

/** ISO day of a time. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Axis ticks: month starts for spans under ~3 years, else years; at most ~14 labels. */
export function ticks(from: number, to: number): { ms: number; label: string }[] {
  const out: { ms: number; label: string }[] = [];
  const years = (to - from) / (365 * DAY);
  const d = new Date(from);
  if (years <= 3) {
    const step = Math.max(1, Math.ceil((years * 12) / 14));
    let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    while (t <= to) {
      const x = new Date(t);
      out.push({ ms: t, label: isoDay(t).slice(0, 7) });
      t = Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + step, 1);
    }
  } else {
    const step = Math.max(1, Math.ceil(years / 14));
    for (let y = d.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= to; y += step)
      out.push({ ms: Date.UTC(y, 0, 1), label: String(y) });
  }
  return out;
}
