import type { Sentence } from '../../nlp/doc.js';
import { makeAttribution } from './attribution.js';
import type { QuoteContext } from './context.js';
import { isAccordingTo, isPunct } from './context.js';
import { npAfter, type TokRange } from './noun-phrase.js';
import { type Found, found } from './types.js';

/**
 * Reported speech attributed with "according to": `According to X, …` (the rest of the
 * sentence) and `…, according to X.` (the part before it). Offsets already used by a direct
 * quote's attribution are skipped.
 */
export function accordingTo(ctx: QuoteContext, usedCues: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  for (const s of ctx.doc.sentences) {
    const f = accordingInSentence(ctx, s, usedCues);
    if (f) out.push(f);
  }
  return out;
}

/** The sentence's first "according to" with a speaker and a reported part, or null. */
function accordingInSentence(ctx: QuoteContext, s: Sentence, usedCues: ReadonlySet<number>): Found | null {
  const { doc } = ctx;
  const toks = doc.tokens;
  for (let k = s.tokenStart; k < s.tokenEnd - 2; k++) {
    if (!isAccordingTo(doc, k) || ctx.quoted[k] || usedCues.has(toks[k].start)) continue;
    const np = npAfter(ctx, k + 2, s.tokenEnd);
    if (!np) continue;
    const c = reportedPart(ctx, s, k, np);
    if (!c) continue;
    const attr = makeAttribution(
      ctx,
      { from: k, to: k + 2 },
      'according to',
      np,
      { from: k, to: np.to },
      'according-to',
    );
    return found(toks[c.from].start, toks[c.to - 1].end, false, attr, undefined);
  }
  return null;
}

/**
 * What "according to" at token `k` attributes: the part of the sentence before it (`…,
 * according to X`) or after its speaker (`According to X, …`), without edge punctuation;
 * null when less than three tokens are left.
 */
function reportedPart(ctx: QuoteContext, s: Sentence, k: number, np: TokRange): TokRange | null {
  const toks = ctx.doc.tokens;
  let from: number;
  let to: number;
  if (k - 1 > s.tokenStart && isPunct(toks[k - 1], ',—(')) {
    from = s.tokenStart;
    to = k - 1;
  } else {
    from = isPunct(toks[np.to], ',') ? np.to + 1 : np.to;
    to = s.tokenEnd;
  }
  while (to > from && toks[to - 1].pos === 'PUNCT') to--;
  while (from < to && toks[from].pos === 'PUNCT') from++;
  return to - from < 3 ? null : { from, to };
}
