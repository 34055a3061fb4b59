import { compileWordSet, type WordSet } from '../../knowledge/event-knowledge.js';
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

const compiledLists = new WeakMap<readonly string[], WordSet>();
const asWordSet = (alternatives: readonly string[] | WordSet): WordSet => {
  if (!Array.isArray(alternatives)) return alternatives as WordSet;
  let set = compiledLists.get(alternatives);
  if (!set) {
    set = compileWordSet(alternatives);
    compiledLists.set(alternatives, set);
  }
  return set;
};

/**
 * Does a pattern word match this word: its lemma, its lower-case text, a regular inflection of
 * the pattern word (wink lemmatises "raped" as "rap"), or a proper noun less its plural?
 * Takes the word set compiled at load (`CompiledTrigger.tokenSets` …) or a plain list.
 */
export function wordMatches(
  word: Word,
  alternatives: readonly string[] | WordSet,
  sentenceStart = false,
): boolean {
  const lower = word.lower;
  // wink lemmatises "according" as "accord": never an agreement.
  if (lower === 'according') return false;
  const set = asWordSet(alternatives);
  const forms = set.forms;
  if (forms.has(word.lemma) || forms.has(lower)) return true;
  const pos = word.pos;
  if (!(pos === 'PROPN' && !sentenceStart) && set.inflections.has(lower)) return true;
  if (pos === 'PROPN') {
    if (lower.endsWith('es') && forms.has(lower.slice(0, -2))) return true;
    if (lower.endsWith('s') && forms.has(lower.slice(0, -1))) return true;
  } else if (pos === 'ADJ') {
    if (lower.endsWith('d') && forms.has(lower.slice(0, -1))) return true;
    if (lower.endsWith('ed') && forms.has(lower.slice(0, -2))) return true;
  }
  return false;
}
