import type { Doc, Token } from '../../nlp/doc.js';
import { CUE_SETS } from './cues.js';
import type { MarkedSpan, Span } from './types.js';

/** What the quote parsers share about one doc: token masks computed once. */
export interface QuoteContext {
  readonly doc: Doc;
  /** 1 where the token is part of a time expression (the times stage's, weekdays, "today"). */
  readonly time: Uint8Array;
  /** 1 where the token is inside quote marks (or is a quote mark). */
  readonly quoted: Uint8Array;
  readonly marked: readonly MarkedSpan[];
}

const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
   earlier later week month year morning afternoon evening night weekend recently now`.split(/\s+/),
);
/** Forms that are cues whatever POS wink gives them. */
const CUE_FORMS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted']);
const QUOTE_TOKEN = /^(["“”„«»]|''|``)$/;

export function buildContext(
  doc: Doc,
  marked: readonly MarkedSpan[],
  timeSpans: readonly Span[] = [],
): QuoteContext {
  const n = doc.tokens.length;
  const time = new Uint8Array(n);
  markSpans(doc.tokens, timeSpans, time);
  for (let i = 0; i < n; i++) if (TIME_WORDS.has(doc.tokens[i].lower)) time[i] = 1;
  const quoted = new Uint8Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const t = doc.tokens[i];
    while (m < marked.length && marked[m].close <= t.start) m++;
    // marked spans are sorted by open; a few (single inside double) can overlap: scan a little.
    for (let k = m; k < marked.length && marked[k].open <= t.start; k++) {
      if (t.start < marked[k].close) {
        quoted[i] = 1;
        break;
      }
    }
    if (QUOTE_TOKEN.test(t.text)) quoted[i] = 1;
  }
  return { doc, time, quoted, marked };
}

/** Is the token a cue verb from one of the given sets (lemma match on a verb)? */
export function isCue(t: Token, ...sets: ReadonlySet<string>[]): boolean {
  if (t.pos !== 'VERB' && !CUE_FORMS.has(t.lower)) return false;
  for (const s of sets) if (s.has(t.lemma)) return true;
  return false;
}

const IRREGULAR: Record<string, string> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  tells: 'tell',
  wrote: 'write',
  writes: 'write',
};

/** Lemma candidates of a word wink did not tag as a verb ("notes", "Tweeted", "claims"). */
function lemmaGuesses(lower: string): string[] {
  const irregular = IRREGULAR[lower];
  if (irregular) return [irregular];
  const out = [lower];
  if (lower.endsWith('ies')) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('ied')) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) out.push(lower.slice(0, -2));
  if (lower.endsWith('s')) out.push(lower.slice(0, -1));
  if (lower.endsWith('ed')) out.push(lower.slice(0, -2), lower.slice(0, -1));
  return out;
}

/**
 * A cue next to a quote mark or a speaker, where wink's tag is not to be trusted ("Viguerie
 * notes." is tagged as a noun): any inflected form of a cue lemma that is not an -ing form.
 * Returns the lemma, or null.
 */
export function looseCue(t: Token, ...sets: ReadonlySet<string>[]): string | null {
  if (isCue(t, ...sets)) return t.lemma;
  if (t.pos === 'PUNCT' || t.pos === 'DET' || t.pos === 'ADP' || t.lower.endsWith('ing')) return null;
  if (!IRREGULAR[t.lower] && !/(s|ed)$/.test(t.lower)) return null; // inflected, not a bare noun
  for (const g of lemmaGuesses(t.lower)) for (const s of sets) if (s.has(g)) return g;
  return null;
}

/** "according" followed by "to". */
export function isAccordingTo(doc: Doc, i: number): boolean {
  return doc.tokens[i]?.lower === 'according' && doc.tokens[i + 1]?.lower === 'to';
}

export function isPronoun(t: Token): boolean {
  return CUE_SETS.pronouns.has(t.lower);
}

export function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

export function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && t.text.length <= 2 && chars.includes(t.text);
}

/** Sets `mask` to 1 for every token that overlaps one of `spans` (any order, may overlap). */
function markSpans(tokens: readonly Token[], spans: readonly Span[], mask: Uint8Array): void {
  if (!spans.length) return;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (s < sorted.length && sorted[s].end <= t.start) s++;
    for (let k = s; k < sorted.length && sorted[k].start < t.end; k++)
      if (t.end > sorted[k].start) {
        mask[i] = 1;
        break;
      }
  }
}
