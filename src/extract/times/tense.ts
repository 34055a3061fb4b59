import type { Doc, Token } from '../../nlp/doc.js';
import { sentenceAt, tokenAt } from '../../nlp/doc.js';

/** Tense of the clause around a time expression, as far as POS and lemmas tell. */
export type Tense = 'past' | 'present' | 'future' | 'none';

const MAX_DISTANCE = 8;
/** Tokens that end a clause when scanning left (and right, except the comma). */
const HARD_BOUNDARY = new Set([';', ':', '"', '“', '”', '``', "''", '(', ')', '—', '--', '–']);
const FUTURE_WORDS = new Set(['will', "'ll", 'shall', 'wo', 'would', 'should', 'might', 'may', 'must', 'could']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const PERFECT_AUX = new Set(['has', 'have', "'ve"]);
const GROUP_POS = new Set(['AUX', 'VERB', 'PART', 'ADV']);
const LEFT_POS = new Set(['AUX', 'PART', 'ADV']);

const isVerbish = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/**
 * Tense of the verb group nearest to [start, end): first the nearest verb to the left in the
 * same clause (the expression usually modifies it: "said on Wednesday"), else the nearest to the
 * right ("Russia on Thursday was hosting"). Future: will/would/modals, "to" + verb.
 */
export function clauseTense(doc: Doc, start: number, end: number): Tense {
  const s = sentenceAt(doc, start);
  if (!s) return 'none';
  const first = tokenAt(doc, start);
  const last = Math.max(first, tokenAt(doc, end) - 1);
  for (let i = first - 1; i >= s.tokenStart && first - i <= MAX_DISTANCE; i--) {
    const t = doc.tokens[i];
    if (HARD_BOUNDARY.has(t.text) || t.text === ',') break;
    if (isVerbish(t)) return groupTense(doc, i, s.tokenStart, s.tokenEnd);
  }
  for (let i = last + 1; i < s.tokenEnd && i - last <= MAX_DISTANCE; i++) {
    const t = doc.tokens[i];
    if (HARD_BOUNDARY.has(t.text)) break;
    if (isVerbish(t)) return groupTense(doc, i, s.tokenStart, s.tokenEnd);
  }
  return 'none';
}

/**
 * Tense of the verb group of token i: the auxiliaries, particles and adverbs before it ("will
 * not travel", "to be held") and, when i is an auxiliary, the verbs after it ("was hosting").
 */
function groupTense(doc: Doc, i: number, lo: number, hi: number): Tense {
  let a = i;
  while (a - 1 >= lo && i - a < 4 && LEFT_POS.has(doc.tokens[a - 1].pos)) a--;
  let b = i;
  if (doc.tokens[i].pos === 'AUX') {
    while (b + 1 < hi && b - i < 4 && GROUP_POS.has(doc.tokens[b + 1].pos)) b++;
  }
  const group = doc.tokens.slice(a, b + 1).filter((t) => t.pos !== 'ADV' || t.lower === 'going');
  if (group.some((t) => FUTURE_WORDS.has(t.lower))) return 'future';
  if (group.some((t, k) => t.lower === 'going' && group[k + 1]?.lower === 'to')) return 'future';
  // "is to be held", "set to begin": an infinitive looks ahead.
  if (group.some((t, k) => k > 0 && group[k - 1].lower === 'to' && isVerbish(t))) return 'future';
  const aux = group.find((t) => t.pos === 'AUX');
  if (aux) {
    if (PAST_AUX.has(aux.lower)) return 'past';
    if (PERFECT_AUX.has(aux.lower)) {
      const main = group.find((t) => t.pos === 'VERB');
      return main && isPastForm(main) ? 'past' : 'present';
    }
    if (aux.lemma === 'be' || aux.lemma === 'do') return 'present';
  }
  const verb = doc.tokens[i].pos === 'VERB' ? doc.tokens[i] : group.find((t) => t.pos === 'VERB');
  if (!verb) return 'none';
  if (verb.lower.endsWith('ing')) return 'none';
  return isPastForm(verb) ? 'past' : 'present';
}

/** A verb form that is not its lemma and not a present form (-s, -ing): said, pulled, held. */
function isPastForm(t: Token): boolean {
  const w = t.lower;
  if (w === t.lemma) return /ed$/.test(w) && !/eed$/.test(w);
  if (w.endsWith('ing')) return false;
  if (w === `${t.lemma}s` || w === `${t.lemma}es` || (w.endsWith('ies') && t.lemma.endsWith('y'))) return false;
  return true;
}
