import type { EventStatusT } from '../../model/record.js';
import type { Word } from './words.js';

const NEG = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const NEG_VERBS = new Set(['refuse', 'fail', 'decline', 'deny', 'reject']);
const REFUSE = new Set(['refuse', 'decline', 'reject']);
const AVOID = new Set(['avoid', 'stop', 'quit', 'cease']);
const HYPO = new Set(['would', 'could', 'might', 'may', 'should', 'if', 'unless', 'whether']);
const WISH = new Set([
  'get',
  'persuade',
  'convince',
  'encourage',
  'want',
  'hope',
  'seek',
  'aim',
  'try',
  'wish',
  'urge',
  'ask',
  'call',
  'press',
  'push',
  'demand',
  'offer',
  'propose',
  'threaten',
  'consider',
]);
const FUTURE = new Set(['will', 'shall', "'ll", 'wo']);
const PLAN = new Set([
  'decision',
  'order',
  'sign',
  'reach',
  'strike',
  'plan',
  'schedule',
  'set',
  'due',
  'expect',
  'suppose',
  'go',
  'intend',
  'prepare',
  'agree',
  'pledge',
  'promise',
  'vow',
  'announce',
  'decide',
]);
const SPEECH = new Set([
  'say',
  'announce',
  'tell',
  'state',
  'declare',
  'confirm',
  'report',
  'add',
  'insist',
  'promise',
  'pledge',
  'vow',
  'warn',
]);
/** "is ready to contribute troops", "willing to send material": a stated readiness to act. */
const READY = new Set(['ready', 'willing', 'prepared', 'determined', 'eager', 'keen', 'set']);
const PLAN_NOUNS = new Set(['deadline', 'timetable', 'schedule', 'plan', 'roadmap', 'timeline']);
const ONGOING = new Set([
  'continue',
  'keep',
  'intensify',
  'ongoing',
  'continuing',
  'intensifying',
  'escalating',
  'escalate',
]);

/** Why a status was chosen: the rule id travels into the event's `reason`. */
export interface StatusResult {
  readonly status: EventStatusT;
  readonly rule: string;
}

/**
 * Status from the words before the trigger within its clause: negated ("did not", "refused
 * to"), hypothetical ("would", "if", "wants X to"), planned ("will", "to be held", "is supposed
 * to", "plans to"), ongoing ("is hosting", "continue to", "intensifying talks"), else occurred.
 */
export function eventStatus(
  words: readonly Word[],
  head: number,
  clauseStart: number,
  forced: EventStatusT | null | undefined,
): StatusResult {
  const first = forced ? -1 : firstCoordinatedVerb(words, head);
  if (first >= 0) return eventStatus(words, first, Math.max(0, first - 10), forced);
  const before = words.slice(Math.max(clauseStart, head - 10), head);
  const h = words[head];
  const negated = negatedStatus(before, h);
  if (negated) return negated;
  if (forced) return { status: forced, rule: 'status.trigger' };
  return (
    modalStatus(words, before) ?? infinitiveStatus(before) ?? plainStatus(words, head, clauseStart, before, h)
  );
}

/**
 * "will cut its forces … and withdraw all of its troops": a coordinated verb shares the
 * status of the first one. Its word index, or -1.
 */
function firstCoordinatedVerb(words: readonly Word[], head: number): number {
  let k = head - 1;
  while (k >= 0 && words[k].pos === 'ADV') k--;
  if (!(k > 0 && (words[k].lower === 'and' || words[k].lower === 'or') && words[head].pos === 'VERB'))
    return -1;
  for (let v = k - 1; v >= Math.max(0, k - 20); v--) {
    if (words[v].pos === 'VERB') return v;
    if (words[v].lower === ';' || words[v].lower === '.') break;
  }
  return -1;
}

/** A negation, an avoided act or a refusal before the trigger. */
function negatedStatus(before: readonly Word[], h: Word): StatusResult | null {
  if (before.slice(-4).some((w) => NEG.has(w.lower)) || (h.negated && before.some((w) => NEG.has(w.lower)))) {
    // "will not release", "would not meet": a stated refusal, not only an act that did not happen
    const last = before.slice(-4);
    const refusal = last.some(
      (w, i) => (FUTURE.has(w.lower) || w.lower === 'would') && NEG.has(last[i + 1]?.lower ?? ''),
    );
    return { status: 'negated', rule: refusal ? 'status.will-not' : 'status.negation' };
  }
  if (avoided(before, h)) return { status: 'negated', rule: 'status.avoided' };
  for (let i = before.length - 2; i >= 0; i--)
    if (NEG_VERBS.has(before[i].lemma) && before[i + 1].lower === 'to')
      return {
        status: 'negated',
        rule: REFUSE.has(before[i].lemma) ? 'status.refused-to' : 'status.failed-to',
      };
  return null;
}

/** "avoids condemning", "refrained from criticising", "stopped short of recognising" */
function avoided(before: readonly Word[], h: Word): boolean {
  if (h.pos !== 'VERB' || !/ing$/.test(h.lower) || !before.length) return false;
  const pv = before[before.length - 1];
  if (AVOID.has(pv.lemma)) return true;
  if (before.length < 2) return false;
  const ppv = before[before.length - 2];
  return (pv.lower === 'from' && ppv.lemma === 'refrain') || (pv.lower === 'of' && ppv.lower === 'short');
}

/** An obligation ("must", "has to") or a modal ("would", "if") before the trigger. */
function modalStatus(words: readonly Word[], before: readonly Word[]): StatusResult | null {
  // "Sudan must return the helicopter", "has to leave by May 1": an obligation, not yet done.
  const last4 = before.slice(-4);
  if (
    last4.some((w) => w.lower === 'must') ||
    last4.some((w, i) => (w.lemma === 'have' || w.lower === 'has') && last4[i + 1]?.lower === 'to')
  )
    return { status: 'planned', rule: 'status.must' };
  // "said Biden would withdraw …": reported "would" is a future in the past, not a condition.
  const modal = before.find((w) => HYPO.has(w.lower));
  if (!modal) return null;
  const reported =
    modal.lower === 'would' &&
    words.slice(0, modal.w).some((w) => SPEECH.has(w.lemma)) &&
    !before.some((w) => w.lower === 'if' || w.lower === 'unless');
  return reported
    ? { status: 'planned', rule: 'status.reported-would' }
    : { status: 'hypothetical', rule: 'status.modal' };
}

/** The status an infinitive's governor gives: "plans to", "is ready to", "continues to", "wants … to". */
function infinitiveStatus(before: readonly Word[]): StatusResult | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i];
    if (w.lower === 'to' && i > 0) {
      // The verb that governs the infinitive; an adjective only right before it ("due to").
      const prevWord = before[i - 1];
      const gov =
        prevWord.pos === 'ADJ'
          ? prevWord
          : before
              .slice(0, i)
              .reverse()
              .find((x) => x.pos === 'VERB');
      const lemma = gov?.lemma ?? '';
      const planWord = PLAN.has(lemma)
        ? lemma
        : PLAN.has(prevWord.lemma.replace(/s$/, ''))
          ? prevWord.lemma.replace(/s$/, '')
          : null;
      if (prevWord.pos === 'ADJ' && READY.has(prevWord.lower) && prevWord.lower !== 'set')
        return { status: 'planned', rule: 'status.ready-to' };
      // "is going to attack" plans; "goes on to ridicule", "went to meet" do not
      const goes = planWord === 'go' && !before.some((w) => w.lower === 'going');
      if (planWord && !goes) return { status: 'planned', rule: `status.${planWord}-to` };
      if (ONGOING.has(lemma) || ONGOING.has(prevWord.lemma.replace(/s$/, '')))
        return { status: 'ongoing', rule: 'status.continue-to' };
      if (gov && WISH.has(gov.lemma)) return { status: 'hypothetical', rule: `status.${gov.lemma}-to` };
    }
  }
  return null;
}

/** A future, a deadline, "to be", an ongoing act, else an act that occurred. */
function plainStatus(
  words: readonly Word[],
  head: number,
  clauseStart: number,
  before: readonly Word[],
  h: Word,
): StatusResult {
  if (before.slice(-4).some((w) => FUTURE.has(w.lower))) return { status: 'planned', rule: 'status.future' };
  // "a deadline for the withdrawal of US troops": what a deadline is for has not happened yet.
  if (words.slice(Math.max(clauseStart, head - 4), head + 4).some((w) => PLAN_NOUNS.has(w.lemma)))
    return { status: 'planned', rule: 'status.deadline' };
  if (
    head + 1 < words.length &&
    before.length >= 2 &&
    before[before.length - 1].lower === 'be' &&
    before[before.length - 2].lower === 'to'
  )
    return { status: 'planned', rule: 'status.to-be' };
  const prev = before.length ? before[before.length - 1] : undefined;
  if (ONGOING.has(h.lemma)) return { status: 'ongoing', rule: 'status.continue' };
  if (h.pos === 'VERB' && /ing$/.test(h.lower) && before.slice(-3).some((w) => w.lemma === 'be'))
    return { status: 'ongoing', rule: 'status.progressive' };
  if (prev && ONGOING.has(prev.lemma)) return { status: 'ongoing', rule: 'status.continue' };
  return { status: 'occurred', rule: 'status.default' };
}
