import type { CompiledTrigger, EventKnowledge, WordSet } from '../../knowledge/event-knowledge.js';
import type { SlotT, Trigger } from '../../knowledge/event-schema.js';
import type { EventStatusT } from '../../model/record.js';
import { nounPhraseEnd } from './noun-phrase.js';
import { type Word, wordMatches } from './words.js';

/**
 * What coding reads of a lexicon trigger. One shape for every trigger: the lexicon's have
 * several (optional fields), and V8 recompiles the coder when the shapes it sees vary.
 */
export interface TriggerRule {
  readonly id: string;
  readonly pos: Trigger['pos'];
  readonly type: Trigger['type'];
  readonly mode: string | null;
  readonly cameo: string;
  readonly context: readonly string[];
  readonly source: SlotT;
  readonly target: SlotT;
  /** Forced status, if any. */
  readonly status: EventStatusT | null;
}

const rules = new WeakMap<CompiledTrigger, TriggerRule>();

/** The rule of a compiled trigger, made once. */
function ruleOf(ct: CompiledTrigger): TriggerRule {
  let rule = rules.get(ct);
  if (!rule) {
    const t = ct.trigger;
    rule = {
      id: t.id,
      pos: t.pos,
      type: t.type,
      mode: t.mode,
      cameo: t.cameo,
      context: t.context,
      source: t.source,
      target: t.target,
      status: t.status ?? null,
    };
    rules.set(ct, rule);
  }
  return rule;
}

/** A trigger matched in a sentence. */
export interface TriggerMatch {
  readonly ct: CompiledTrigger;
  readonly rule: TriggerRule;
  /** Word index of the head and of the last matched pattern word. */
  readonly head: number;
  readonly last: number;
  /** The {np} slot, when the pattern has one: [from, to) in words. */
  readonly np: readonly [number, number] | null;
}

function posFits(pos: TriggerRule['pos'], w: Word, sentenceStart: boolean, prev: Word | undefined): boolean {
  // A proper noun is a name ("Loretta Lynch" is no lynching), unless it opens the sentence.
  if (pos === 'ANY') return w.pos !== 'PROPN' || sentenceStart;
  // wink tags some past-tense verbs right after their subject as adjectives ("Qatar mediated").
  if (pos === 'VERB')
    return (
      w.pos === 'VERB' ||
      (w.pos === 'ADJ' &&
        /ed$/.test(w.lower) &&
        !!prev &&
        (prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON'))
    );
  return w.pos === 'NOUN' || (w.pos === 'PROPN' && sentenceStart);
}

const QUANTIFIERS = new Set([
  'more',
  'than',
  'up',
  'about',
  'nearly',
  'some',
  'least',
  'around',
  'almost',
  'over',
]);

/** Matches the pattern after its head; returns the last word index and the np slot, or null. */
function matchRest(
  ct: CompiledTrigger,
  words: readonly Word[],
  head: number,
): { last: number; np: [number, number] | null } | null {
  let i = head + 1;
  let last = head;
  let np: [number, number] | null = null;
  const toks = ct.tokens;
  const sets = ct.tokenSets;
  for (let k = 1; k < toks.length; k++) {
    const tok = toks[k];
    if (tok.kind === 'np') {
      const end = nounPhraseEnd(words, i);
      if (end === i) return null;
      np = [i, end];
      i = end;
      last = end - 1;
    } else if (tok.kind === 'gap') {
      const next = sets[k + 1];
      if (toks[k + 1]?.kind !== 'word' || !next) return null;
      let found = -1;
      // numbers and quantifiers do not use up the gap ("forced out more than 1,000 refugees")
      for (let g = 0, used = 0; used <= tok.max && i + g < words.length; g++) {
        const w = words[i + g];
        if (wordMatches(w, next)) {
          found = i + g;
          break;
        }
        if (!(w.pos === 'NUM' || QUANTIFIERS.has(w.lower))) used++;
      }
      if (found < 0) return null;
      last = found;
      i = found + 1;
      k++;
    } else {
      if (i >= words.length || !wordMatches(words[i], sets[k] as WordSet, i === 0)) return null;
      last = i;
      i++;
    }
  }
  return { last, np };
}

/** The index of the first word in [from, to] matching one of `alts` (skipping `skip`), or -1. */
const near = (words: readonly Word[], from: number, to: number, alts: WordSet, skip = -1) => {
  for (let i = Math.max(0, from); i <= Math.min(words.length - 1, to); i++)
    if (i !== skip && wordMatches(words[i], alts)) return i;
  return -1;
};
const STATEMENT_TYPES = new Set(['REQUEST', 'AGREE', 'REJECT', 'THREATEN', 'ACCUSE']);

/**
 * The candidate list after looking up `key`: most words hit one list (lemma and form share it),
 * used as is; two different lists are merged (first-seen order, no duplicates).
 */
function withList(
  by: ReadonlyMap<string, readonly CompiledTrigger[]>,
  key: string,
  cands: readonly CompiledTrigger[] | null,
): readonly CompiledTrigger[] | null {
  const list = by.get(key);
  if (!list || list === cands) return cands;
  if (!cands) return list;
  // the lexicon is fixed, so a merge of two lists is made once and kept
  let withFirst = merged.get(cands);
  if (!withFirst) {
    withFirst = new Map();
    merged.set(cands, withFirst);
  }
  let both = withFirst.get(list);
  if (!both) {
    both = [...new Set([...cands, ...list])];
    withFirst.set(list, both);
  }
  return both;
}
const merged = new WeakMap<
  readonly CompiledTrigger[],
  Map<readonly CompiledTrigger[], readonly CompiledTrigger[]>
>();

/**
 * Every trigger of the lexicon in one sentence, after the selection rules: the most specific
 * entry per head, then the larger of overlapping matches.
 */
export function matchTriggers(words: readonly Word[], ek: EventKnowledge): TriggerMatch[] {
  const perHead: TriggerMatch[] = [];
  for (let h = 0; h < words.length; h++) {
    const w = words[h];
    // wink does not lemmatise proper nouns (a capitalised "Negotiations" opening a sentence).
    // keys: PROPN → lower, less "es", less "s"; ADJ → lemma, lower, less "d", less "ed"; else
    // lemma, lower. A suffix that is absent leaves the same key, which adds nothing.
    const lower = w.lower;
    const by = ek.byHead;
    let cands: readonly CompiledTrigger[] | null = null;
    if (w.pos === 'PROPN') {
      cands = withList(by, lower, cands);
      if (lower.endsWith('es')) cands = withList(by, lower.slice(0, -2), cands);
      if (lower.endsWith('s')) cands = withList(by, lower.slice(0, -1), cands);
    } else {
      cands = withList(by, w.lemma, cands);
      cands = withList(by, lower, cands);
      if (w.pos === 'ADJ') {
        if (lower.endsWith('d')) cands = withList(by, lower.slice(0, -1), cands);
        if (lower.endsWith('ed')) cands = withList(by, lower.slice(0, -2), cands);
      }
    }
    if (!cands) continue;
    let best: TriggerMatch | null = null;
    for (const ct of cands) {
      const rule = ruleOf(ct);
      if (!posFits(rule.pos, w, h === 0, words[h - 1])) continue;
      const m = matchRest(ct, words, h);
      if (!m) continue;
      let last = m.last;
      let ok = true;
      for (const alts of ct.requireSets) {
        let at = near(words, h + 1, h + 5, alts);
        if (at < 0) at = near(words, m.last + 1, m.last + 5, alts);
        // the required word may also be the subject right before ("police prevented …")
        if (at < 0 && near(words, h - 4, h - 1, alts) >= 0) at = m.last;
        if (at < 0) {
          ok = false;
          break;
        }
        last = Math.max(last, at); // the span runs to what satisfied `requires` ("hosting … talks")
      }
      if (!ok) continue;
      let excluded = false;
      for (const alts of ct.excludeSets)
        if (near(words, h - 3, h + 5, alts, h) >= 0) {
          excluded = true;
          break;
        }
      if (excluded) continue;
      const cand: TriggerMatch = { ct, rule, head: h, last, np: m.np };
      if (!best || better(cand, best)) best = cand;
    }
    if (best) perHead.push(best);
  }
  if (perHead.length <= 1) return perHead;
  // Overlapping matches: a statement (request, agreement, rejection, threat, accusation) keeps
  // what it is about out ("demanded the withdrawal"); otherwise the larger span wins.
  const rank = (m: TriggerMatch) => (STATEMENT_TYPES.has(m.rule.type) ? 1000 : 0) + span(m) * 10 + m.ct.words;
  const ordered = [...perHead].sort((a, b) => rank(b) - rank(a) || a.head - b.head);
  const kept: TriggerMatch[] = [];
  for (const m of ordered) {
    const lo = Math.min(m.head, m.last);
    const hi = Math.max(m.head, m.last);
    if (!kept.some((k) => Math.min(k.head, k.last) <= hi && lo <= Math.max(k.head, k.last))) kept.push(m);
  }
  return kept.sort((a, b) => a.head - b.head);
}

const span = (m: TriggerMatch) => Math.abs(m.last - m.head) + 1;

function better(a: TriggerMatch, b: TriggerMatch): boolean {
  if (a.ct.words !== b.ct.words) return a.ct.words > b.ct.words;
  const ra = a.ct.requires.length;
  const rb = b.ct.requires.length;
  if (ra !== rb) return ra > rb;
  return a.ct.order < b.ct.order;
}
