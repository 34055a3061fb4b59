import { regularInflections } from '../../knowledge/event-schema.js';
import type { Doc, Sentence } from '../../nlp/doc.js';

/** A word of a sentence: one token, or a hyphenated run ("cease - fire" → "cease-fire"). */
export interface Word {
  readonly w: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  readonly lemma: string;
  readonly lower: string;
  readonly pos: string;
  readonly negated: boolean;
}

/** The words of one sentence, hyphen runs joined, so patterns can name "sit-in" or "cease-fire". */
export function sentenceWords(doc: Doc, s: Sentence): Word[] {
  const out: Word[] = [];
  const t = doc.tokens;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    let j = i;
    while (
      j + 2 < s.tokenEnd &&
      t[j + 1].text === '-' &&
      t[j + 1].start === t[j].end &&
      t[j + 2].start === t[j + 1].end
    )
      j += 2;
    if (j > i) {
      const lower = doc.text.slice(t[i].start, t[j].end).toLowerCase();
      out.push({
        w: out.length,
        tokenStart: i,
        tokenEnd: j + 1,
        start: t[i].start,
        end: t[j].end,
        lemma: lower,
        lower,
        pos: t[j].pos,
        negated: t[i].negated,
      });
      i = j;
    } else {
      out.push({
        w: out.length,
        tokenStart: i,
        tokenEnd: i + 1,
        start: t[i].start,
        end: t[i].end,
        lemma: t[i].lemma,
        lower: t[i].lower,
        pos: t[i].pos,
        negated: t[i].negated,
      });
    }
  }
  return out;
}

const inflections = new Map<string, ReadonlySet<string>>();
const inflected = (a: string) => {
  let set = inflections.get(a);
  if (!set) {
    set = new Set(regularInflections(a));
    inflections.set(a, set);
  }
  return set;
};

/**
 * Does a pattern word match this word: its lemma, its lower-case text, a regular inflection of
 * the pattern word (wink lemmatises "raped" as "rap"), or a proper noun less its plural?
 */
export function wordMatches(word: Word, alternatives: readonly string[], sentenceStart = false): boolean {
  // wink lemmatises "according" as "accord": never an agreement.
  if (word.lower === 'according') return false;
  const name = word.pos === 'PROPN' && !sentenceStart;
  for (const a of alternatives) {
    if (a === word.lemma || a === word.lower) return true;
    if (!name && inflected(a).has(word.lower)) return true;
    if (word.pos === 'PROPN' && (a === word.lower.replace(/es$/, '') || a === word.lower.replace(/s$/, '')))
      return true;
    if (word.pos === 'ADJ' && (a === word.lower.replace(/d$/, '') || a === word.lower.replace(/ed$/, '')))
      return true;
  }
  return false;
}
