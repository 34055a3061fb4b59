import { tokenAt } from '../../nlp/doc.js';
import { cueLemma, makeAttribution } from './attribution.js';
import type { QuoteContext } from './context.js';
import { isAccordingTo, isCapitalized, isCue, isPunct, looseCue } from './context.js';
import { CUE_SETS } from './cues.js';
import { npAfter, npBeforeSkipping, sentenceSubject, type TokRange } from './noun-phrase.js';
import type { Attribution, MarkedSpan } from './types.js';

/**
 * The speaker of the cue at token `c`: after "according to", the sentence subject for a
 * participle after a comma ("…, saying") or a verb after "and"/"to", else the subject before
 * the verb, else an inverted speaker after it ("said Lavrov:").
 */
export function speakerForCue(ctx: QuoteContext, c: number, min: number, max: number): TokRange | null {
  const toks = ctx.doc.tokens;
  if (isAccordingTo(ctx.doc, c)) return npAfter(ctx, c + 2, max);
  if (toks[c].lower.endsWith('ing') && isPunct(toks[c - 1], ',')) return sentenceSubject(ctx, c);
  const before = npBeforeSkipping(ctx, c, min);
  if (before) return before;
  // "He adopted a fake accent and joked", "Bryne went on to say": the subject of the sentence.
  if (/^(and|but|then|to)$/.test(toks[c - 1]?.lower ?? '') || toks[c].lower.endsWith('ing'))
    return sentenceSubject(ctx, c);
  if (CUE_SETS.audience.has(toks[c].lemma)) return null;
  return npAfter(ctx, c + 1, max);
}

/**
 * The cue at most a few adjunct words before token `last` ("said on Thursday", "told reporters
 * at the summit", "wrote on Twitter", "according to"), or -1.
 */
export function cueBefore(ctx: QuoteContext, last: number, min: number, span = 12): number {
  const toks = ctx.doc.tokens;
  for (let k = last; k >= min && last - k < span; k--) {
    const t = toks[k];
    if (ctx.quoted[k]) return -1;
    if (isAccordingTo(ctx.doc, k)) return k;
    if (isCue(t, CUE_SETS.speech, CUE_SETS.directOnly)) return k;
    // Right before the mark wink's tag counts less: "The ad claims “…”".
    if (k === last && !isCapitalized(t) && looseCue(t, CUE_SETS.speech, CUE_SETS.directOnly)) return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return -1;
    if (isPunct(t, '.;!?:,()')) return -1;
  }
  return -1;
}

/**
 * The attribution right before an opening quote mark: `Lavrov said on Thursday: "…"`,
 * `He told reporters, "…"`, `According to the ministry, "…"`, `She said that "…"`.
 */
export function saidBeforeQuote(ctx: QuoteContext, m: MarkedSpan): Attribution | null {
  const { doc } = ctx;
  const toks = doc.tokens;
  const para = doc.paragraphs[m.paragraph];
  const min = tokenAt(doc, para.start);
  const max = tokenAt(doc, para.end);
  let i = tokenAt(doc, m.open) - 1;
  if (i < min) return null;
  if (isPunct(toks[i], ':,—')) i--;
  else if (toks[i].lower === 'that') i--;
  const c = cueBefore(ctx, i, min);
  if (c < 0) return null;
  const sent = doc.sentences[toks[c].sent];
  const speaker = speakerForCue(ctx, c, Math.max(min, sent.tokenStart), max);
  if (!speaker) return null;
  const lemma = cueLemma(ctx, c);
  const cue = { from: c, to: lemma === 'according to' ? c + 2 : c + 1 };
  return makeAttribution(ctx, cue, lemma, speaker, { from: c, to: i + 1 }, 'said-before-quote');
}
