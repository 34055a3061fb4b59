/** A character span into `doc.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type SpeakerKind = 'name' | 'role' | 'pronoun' | 'organization';

/** A quote found in the text, before its speaker is linked to an actor. */
export interface QuoteCandidate {
  /** The quote content without the quote marks; for a split quote, first part to last part. */
  readonly start: number;
  readonly end: number;
  /** `doc.text.slice(start, end)`. */
  readonly text: string;
  /** true: the words are in quote marks; false: reported (indirect) speech. */
  readonly direct: boolean;
  /** Lemma of the cue ("say", "tell", "according to"), or null. */
  readonly cue: string | null;
  readonly cueSpan: Span | null;
  /** The speaker phrase as written: "Russian Foreign Minister Sergei Lavrov", "he", "the ministry". */
  readonly speaker: (Span & { readonly text: string }) | null;
  readonly speakerKind: SpeakerKind | null;
  /** The attribution clause, where the quote's time expression is looked up. */
  readonly clause: Span;
  /** The rule that produced the candidate, for `--explain`. */
  readonly reason?: string;
}

/** A span in quote marks found by the quote-marks parser. */
export interface MarkedSpan {
  /** Content, without the marks (trimmed). */
  readonly start: number;
  readonly end: number;
  /** Offset of the opening mark and offset just after the closing mark (= end of content if unclosed). */
  readonly open: number;
  readonly close: number;
  readonly closed: boolean;
  /** Quoted with single marks (‘…’ or '…'). */
  readonly single: boolean;
  /** Index of the first and last paragraph it covers. */
  readonly paragraph: number;
  readonly lastParagraph: number;
  /** The text ends inside the marks with , . ? ! — a sign of real speech, not a title or scare quote. */
  readonly endsWithPunct: boolean;
}

/** Who said it and how: what an attribution parser returns. */
export interface Attribution {
  readonly cue: string | null;
  readonly cueSpan: Span | null;
  readonly speaker: (Span & { readonly text: string }) | null;
  readonly speakerKind: SpeakerKind | null;
  readonly clause: Span;
  readonly reason: string;
}

/** A quote found by a parser: its content span, direct or reported, and its attribution. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly direct: boolean;
  readonly attr: Attribution | null;
  /** For direct quotes: the marked span(s) it was built from, first to last. */
  readonly marks?: readonly MarkedSpan[];
}

// One shape for every marked span, attribution and found quote: V8 recompiles the parsers when
// objects of one kind come in several shapes.

export function markedSpan(
  start: number,
  end: number,
  open: number,
  close: number,
  closed: boolean,
  single: boolean,
  paragraph: number,
  lastParagraph: number,
  endsWithPunct: boolean,
): MarkedSpan {
  return { start, end, open, close, closed, single, paragraph, lastParagraph, endsWithPunct };
}

export function attribution(
  cue: string | null,
  cueSpan: Span | null,
  speaker: (Span & { readonly text: string }) | null,
  speakerKind: SpeakerKind | null,
  clause: Span,
  reason: string,
): Attribution {
  return { cue, cueSpan, speaker, speakerKind, clause, reason };
}

/** The attribution without its cue (a dash or a colon stands in for it). */
export function withoutCue(a: Attribution): Attribution {
  return attribution(null, null, a.speaker, a.speakerKind, a.clause, a.reason);
}

export function found(
  start: number,
  end: number,
  direct: boolean,
  attr: Attribution | null,
  marks: readonly MarkedSpan[] | undefined,
): Found {
  return { start, end, direct, attr, marks };
}
