import type { EventKnowledge } from '../../knowledge/event-knowledge.js';
import type { ParleyEvent, PloverTypeT } from '../../model/record.js';
import { copyEvent } from './event-record.js';

/**
 * Status rules that say the source itself stated what it will do. Not "decided to": a decision
 * taken is the act set in motion ("decided to send troops" stays MOBILIZE, planned).
 */
const STATED = new Set([
  'status.future',
  'status.reported-would',
  'status.plan-to',
  'status.intend-to',
  'status.announce-to',
]);
/** Commitments proper: these make even a meeting a promise ("agreed to meet" → 036). */
const COMMITTED = new Set([
  'status.agree-to',
  'status.pledge-to',
  'status.promise-to',
  'status.vow-to',
  'status.offer-to',
  'status.ready-to',
]);
const ALREADY_VERBAL = new Set(['AGREE', 'THREATEN', 'REQUEST', 'REJECT', 'ACCUSE']);

/** The longest CAMEO prefix of `code` in `map`. */
export function byPrefix(map: ReadonlyMap<string, string>, code: string | null): string | null {
  if (!code) return null;
  for (let n = code.length; n >= 2; n--) {
    const hit = map.get(code.slice(0, n));
    if (hit) return hit;
  }
  return null;
}

/**
 * An act the source says it will carry out is, in CAMEO and PLOVER, a promise (AGREE, 03x) or a
 * threat (THREATEN, 13x): "Portugal will support Turkey's bid", "said they would boycott all
 * contact", "threatened to cut aid". The act itself stays in `act` with its own type and date.
 * Deadlines and schedules are not statements of intent ("is supposed to withdraw by May 1", "to
 * be held next month"): they keep the act with status planned, so timelines can follow them.
 * `conditional`: the act is tied to a condition on someone else ("… unless …"), an ultimatum.
 */
export function asStatedIntent(
  e: ParleyEvent,
  rule: string,
  conditional: boolean,
  ek: EventKnowledge,
  published: string | null,
): ParleyEvent {
  // "refused to meet", "will not release the prisoners": the refusal is the event (REJECT 12x)
  if ((rule === 'status.refused-to' || rule === 'status.will-not') && e.status === 'negated') {
    const code = e.type === 'REJECT' || e.type === 'REQUEST' ? null : byPrefix(ek.intent.reject, e.cameo);
    return code ? asStatement(e, 'REJECT', code, ek, published, 'intent.refusal') : e;
  }
  if (e.deadline || ALREADY_VERBAL.has(e.type)) return e;
  const threatened = rule === 'status.threaten-to' || rule === 'status.warn-to';
  const committed = COMMITTED.has(rule);
  if (!threatened && !committed && !STATED.has(rule)) return e;
  // "the mission will end on August 31": an act on a date of its own is a timetable, which the
  // timeline follows as planned, unless the source commits itself to it ("agreed to withdraw …").
  const dated = e.date_from === 'clause' && afterPublication(e, published);
  if (dated && !committed && !threatened) return e;
  const agreeCode = byPrefix(ek.intent.agree, e.cameo);
  const threatCode = byPrefix(ek.intent.threaten, e.cameo);
  let type: 'AGREE' | 'THREATEN';
  let cameo: string;
  if (threatened || (conditional && !committed)) {
    type = 'THREATEN';
    cameo = threatCode ?? (conditional ? '139' : '130');
  } else if (threatCode) {
    type = 'THREATEN';
    cameo = threatCode;
  } else if (agreeCode && (committed || e.type !== 'CONSULT')) {
    type = 'AGREE';
    cameo = agreeCode;
  } else return e;
  return asStatement(e, type, cameo, ek, published, `intent.${type === 'AGREE' ? 'promise' : 'threat'}`);
}

/** Is the event's date after the publication date (at the date's own precision)? */
const afterPublication = (e: ParleyEvent, published: string | null): boolean =>
  !!e.date && !!published && e.date > published.slice(0, e.date.length);

/**
 * The event recoded as a statement about its act (a promise, threat, refusal or demand): the
 * statement is made now, so it occurred; a later date is the act's ("will evacuate … in
 * mid-August"); the act keeps its own type, code, status and date in `act`.
 */
export function asStatement(
  e: ParleyEvent,
  type: PloverTypeT,
  cameo: string,
  ek: EventKnowledge,
  published: string | null,
  rule: string,
): ParleyEvent {
  const plover = ek.cameoByCode.get(cameo)?.plover;
  const later = afterPublication(e, published);
  const out = copyEvent(e);
  out.type = type;
  out.cameo = cameo;
  out.mode = plover?.mode ?? null;
  out.context = plover?.context.length ? [...plover.context] : [...e.context];
  out.status = 'occurred';
  out.time = later ? null : e.time;
  out.date = later && published ? published.slice(0, 10) : e.date;
  out.date_from = later ? 'published' : e.date_from;
  out.act = { type: e.type, cameo: e.cameo, status: e.status, date: e.date, time: e.time };
  out.reason = `${e.reason ?? ''} ${rule}`.trim();
  return out;
}
