import type { EventStatusT, Time } from '../../model/record.js';

export interface EventDate {
  readonly time: Time | null;
  readonly date: string | null;
  readonly from: 'clause' | 'sentence' | 'published' | 'none';
  readonly deadline: boolean;
}

const isCalendar = (v: string) => /^\d{4}/.test(v);

/**
 * The event's date: the time expression in the trigger's clause (nearest the trigger), else a
 * calendar time in its sentence, else the publication date. A planned event with no time of
 * its own gets no date rather than the publication date, which would be wrong.
 */
export function eventDate(
  times: readonly Time[],
  clause: [number, number],
  sentence: [number, number],
  trigger: number,
  status: EventStatusT,
  published: string | null,
  otherTriggers: readonly number[] = [],
): EventDate {
  // A merged time stands at each of its mentions: test every place it occurs.
  // A deadline ("by May 1") belongs to the act it follows, not to one before another trigger:
  // in "agreed … in exchange for a withdrawal by May 1" it is the withdrawal's.
  const ownDeadline = (t: Time) =>
    !t.deadline || (t.start > trigger && !otherTriggers.some((h) => h > trigger && h < t.start));
  const usable = times
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && isCalendar(t.value))
    .flatMap((t) => [t, ...(t.mentions ?? []).map((m) => ({ ...t, start: m.start, end: m.end }))])
    .filter(ownDeadline);
  const nearest = (list: Time[]) =>
    list.sort((a, b) => Math.abs(a.start - trigger) - Math.abs(b.start - trigger))[0];
  const inClause = usable.filter((t) => t.start >= clause[0] && t.end <= clause[1]);
  if (inClause.length) {
    const t = nearest(inClause);
    return {
      time: times.find((x) => x.id === t.id) ?? t,
      date: t.value,
      from: 'clause',
      deadline: !!t.deadline,
    };
  }
  if (status !== 'planned') {
    const inSentence = usable.filter((t) => t.start >= sentence[0] && t.end <= sentence[1] && !t.deadline);
    if (inSentence.length) {
      const t = nearest(inSentence);
      return {
        time: times.find((x) => x.id === t.id) ?? t,
        date: t.value,
        from: 'sentence',
        deadline: false,
      };
    }
    if (published) return { time: null, date: published, from: 'published', deadline: false };
  }
  return { time: null, date: null, from: 'none', deadline: false };
}
