import type { EventStatusT } from '../model/record.js';

/** Number of member events per status. */
export type StatusCounts = Partial<Record<EventStatusT, number>>;

/**
 * The status of several reports of one happening: occurred beats ongoing beats planned (a
 * planned event later reported as done is done); hypothetical or negated only when every report
 * is one of them (the more frequent of the two; a tie is hypothetical).
 */
export function mergeStatus(counts: StatusCounts): EventStatusT {
  for (const s of ['occurred', 'ongoing', 'planned'] as const) if ((counts[s] ?? 0) > 0) return s;
  return (counts.negated ?? 0) > (counts.hypothetical ?? 0) ? 'negated' : 'hypothetical';
}

/** Counts the statuses of rows. */
export function countStatuses(rows: readonly { status: string }[]): StatusCounts {
  const counts: StatusCounts = {};
  for (const r of rows) {
    const s = r.status as EventStatusT;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}
