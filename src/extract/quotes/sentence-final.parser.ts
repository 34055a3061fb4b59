import type { Sentence } from '../../nlp/doc.js';
import { sentenceAt, tokenAt } from '../../nlp/doc.js';
import { makeAttribution } from './attribution.js';
import { clauseEnd, endsSentence } from './clause-extent.js';
import type { QuoteContext } from './context.js';
import { isCue, isPunct } from './context.js';
import { CUE_SETS } from './cues.js';
import { npAfter, npBeforeSkipping, type TokRange } from './noun-phrase.js';
import type { Attribution, MarkedSpan } from './types.js';

/** An attribution closing its sentence after a comma, and the comma's token index. */
export interface FinalAttribution {
  readonly attr: Attribution;
  readonly comma: number;
}

/**
 * The cue at token `k` as a sentence-final attribution: `…, Lavrov said on Thursday.` or
 * `…, said a spokesman.` — the speaker between the comma and the end, the cue on either side.
 */
export function finalAttribution(ctx: QuoteContext, s: Sentence, k: number): FinalAttribution | null {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  const audience = CUE_SETS.audience.has(t.lemma);
  let speaker: TokRange | null = null;
  let comma = -1;
  let after = k + 1;
  if (k > 0 && isPunct(toks[k - 1], ',') && !audience) {
    speaker = npAfter(ctx, k + 1, s.tokenEnd);
    comma = k - 1;
    if (speaker) after = speaker.to;
  } else {
    speaker = npBeforeSkipping(ctx, k, s.tokenStart);
    if (speaker && isPunct(toks[speaker.from - 1], ',')) comma = speaker.from - 1;
  }
  if (!speaker || comma <= s.tokenStart) return null;
  const end = clauseEnd(ctx, after, s.tokenEnd, audience);
  if (!endsSentence(ctx, end, s.tokenEnd)) return null;
  const clause = { from: Math.min(k, speaker.from), to: end };
  return {
    attr: makeAttribution(ctx, { from: k, to: k + 1 }, t.lemma, speaker, clause, 'sentence-final'),
    comma,
  };
}

/**
 * A quote that is only part of what comes before a sentence-final attribution:
 * `"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said
 * Steve Elmendorf.`
 */
export function finalAttributionOfQuote(ctx: QuoteContext, m: MarkedSpan): Attribution | null {
  const { doc } = ctx;
  const s = sentenceAt(doc, Math.max(m.start, m.close - 1));
  if (!s) return null;
  for (let k = Math.max(tokenAt(doc, m.close), s.tokenStart); k < s.tokenEnd; k++) {
    if (ctx.quoted[k] || !isCue(doc.tokens[k], CUE_SETS.speech)) continue;
    const f = finalAttribution(ctx, s, k);
    if (f && doc.tokens[f.comma].start >= m.close) return f.attr;
  }
  return null;
}
