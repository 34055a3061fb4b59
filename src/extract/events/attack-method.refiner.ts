import type { ParleyEvent } from '../../model/record.js';
import { copyEvent } from './event-record.js';

/** Triggers that say someone was harmed without saying how. */
const HARM = /^assault\.(kill|killing-of|wound|attack|attack-on|attack-noun|attack-target)$/;
/** CAMEO codes that name the means: abduction, bombing, assassination, artillery, air strikes, WMD. */
const METHOD = /^(18[1-6]|19[3-6]|20)/;

/** Does the CAMEO code name the means of an attack? */
export const isAttackMeans = (cameo: string | null) => METHOD.test(cameo ?? '');

const disjoint = (a: readonly string[], b: readonly string[]) =>
  a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));

/**
 * "wounded two British soldiers in a bomb attack", "a roadside bombing killed one U.S. soldier":
 * the harm and the means are one attack. CAMEO codes it by its means (183, 1833), so the harm
 * event takes the means' code and mode and the missing side from it, and the means' event goes.
 */
export function foldAttackMethods(events: readonly ParleyEvent[]): ParleyEvent[] {
  const dropped = new Set<ParleyEvent>();
  const folded: ParleyEvent[] = [];
  for (const h of events) folded.push(foldOne(events, h, dropped));
  const out: ParleyEvent[] = [];
  for (const e of folded) if (!dropped.has(e) && !e.reason?.includes('means-only')) out.push(e);
  return out;
}

/** The harm event `h` with the means of an attack in its sentence folded in (that event dropped), else `h`. */
function foldOne(events: readonly ParleyEvent[], h: ParleyEvent, dropped: Set<ParleyEvent>): ParleyEvent {
  if (h.type !== 'ASSAULT' || !HARM.test(h.reason?.split(' ')[0] ?? '')) return h;
  const m = events.find(
    (x) =>
      x !== h &&
      !dropped.has(x) &&
      x.type === 'ASSAULT' &&
      METHOD.test(x.cameo ?? '') &&
      x.evidence.sentence.start === h.evidence.sentence.start &&
      x.status === h.status &&
      !disjoint(h.source, x.source) &&
      !disjoint(h.target, x.target),
  );
  if (!m) return h;
  dropped.add(m);
  const out = copyEvent(h);
  out.cameo = m.cameo;
  out.mode = m.mode;
  out.source = h.source.length ? h.source : m.source;
  out.target = h.target.length ? h.target : m.target;
  out.reason = `${h.reason} means.${m.reason?.split(' ')[0] ?? ''}`;
  return out;
}
