import { sentenceAt, tokenAt } from '../../nlp/doc.js';
import { cueLemma, makeAttribution } from './attribution.js';
import { clauseEnd } from './clause-extent.js';
import type { QuoteContext } from './context.js';
import { isAccordingTo, isCue } from './context.js';
import { CUE_SETS } from './cues.js';
import { speakerForCue } from './said-before-quote.parser.js';
import type { Attribution, MarkedSpan } from './types.js';

/**
 * A quote inside a sentence whose cue comes earlier in it, not right before the mark:
 * `a deadline US President Joe Biden said on Wednesday would be "tough" to meet` → Biden, "say".
 * The nearest cue before the quote (outside other quotes) wins; it needs a speaker.
 */
export function cueInSentence(ctx: QuoteContext, m: MarkedSpan): Attribution | null {
  const { doc } = ctx;
  const toks = doc.tokens;
  const s = sentenceAt(doc, m.open) ?? sentenceAt(doc, m.start);
  if (!s) return null;
  const first = tokenAt(doc, m.open);
  for (let k = Math.min(first, s.tokenEnd) - 1; k >= s.tokenStart; k--) {
    if (ctx.quoted[k]) continue;
    const t = toks[k];
    const according = isAccordingTo(doc, k);
    if (!according && !isCue(t, CUE_SETS.speech, CUE_SETS.directOnly)) continue;
    const speaker = speakerForCue(ctx, k, s.tokenStart, first);
    if (!speaker) return null;
    const lemma = cueLemma(ctx, k);
    const cueTo = according ? k + 2 : k + 1;
    const end = according ? speaker.to : clauseEnd(ctx, cueTo, first, CUE_SETS.audience.has(t.lemma));
    return makeAttribution(
      ctx,
      { from: k, to: cueTo },
      lemma,
      speaker,
      { from: k, to: Math.max(end, cueTo) },
      'cue-in-sentence',
    );
  }
  return null;
}
