import type { AggregateRow } from './codes.js';
import { inDateRange } from './dates.js';

/** Which rows an aggregate view covers; every field optional, combined with AND. */
export interface RowFilter {
  /** Actor code prefix on either side (`RUS` matches RUS and RUSGOV), as in the store's filter. */
  readonly actor?: string;
  /** Two actor code prefixes that must both take part in the event (either side, different codes). */
  readonly pair?: readonly [string, string];
  /** PLOVER type. */
  readonly type?: string;
  /** Earliest date, inclusive. */
  readonly from?: string;
  /** Latest date, inclusive at its own precision. */
  readonly to?: string;
}

const norm = (code: string | undefined) => code?.trim().toUpperCase() ?? '';

/** The rows `filter` keeps, in their order. */
export function filterRows<R extends AggregateRow>(rows: readonly R[], filter: RowFilter): R[] {
  const actor = norm(filter.actor);
  const pair = filter.pair ? ([norm(filter.pair[0]), norm(filter.pair[1])] as const) : null;
  const type = norm(filter.type);
  return rows.filter((r) => {
    if (type && r.type !== type) return false;
    if (!inDateRange(r.date, filter.from, filter.to)) return false;
    const codes = [...r.source_codes, ...r.target_codes];
    if (actor && !codes.some((c) => c.startsWith(actor))) return false;
    if (
      pair &&
      !codes.some((a, i) => a.startsWith(pair[0]) && codes.some((b, j) => j !== i && b.startsWith(pair[1])))
    ) {
      return false;
    }
    return true;
  });
}
