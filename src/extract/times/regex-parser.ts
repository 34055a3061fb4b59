import { type Candidate, type Hit, hitCandidate, type SentenceCtx, type TimeParser } from './types.js';

/** A parser made of one global pattern and an extract step, run over a sentence. */
export interface RegexParserSpec {
  readonly name: string;
  /** Matched against the sentence text (the `g` flag is added). */
  readonly pattern: RegExp;
  /** Record capture-group offsets for groupStart/groupEnd (the `d` flag; it costs a little). */
  readonly indices?: boolean;
  /**
   * Cheap test on the lower-cased sentence before the pattern runs (speed only): write it in
   * lower case, without the `i` flag (case-blind alternations are slow in V8).
   */
  readonly quick?: RegExp;
  /** Cheaper still: run only when the sentence has one of these tokens (lower case, whole tokens). */
  readonly words?: readonly string[];
  /** Returns a hit (offsets relative to the sentence), several, or null to skip the match. */
  extract(ctx: SentenceCtx, match: RegExpExecArray): Hit | Hit[] | null;
}

/** What a parser returns when a pre-test skips the sentence (shared: callers only read it). */
const NONE: Candidate[] = [];

const hasAny = (set: ReadonlySet<string>, words: readonly string[]) => {
  for (let i = 0; i < words.length; i++) if (set.has(words[i])) return true;
  return false;
};

/**
 * Every word some parser's pre-test names (`spec.words`): the stage puts only these into
 * `SentenceCtx.words`, the only words anyone asks it about.
 */
export const PRETEST_WORDS = new Set<string>();

/** Wraps a spec as a TimeParser; a match that throws is skipped, never the stage. */
export function regexParser(spec: RegexParserSpec): TimeParser {
  // `g` walks every match; `d` gives capture-group offsets (groupStart) when asked for.
  const flags = [...new Set(`${spec.pattern.flags}g${spec.indices ? 'd' : ''}`)].join('');
  // One compiled pattern per parser; the stage is synchronous, so resetting lastIndex is enough.
  const re = new RegExp(spec.pattern.source, flags);
  const quick = spec.quick ? new RegExp(spec.quick.source, spec.quick.flags.replace(/[gy]/g, '')) : undefined;
  const words = spec.words;
  for (const w of words ?? []) PRETEST_WORDS.add(w);
  return {
    name: spec.name,
    parse(ctx: SentenceCtx): Candidate[] {
      if (words && !hasAny(ctx.words, words)) return NONE;
      if (quick && !quick.test(ctx.lower)) return NONE;
      const out: Candidate[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
        if (m[0].length === 0) re.lastIndex++;
        addHits(out, extractSafely(spec, ctx, m), ctx.sentence.start, spec.name);
      }
      return out;
    },
  };
}

/** The hits of one match; a match whose extract step throws has none. */
function extractSafely(spec: RegexParserSpec, ctx: SentenceCtx, m: RegExpExecArray): Hit | Hit[] | null {
  try {
    return spec.extract(ctx, m);
  } catch {
    return null;
  }
}

/** Adds the non-empty hits of a sentence starting at doc offset `offset` as candidates. */
function addHits(out: Candidate[], hits: Hit | Hit[] | null, offset: number, rule: string): void {
  if (hits === null) return;
  if (!Array.isArray(hits)) addHit(out, hits, offset, rule);
  else for (const h of hits) addHit(out, h, offset, rule);
}

function addHit(out: Candidate[], h: Hit, offset: number, rule: string): void {
  if (h.end > h.start) out.push(hitCandidate(h, offset, rule));
}

/** Start offset (in the sentence) of capture group `g`; the match start when it did not take part. */
export function groupStart(m: RegExpExecArray, g: number): number {
  return m.indices?.[g]?.[0] ?? m.index;
}

/** End offset (in the sentence) of capture group `g`; the match end when it did not take part. */
export function groupEnd(m: RegExpExecArray, g: number): number {
  return m.indices?.[g]?.[1] ?? m.index + m[0].length;
}
