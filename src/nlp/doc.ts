/** One token, with offsets into `article.text`. */
export interface Token {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly lemma: string;
  /** Universal Dependencies POS tag (PROPN, NOUN, VERB, AUX, ADP, …). */
  readonly pos: string;
  /** wink's negation flag: the token is in the scope of a negation. */
  readonly negated: boolean;
  /** Index of the sentence this token belongs to. */
  readonly sent: number;
}

export interface Sentence {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  /** Token index range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Index into `Doc.paragraphs`. */
  readonly paragraph: number;
}

export interface DocParagraph {
  readonly start: number;
  readonly end: number;
  readonly kind: 'title' | 'lede' | 'body' | 'caption' | 'quote';
}

/** The one document model: every annotation is offsets into `text`. */
export interface Doc {
  readonly text: string;
  readonly paragraphs: readonly DocParagraph[];
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** Tokens of one sentence. */
export function sentenceTokens(doc: Doc, s: Sentence): readonly Token[] {
  return doc.tokens.slice(s.tokenStart, s.tokenEnd);
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of `spans` (sorted by start) that starts at or after `offset` (binary search). */
export function firstStartingAt(spans: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence containing `offset`, or undefined. */
export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
