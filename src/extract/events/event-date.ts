import type { EventStatusT, Time } from '../../model/record.js';

export interface EventDate {
  /** The id of the time the date is from. */
  readonly time: string | null;
  readonly date: string | null;
  readonly from: 'clause' | 'sentence' | 'published' | 'none';
  readonly deadline: boolean;
}

/**
 * A calendar time at one place it occurs. One shape for every time: the times stage's vary
 * (optional fields), and V8 recompiles the date search when the shapes it sees vary.
 */
export interface TimeSpot {
  readonly id: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly deadline: boolean;
}

const isCalendar = (v: string) => /^\d{4}/.test(v);

const spot = (t: Time, start: number, end: number): TimeSpot => ({
  id: t.id,
  value: t.value,
  start,
  end,
  deadline: !!t.deadline,
});

/** The article's calendar dates and times, each at every place it occurs (a merged time has several). */
export function timeSpots(times: readonly Time[]): TimeSpot[] {
  const out: TimeSpot[] = [];
  for (const t of times) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !isCalendar(t.value)) continue;
    out.push(spot(t, t.start, t.end));
    for (const m of t.mentions ?? []) out.push(spot(t, m.start, m.end));
  }
  return out;
}

/**
 * The event's date: the time expression in the trigger's clause (nearest the trigger), else a
 * calendar time in its sentence, else the publication date. A planned event with no time of
 * its own gets no date rather than the publication date, which would be wrong.
 */
export function eventDate(
  spots: readonly TimeSpot[],
  clause: [number, number],
  sentence: [number, number],
  trigger: number,
  status: EventStatusT,
  published: string | null,
  otherTriggers: readonly number[] = [],
): EventDate {
  // A deadline ("by May 1") belongs to the act it follows, not to one before another trigger:
  // in "agreed … in exchange for a withdrawal by May 1" it is the withdrawal's.
  const ownDeadline = (t: TimeSpot) =>
    !t.deadline || (t.start > trigger && !otherTriggers.some((h) => h > trigger && h < t.start));
  const usable = spots.filter(ownDeadline);
  const nearest = (list: TimeSpot[]) =>
    list.sort((a, b) => Math.abs(a.start - trigger) - Math.abs(b.start - trigger))[0];
  const inClause = usable.filter((t) => t.start >= clause[0] && t.end <= clause[1]);
  if (inClause.length) {
    const t = nearest(inClause);
    return { time: t.id, date: t.value, from: 'clause', deadline: t.deadline };
  }
  if (status !== 'planned') {
    const inSentence = usable.filter((t) => t.start >= sentence[0] && t.end <= sentence[1] && !t.deadline);
    if (inSentence.length) {
      const t = nearest(inSentence);
      return { time: t.id, date: t.value, from: 'sentence', deadline: false };
    }
    if (published) return { time: null, date: published, from: 'published', deadline: false };
  }
  return { time: null, date: null, from: 'none', deadline: false };
}
