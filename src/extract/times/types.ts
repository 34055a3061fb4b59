import type { Time } from '../../model/record.js';
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

/** A parser's answer, with offsets into the sentence text. */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly type: TimeKind;
  readonly value: string;
  /** Resolved against the publication date. */
  readonly relative: boolean;
  /** For intervals: the end value. */
  readonly endValue: string | undefined;
  readonly deadline: boolean;
}

/** A temporal expression found by a parser, before the refiners run. Offsets are into doc.text. */
export interface Candidate extends Hit {
  /** The rule that produced it (parser name, refiner names appended). */
  readonly rule: string;
  /** Order of the parser in the stage; at equal length the lower one wins an overlap. */
  readonly priority: number;
}

// One shape for every hit and every candidate: V8 recompiles the stage when their shapes vary.

export function hit(
  start: number,
  end: number,
  type: TimeKind,
  value: string,
  relative: boolean,
  endValue: string | undefined = undefined,
  deadline = false,
): Hit {
  return { start, end, type, value, relative, endValue, deadline };
}

export function candidate(
  start: number,
  end: number,
  type: TimeKind,
  value: string,
  relative: boolean,
  endValue: string | undefined,
  deadline: boolean,
  rule: string,
  priority: number,
): Candidate {
  return { start, end, type, value, relative, endValue, deadline, rule, priority };
}

/** The candidate of a hit in the sentence starting at doc offset `offset`. */
export function hitCandidate(h: Hit, offset: number, rule: string): Candidate {
  return candidate(
    offset + h.start,
    offset + h.end,
    h.type,
    h.value,
    h.relative,
    h.endValue,
    h.deadline,
    rule,
    0,
  );
}

/** `c` under another rule name (a parser that reports its hits under a rule of its own). */
export function withRule(c: Candidate, rule: string): Candidate {
  return candidate(c.start, c.end, c.type, c.value, c.relative, c.endValue, c.deadline, rule, c.priority);
}

/** `c` with the priority of the parser that found it. */
export function withPriority(c: Candidate, priority: number): Candidate {
  return candidate(c.start, c.end, c.type, c.value, c.relative, c.endValue, c.deadline, c.rule, priority);
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

/**
 * A time of the record. `deadline`, `end_value` and `mentions` are always there, undefined when
 * they do not apply, so that every time has one shape (JSON leaves the undefined ones out).
 */
export function recordTime(
  id: string,
  text: string,
  start: number,
  end: number,
  type: TimeKind,
  value: string,
  anchor: string | null,
  deadline: boolean,
  endValue: string | undefined,
  mentions: Time['mentions'],
): Time {
  return {
    id,
    text,
    start,
    end,
    type,
    value,
    anchor,
    deadline: deadline ? true : undefined,
    end_value: endValue,
    mentions,
  };
}
