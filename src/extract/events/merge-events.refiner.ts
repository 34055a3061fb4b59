import type { Actor, ParleyEvent } from '../../model/record.js';
import { copyEvent } from './event-record.js';

const DATE_RANK = { clause: 3, sentence: 2, published: 1, none: 0 } as const;

/**
 * One event per fact per article: the headline, the lede and the body often report the same
 * event. Events of one type whose source and target codes are compatible (equal or one more
 * specific, or one side missing) merge; the one with the better date and more actors stays.
 */
export function mergeEvents(events: readonly ParleyEvent[], actors: readonly Actor[]): ParleyEvent[] {
  const code = new Map(actors.map((a) => [a.id, a.code ?? a.id]));
  const codes = (ids: readonly string[]) => ids.map((id) => code.get(id) ?? id);
  const compatible = (a: readonly string[], b: readonly string[]) => {
    if (!a.length || !b.length) return true;
    const ca = codes(a);
    const cb = codes(b);
    const fits = (x: string, y: string) => x.startsWith(y) || y.startsWith(x);
    return ca.some((x) => cb.some((y) => fits(x, y)));
  };
  // A side the other report names more exactly wins: "Afghan talks" (AFG) and "talks between
  // the Afghan government and the Taliban" (AFGGOV, TAL) merge to the latter.
  const finer = (keep: readonly string[], drop: readonly string[]) => {
    if (!keep.length) return [...drop];
    const ck = codes(keep);
    const cd = codes(drop);
    const refines = ck.every((x) => cd.some((y) => y.length > x.length && y.startsWith(x)));
    return refines ? [...drop] : [...keep];
  };
  const score = (e: ParleyEvent) =>
    DATE_RANK[e.date_from ?? 'none'] * 10 +
    (e.deadline ? 5 : 0) +
    e.source.length +
    e.target.length +
    e.confidence;
  // Two reports of one fact agree on when and whether it happened: "left on August 30" and
  // "would leave by May 1" are two events, however alike their actors.
  const own = (e: ParleyEvent) => e.date_from === 'clause' || e.date_from === 'sentence';
  const sameTime = (a: ParleyEvent, b: ParleyEvent) => !(own(a) && own(b) && a.date !== b.date);
  const settled = (e: ParleyEvent) => e.status === 'occurred' || e.status === 'ongoing';
  const sameStatus = (a: ParleyEvent, b: ParleyEvent) =>
    settled(a) === settled(b) && (a.status === 'negated') === (b.status === 'negated');
  const out: ParleyEvent[] = [];
  for (const e of events) {
    const i = out.findIndex(
      (o) =>
        o.type === e.type &&
        sameTime(o, e) &&
        sameStatus(o, e) &&
        compatible(o.source, e.source) &&
        compatible(o.target, e.target) &&
        o.source.length + e.source.length > 0 &&
        (o.target.length || e.target.length ? true : o.source.join() === e.source.join()),
    );
    if (i < 0) {
      out.push(e);
      continue;
    }
    const [keep, drop] = score(e) > score(out[i]) ? [e, out[i]] : [out[i], e];
    const merged = copyEvent(keep);
    merged.source = finer(keep.source, drop.source);
    merged.target = finer(keep.target, drop.target);
    merged.place = keep.place ?? drop.place;
    merged.mode = keep.mode ?? drop.mode;
    out[i] = merged;
  }
  return out.map((e, k) => {
    const numbered = copyEvent(e);
    numbered.id = `e${k + 1}`;
    return numbered;
  });
}
