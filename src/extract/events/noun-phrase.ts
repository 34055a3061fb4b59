import type { Word } from './words.js';

const NP_INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
const REPORTING = new Set([
  'say',
  'said',
  'report',
  'tell',
  'told',
  'add',
  'state',
  'announce',
  'claim',
  'quote',
]);

/** Is the phrase at `from` the subject of a reporting verb ("…, Thai police said")? */
function reportsAfter(words: readonly Word[], from: number, limit: number): boolean {
  let i = from;
  while (i < limit && (NP_INNER.has(words[i].pos) || words[i].lower === "'s")) i++;
  if (i < limit && words[i].pos === 'AUX') i++;
  return i > from && i < limit && REPORTING.has(words[i].lemma);
}

/**
 * The noun phrase starting at word `from`: determiners, adjectives, nouns, possessives, and
 * coordinations ("the Afghan government, the Taliban and the United States"). Returns the
 * index after its last word (== from when there is none).
 */
export function nounPhraseEnd(words: readonly Word[], from: number, limit = words.length): number {
  let i = from;
  let sawNoun = false;
  while (i < limit) {
    const w = words[i];
    if (
      NP_INNER.has(w.pos) ||
      w.lower === "'s" ||
      w.lower === '’s' ||
      (w.pos === 'ADP' &&
        w.lower === 'of' &&
        sawNoun &&
        i + 1 < limit &&
        (words[i + 1].pos === 'PROPN' ||
          // "workers of the United Bus Company": a named owner after "of the"
          (words[i + 1].pos === 'DET' && i + 2 < limit && words[i + 2].pos === 'PROPN')))
    ) {
      if (w.pos === 'PART' && w.lower !== "'s" && w.lower !== '’s') break;
      if (w.pos === 'PRON' && sawNoun) break;
      if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON') sawNoun = true;
      i++;
      continue;
    }
    // Coordination: ", X" or "and X" continues the phrase when a noun phrase follows.
    if (sawNoun && (w.lower === ',' || w.lower === 'and' || w.lower === 'or') && i + 1 < limit) {
      const nx = words[i + 1];
      const nx2 = words[i + 2];
      const startsNp = NP_INNER.has(nx.pos) && nx.pos !== 'PART' && nx.pos !== 'PRON';
      // ", a State Department spokesman said": a reporting clause, not a list member.
      if (w.lower === ',' && reportsAfter(words, i + 1, limit)) break;
      if (startsNp || (nx.lower === 'and' && nx2 && NP_INNER.has(nx2.pos))) {
        i++;
        continue;
      }
    }
    break;
  }
  // Never end on a connector.
  while (i > from && [',', 'and', 'or', 'of'].includes(words[i - 1].lower)) i--;
  return i;
}
