import type { LexEntry } from '../../knowledge/actor-lexicon.js';
import { fold } from '../../knowledge/fold.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Doc, Sentence } from '../../nlp/doc.js';

/** A run of tokens matched in the actor lexicon, or an unknown capitalised name. */
export interface Segment {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly entries: readonly LexEntry[];
  /** A run of capitalised proper nouns found in no dictionary. */
  readonly unknownName: boolean;
}

// Names must be capitalised in the text: "us" in "follow us" is not the United States.
const NEEDS_CAPITAL = new Set(['country', 'metonym', 'institution', 'org', 'person', 'demonym']);
const isCap = (s: string) => /^[\p{Lu}\d]/u.test(s);

const keyCache = new WeakMap<Doc, readonly string[]>();
const segCache = new WeakMap<Doc, { k: Knowledge; bySentence: Map<number, Segment[]> }>();

/** The folded match key of every token, computed once per Doc. */
export function tokenKeys(doc: Doc): readonly string[] {
  let keys = keyCache.get(doc);
  if (!keys) {
    keys = foldedTexts(doc.tokens);
    keyCache.set(doc, keys);
  }
  return keys;
}

// Pushed, not mapped: V8's optimised map() makes a holey array, its builtin a packed one.
function foldedTexts(tokens: Doc['tokens']): string[] {
  const out: string[] = [];
  for (const t of tokens) out.push(fold(t.text));
  return out;
}

/**
 * Greedy longest-match segmentation of one sentence against the actor lexicon (linear in the
 * sentence length), plus runs of unmatched capitalised proper nouns.
 */
export function segmentSentence(doc: Doc, keys: readonly string[], s: Sentence, k: Knowledge): Segment[] {
  // The actor and place stages both read the segments: computed once per sentence of a Doc.
  let perDoc = segCache.get(doc);
  if (!perDoc || perDoc.k !== k) {
    perDoc = { k, bySentence: new Map() };
    segCache.set(doc, perDoc);
  }
  const cached = perDoc.bySentence.get(s.i);
  if (cached) return cached;
  const out = segmentUncached(doc, keys, s, k);
  perDoc.bySentence.set(s.i, out);
  return out;
}

function segmentUncached(doc: Doc, keys: readonly string[], s: Sentence, k: Knowledge): Segment[] {
  const out: Segment[] = [];
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const m = k.lexicon.trie.longest(keys, i, s.tokenEnd);
    if (m) {
      const first = doc.tokens[i].lower === 'the' && m.length > 1 ? doc.tokens[i + 1] : doc.tokens[i];
      const entries = m.values.filter(
        (e) =>
          (!NEEDS_CAPITAL.has(e.kind) || isCap(first.text)) &&
          (!e.caps || first.text === first.text.toUpperCase()),
      );
      if (entries.length) {
        out.push({ tokenStart: i, tokenEnd: i + m.length, entries, unknownName: false });
        i += m.length;
        continue;
      }
    }
    const t = doc.tokens[i];
    // "Gen. Prosper Avril": a first name right after a title may be tagged as a verb or noun
    const prev = out[out.length - 1];
    const nextTok = doc.tokens[i + 1];
    const afterTitle =
      prev?.tokenEnd === i &&
      prev.entries.some((e) => e.kind === 'title') &&
      i + 1 < s.tokenEnd &&
      nextTok.pos === 'PROPN' &&
      isCap(nextTok.text);
    if ((t.pos === 'PROPN' || afterTitle) && isCap(t.text) && /\p{L}/u.test(t.text)) {
      let j = i + 1;
      while (j < s.tokenEnd) {
        const t = doc.tokens[j];
        if (j + 1 < s.tokenEnd && hyphenJoins(doc, j) && isCap(doc.tokens[j + 1].text)) j += 2;
        else if (t.pos === 'PROPN' && isCap(t.text) && !k.lexicon.trie.longest(keys, j, s.tokenEnd)) j++;
        else break;
      }
      out.push({ tokenStart: i, tokenEnd: j, entries: [], unknownName: true });
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** A hyphenated name goes on ("Dupont-Kouassi"): token `j` is a hyphen with no space either side. */
function hyphenJoins(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  return t.text === '-' && t.start === doc.tokens[j - 1].end && doc.tokens[j + 1].start === t.end;
}

/** The first entry of a kind in a segment. */
export function entryOf<K extends LexEntry['kind']>(
  seg: Segment | undefined,
  ...kinds: K[]
): Extract<LexEntry, { kind: K }> | undefined {
  if (!seg) return undefined;
  // plain loops: this runs for every segment of every sentence, several times
  for (let k = 0; k < kinds.length; k++)
    for (let i = 0; i < seg.entries.length; i++)
      if (seg.entries[i].kind === kinds[k]) return seg.entries[i] as Extract<LexEntry, { kind: K }>;
  return undefined;
}
