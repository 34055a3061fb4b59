import type { EventKnowledge } from '../../knowledge/event-knowledge.js';
import type { ParleyEvent } from '../../model/record.js';
import type { ActorMention } from '../actors/actor-mention.js';
import { type SlotContext, subjectOf } from './slots.js';
import { asStatement, byPrefix } from './stated-intent.js';

/** Verbs that report what someone said ought to happen. */
const SPEECH = new Set([
  'say',
  'declare',
  'insist',
  'tell',
  'state',
  'stress',
  'warn',
  'add',
  'reiterate',
  'argue',
  'announce',
  'maintain',
  'write',
  'emphasize',
  'emphasise',
  'conclude',
  'repeat',
  'signal',
]);
const STOP = new Set([';', ':', '.']);

/** "X said Y must Z": who demands, of whom, from the modal at `modal`. */
export interface ReportedDemand {
  /** Word index of the modal ("must", "should", "has" of "has to"). */
  readonly modal: number;
  /** The actors who must act. */
  readonly obliged: ActorMention[];
  /** The actors who say they must. */
  readonly speaker: ActorMention[];
  /** "must", "has to" (a demand, CAMEO 10) rather than "should", "needs to" (an appeal, 02). */
  readonly strong: boolean;
}

/** The obligation at word `i`, if any: its strength. */
function obligationAt(cx: SlotContext, i: number): boolean | null {
  const w = cx.words[i];
  const next = cx.words[i + 1];
  if (w.lower === 'must') return true;
  if (w.lower === 'should' || w.lower === 'ought') return false;
  if ((w.lemma === 'have' || w.lower === 'has') && next?.lower === 'to' && verbAt(cx, i + 2)) return true;
  if (w.lemma === 'need' && next?.lower === 'to' && verbAt(cx, i + 2)) return false;
  return null;
}

const verbAt = (cx: SlotContext, i: number) => i < cx.words.length && cx.words[i].pos === 'VERB';

/** The one who reports the obligation: "X said (that) …", "…, X said", "…, said X", a quote's speaker. */
function speakerOf(cx: SlotContext, modal: number, quoted: ActorMention[] | null): ActorMention[] {
  const { words } = cx;
  if (quoted?.length) return quoted;
  for (let j = modal - 1; j >= 0; j--) {
    if (STOP.has(words[j].lower)) break;
    if (words[j].pos === 'VERB' && SPEECH.has(words[j].lemma)) {
      const s = subjectOf(cx, j);
      if (s.length) return s;
    }
  }
  for (let j = modal + 1; j < words.length; j++) {
    if (STOP.has(words[j].lower)) break;
    if (words[j].pos !== 'VERB' || !SPEECH.has(words[j].lemma) || words[j - 1]?.lower === 'to') continue;
    // ", said Defence Minister X" — the speaker follows the verb
    if (words[j - 1]?.lower === ',') {
      const after = cx.mentionsInWords(j + 1, Math.min(words.length, j + 8));
      if (after.length) return [after[0]];
    }
    const s = subjectOf(cx, j);
    if (s.length) return s;
  }
  return quoted ?? [];
}

/** The state and its organs speak for one side; rebels or opposition of the same country do not. */
const STATE_SECTORS = new Set([null, 'GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
const sameSide = (a: readonly ActorMention[], b: readonly ActorMention[]) =>
  a.some((x) =>
    b.some(
      (y) =>
        x.key === y.key ||
        x.code === y.code ||
        (x.country !== null &&
          x.country === y.country &&
          STATE_SECTORS.has(x.sector ?? null) &&
          STATE_SECTORS.has(y.sector ?? null)),
    ),
  );

/**
 * Obligations reported by someone else: "Russia said Sudan must return the helicopter", "Libya
 * must hand over the suspects, the minister said". CAMEO and PLOVER code these as the speaker's
 * demand of the obliged (REQUEST), not as the act. One's own obligations ("Biden said US troops
 * must leave") are not demands and are left to the act.
 */
export function reportedDemands(
  cx: SlotContext,
  quoteSpeaker: (i: number) => ActorMention[] | null,
): ReportedDemand[] {
  const out: ReportedDemand[] = [];
  for (let i = 1; i < cx.words.length - 1; i++) {
    const strong = obligationAt(cx, i);
    if (strong === null) continue;
    const obliged = subjectOf(cx, i);
    if (!obliged.length) continue;
    const speaker = speakerOf(cx, i, quoteSpeaker(i));
    if (!speaker.length || sameSide(speaker, obliged)) continue;
    out.push({ modal: i, obliged, speaker, strong });
  }
  return out;
}

/** The demand covering the trigger at `head`: its verb follows the modal closely in one clause. */
export function demandOver(
  cx: SlotContext,
  demands: readonly ReportedDemand[],
  head: number,
): ReportedDemand | null {
  for (const d of demands) {
    if (head <= d.modal || head - d.modal > 6) continue;
    const between = cx.words.slice(d.modal + 1, head);
    if (between.some((w) => STOP.has(w.lower) || w.lower === ',' || w.lower === 'and')) continue;
    return d;
  }
  return null;
}

/**
 * The CAMEO code of a demand (10x) or appeal (02x) for the act with code `act`. The codebook's
 * 02, 03 and 10 families run in parallel (0333 intent to give humanitarian aid, 0233 appeal for
 * it, 1033 demand it), so the act's intention code gives the demand's.
 */
export function demandCode(ek: EventKnowledge, act: string | null, strong: boolean): string {
  const family = strong ? '10' : '02';
  const intent = byPrefix(ek.intent.agree, act);
  if (intent) {
    for (let n = intent.length; n >= 3; n--) {
      const code = family + intent.slice(2, n);
      if (code.length >= 3 && ek.cameoByCode.has(code)) return code;
    }
  }
  return `${family}0`;
}

/** The act's event recoded as the speaker's demand of the obliged ("said Sudan must return …"). */
export function asDemand(
  e: ParleyEvent,
  d: ReportedDemand,
  source: string[],
  target: string[],
  ek: EventKnowledge,
  published: string | null,
): ParleyEvent {
  const rule = `request.reported-${d.strong ? 'must' : 'should'}`;
  const out = asStatement(e, 'REQUEST', demandCode(ek, e.cameo, d.strong), ek, published, rule);
  out.source = source;
  out.target = target.length ? target : e.source.length ? e.source : e.target;
  return out;
}
