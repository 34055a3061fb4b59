import type { Doc, Token } from '../../nlp/doc.js';
import { sentenceAt, tokenAt } from '../../nlp/doc.js';

/** Tense of the clause around a time expression, as far as POS and lemmas tell. */
export type Tense = 'past' | 'present' | 'future' | 'none';

const MAX_DISTANCE = 8;
/** Tokens that end every look for a verb (the comma ends only the first look). */
const HARD_BOUNDARY = new Set([';', ':', '"', '“', '”', '``', "''", '(', ')', '—', '--', '–']);
const FUTURE_WORDS = new Set([
  'will',
  "'ll",
  'shall',
  'wo',
  'would',
  'should',
  'might',
  'may',
  'must',
  'could',
]);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const PERFECT_AUX = new Set(['has', 'have', "'ve"]);
const GROUP_POS = new Set(['AUX', 'VERB', 'PART', 'ADV']);
const LEFT_POS = new Set(['AUX', 'PART', 'ADV']);

/** Words that open another clause: a time beyond them belongs to that clause. */
const SUBORDINATORS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'while',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'whether',
]);

const isVerbish = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/**
 * Tense of the verb the expression most likely modifies. Three looks, first answer wins:
 * left within the clause ("said on Wednesday"), left across commas ("captured Zaranj, the
 * capital of Nimroz, on Friday"), then right ("Russia on Thursday was hosting", "On Sunday,
 * gunmen killed"). No look crosses a subordinator: in "said that on Friday the talks would
 * resume" the time belongs to "would resume". Future: will/would/modals, "to" + verb.
 */
export function clauseTense(doc: Doc, start: number, end: number): Tense {
  const s = sentenceAt(doc, start);
  if (!s) return 'none';
  const first = tokenAt(doc, start);
  const last = Math.max(first, tokenAt(doc, end) - 1);
  return (
    scan(doc, first - 1, -1, s.tokenStart, s.tokenEnd, MAX_DISTANCE, false) ??
    scan(doc, first - 1, -1, s.tokenStart, s.tokenEnd, 2 * MAX_DISTANCE, true) ??
    scan(doc, last + 1, 1, s.tokenStart, s.tokenEnd, MAX_DISTANCE, true) ??
    'none'
  );
}

/** Walks from token `from` in direction `step`; the tense of the first verb group that has one. */
function scan(
  doc: Doc,
  from: number,
  step: 1 | -1,
  lo: number,
  hi: number,
  max: number,
  commas: boolean,
): Tense | undefined {
  for (let i = from, n = 1; i >= lo && i < hi && n <= max; i += step, n++) {
    const t = doc.tokens[i];
    if (HARD_BOUNDARY.has(t.text) || SUBORDINATORS.has(t.lower) || (!commas && t.text === ','))
      return undefined;
    if (!isVerbish(t)) continue;
    const tense = groupTense(doc, i, lo, hi);
    if (tense !== 'none') return tense;
  }
  return undefined;
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
  // "is to be held", "set to begin": an infinitive looks ahead, unless what governs it is past
  // ("the talks were meant to start in March", "was due to open on Monday").
  const to = group.findIndex(
    (t, k) => t.lower === 'to' && group[k + 1] !== undefined && isVerbish(group[k + 1]),
  );
  if (to >= 0) return governorTense(doc, group[to].i, lo);
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

/** "were meant | to start": the auxiliary before the word that governs an infinitive. */
function governorTense(doc: Doc, to: number, lo: number): Tense {
  const aux = to - 2 >= lo ? doc.tokens[to - 2] : undefined;
  const head = to - 1 >= lo ? doc.tokens[to - 1] : undefined;
  if (head && (head.pos === 'VERB' || head.pos === 'ADJ') && aux && PAST_AUX.has(aux.lower)) return 'past';
  return 'future';
}

/** A verb form that is not its lemma and not a present form (-s, -ing): said, pulled, held. */
function isPastForm(t: Token): boolean {
  const w = t.lower;
  if (w === t.lemma) return /ed$/.test(w) && !/eed$/.test(w);
  if (w.endsWith('ing')) return false;
  if (w === `${t.lemma}s` || w === `${t.lemma}es` || (w.endsWith('ies') && t.lemma.endsWith('y')))
    return false;
  return true;
}
