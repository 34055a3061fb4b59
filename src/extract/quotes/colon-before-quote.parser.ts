import { tokenAt } from '../../nlp/doc.js';
import { cueLemma, makeAttribution } from './attribution.js';
import type { QuoteContext } from './context.js';
import { isAccordingTo, isCue, isPunct } from './context.js';
import { CUE_SETS } from './cues.js';
import { npAfter, npBefore } from './noun-phrase.js';
import { speakerForCue } from './said-before-quote.parser.js';
import { type Attribution, type MarkedSpan, withoutCue } from './types.js';

/** The colon token that introduces the quote, in its own paragraph or ending the one before. */
function introducingColon(ctx: QuoteContext, m: MarkedSpan): number {
  const { doc } = ctx;
  const para = doc.paragraphs[m.paragraph];
  const i = tokenAt(doc, m.open) - 1;
  if (i >= 0 && doc.tokens[i].start >= para.start) return isPunct(doc.tokens[i], ':') ? i : -1;
  // The quote opens its paragraph: the previous paragraph must end with the colon.
  return i >= 0 && isPunct(doc.tokens[i], ':') && m.paragraph > 0 ? i : -1;
}

/**
 * A quote introduced by a colon, also from the end of the previous paragraph ("Cruz
 * continued:", "President Clinton released the following statement:", "Trump: ‘…’"): the
 * nearest verb before the colon with its subject, else a bare name.
 */
export function colonBeforeQuote(ctx: QuoteContext, m: MarkedSpan): Attribution | null {
  const toks = ctx.doc.tokens;
  const colon = introducingColon(ctx, m);
  if (colon < 0) return null;
  const s = ctx.doc.sentences[toks[colon].sent];
  // The nearest verb before the colon is the cue, a verb of speech or not ("shot back:").
  for (let k = colon - 1; k >= s.tokenStart; k--) {
    if (ctx.quoted[k]) return null;
    const according = isAccordingTo(ctx.doc, k);
    if (!according && toks[k].pos !== 'VERB' && !isCue(toks[k], CUE_SETS.speech, CUE_SETS.directOnly))
      continue;
    const speaker = speakerForCue(ctx, k, s.tokenStart, colon);
    if (!speaker) return null;
    const lemma = cueLemma(ctx, k);
    return makeAttribution(
      ctx,
      { from: k, to: according ? k + 2 : k + 1 },
      lemma,
      speaker,
      { from: k, to: colon },
      'colon-before-quote',
    );
  }
  // Headlines: "Trump: ‘…’", "CNN President On Trump: ‘…’", "TOO EARLY - Mark Blumenthal: “…”".
  let np = npBefore(ctx, colon, s.tokenStart, false);
  if (np && np.from !== s.tokenStart && !isPunct(toks[np.from - 1], '-—–')) np = null;
  if (!np && colon - s.tokenStart <= 8) np = npAfter(ctx, s.tokenStart, colon);
  if (!np) return null;
  const a = makeAttribution(
    ctx,
    { from: colon, to: colon + 1 },
    ':',
    np,
    { from: np.from, to: colon },
    'colon-before-quote',
  );
  return withoutCue(a);
}
