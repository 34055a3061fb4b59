import type { Doc, Sentence } from '../../nlp/doc.js';
import type { Ymd } from './calendar.js';

export type TimeKind = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** What a parser sees: one sentence of the Doc and the publication date. */
export interface SentenceCtx {
  readonly doc: Doc;
  readonly sentence: Sentence;
  /** The sentence's text: doc.text.slice(sentence.start, sentence.end). */
  readonly text: string;
  /** `text` lower-cased (same offsets), for cheap case-blind pre-tests. */
  readonly lower: string;
  /** The sentence's tokens, lower-cased, for word pre-tests (the stage keeps only PRETEST_WORDS). */
  readonly words: ReadonlySet<string>;
  /** The publication date, or null when unknown. */
  readonly dct: Ymd | null;
}

/** A temporal expression found by a parser, before the refiners run. Offsets are into doc.text. */
export interface Candidate {
  start: number;
  end: number;
  type: TimeKind;
  value: string;
  /** Resolved against the publication date. */
  relative: boolean;
  deadline?: boolean;
  endValue?: string;
  /** The rule that produced it (parser name, refiner names appended). */
  rule: string;
  /** Order of the parser in the stage; at equal length the lower one wins an overlap. */
  priority?: number;
}

/** A parser's answer, with offsets into the sentence text. */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly type: TimeKind;
  readonly value: string;
  readonly relative: boolean;
  readonly endValue?: string;
  readonly deadline?: boolean;
}

/** One form of temporal expression (chrono's Parser: a pattern and an extract step). */
export interface TimeParser {
  readonly name: string;
  parse(ctx: SentenceCtx): Candidate[];
}

/** Merges, extends, marks or filters candidates of the whole Doc (chrono's Refiner). */
export interface TimeRefiner {
  readonly name: string;
  refine(doc: Doc, candidates: Candidate[], dct: Ymd | null): Candidate[];
}
