import type { EventKnowledge } from '../../knowledge/event-knowledge.js';
import type { ParleyEvent } from '../../model/record.js';
import { copyEvent } from './event-record.js';
import { demandCode } from './reported-demand.js';
import { byPrefix } from './stated-intent.js';
import type { TriggerMatch, TriggerRule } from './trigger-match.parser.js';
import type { Word } from './words.js';

/** Events whose complement is an act: the act asked for, refused, promised, threatened, alleged or backed. */
const COMPLEMENT_TAKERS = new Set(['REQUEST', 'AGREE', 'REJECT', 'THREATEN', 'ACCUSE', 'SUPPORT']);
const STOPS = new Set([';', ':', '.', '"', '“', '”']);

/** Is there a complementiser between the verbal trigger and the act, and no clause break? */
function linked(words: readonly Word[], from: number, to: number, hostType: string): boolean {
  // the host's own last word may be the complementiser ("pressuring {np} to")
  let connector = words[from].lower === 'to' || words[from].lower === 'that';
  for (let i = from + 1; i < to; i++) {
    const w = words[i].lower;
    if (STOPS.has(w)) return false;
    if (w === ',' && ['and', 'but', 'while', 'as', 'which', 'who'].includes(words[i + 1]?.lower ?? ''))
      return false;
    if (
      w === 'to' ||
      w === 'that' ||
      (w === 'of' && hostType === 'ACCUSE') ||
      (w === 'for' && hostType !== 'ACCUSE')
    )
      connector = true;
  }
  return connector;
}

/**
 * For each trigger that stands in the complement of a verbal trigger ("urged the EC to support
 * the PLO", "demanded that the US cancel plans to sell arms", "rejected an appeal for deploying
 * troops", "called for a ceasefire"), the verbal trigger that hosts it. CAMEO codes the request,
 * refusal, promise or accusation, not the act it is about; the act becomes the host's `act`.
 */
export function complementHosts(
  words: readonly Word[],
  matches: readonly TriggerMatch[],
): Map<TriggerMatch, TriggerMatch> {
  const hosts = matches.filter(
    // "is willing to send …": a predicate adjective takes a complement as a verb does
    (m) =>
      (words[m.head].pos === 'VERB' || words[m.head].pos === 'ADJ') && COMPLEMENT_TAKERS.has(m.rule.type),
  );
  const out = new Map<TriggerMatch, TriggerMatch>();
  for (const m of matches) {
    const noun = words[m.head].pos !== 'VERB';
    const host = hosts.find((v) => {
      if (v === m || v.head >= m.head) return false;
      // a noun right after the verbal trigger is its object ("called for a ceasefire")
      if (noun) return m.head - v.head <= 8;
      const end = Math.max(v.head, v.last);
      if (m.head <= end) return true;
      return m.head - end <= 10 && linked(words, end, m.head, v.rule.type);
    });
    if (host) out.set(m, host);
  }
  return out;
}

const GENERIC = new Set(['02', '020', '10', '100', '03', '030', '13', '130']);

/**
 * The host event with its complement's act: `act` says what was asked for, promised, threatened
 * or refused, and a generic code of the host is made specific by it ("urged … to send aid" 023).
 */
export function withComplement(e: ParleyEvent, inner: TriggerRule, ek: EventKnowledge): ParleyEvent {
  if (!['REQUEST', 'AGREE', 'THREATEN', 'REJECT'].includes(e.type) || COMPLEMENT_TAKERS.has(inner.type))
    return e;
  let cameo = e.cameo;
  if (cameo && GENERIC.has(cameo)) {
    if (e.type === 'REQUEST') cameo = demandCode(ek, inner.cameo, cameo.startsWith('10'));
    else if (e.type === 'AGREE') cameo = byPrefix(ek.intent.agree, inner.cameo) ?? cameo;
    else if (e.type === 'THREATEN') cameo = byPrefix(ek.intent.threaten, inner.cameo) ?? cameo;
  }
  const status = e.type === 'AGREE' || e.type === 'THREATEN' ? 'planned' : 'hypothetical';
  const out = copyEvent(e);
  out.cameo = cameo;
  out.act = { type: inner.type, cameo: inner.cameo, status, date: null, time: null };
  return out;
}
