import { tokenAt } from '../../nlp/doc.js';
import { makeAttribution } from './attribution.js';
import { clauseEnd, endsSentence } from './clause-extent.js';
import type { QuoteContext } from './context.js';
import { isAccordingTo, isCapitalized, isPunct, looseCue } from './context.js';
import { CUE_SETS } from './cues.js';
import { npAfter } from './noun-phrase.js';
import type { Attribution, MarkedSpan } from './types.js';

/** The last character inside the closing mark: "," means the sentence goes on after it. */
function finalPunct(text: string, m: MarkedSpan): string {
  let k = m.close - 1;
  while (k > m.start && /["“”»'’`\s]/.test(text[k])) k--;
  return text[k];
}

/** Skips adverbs and auxiliaries between a subject and its verb ("he has also said"). */
function skipAux(ctx: QuoteContext, i: number, max: number): number {
  for (let k = 0; k < 3 && i < max; k++) {
    const t = ctx.doc.tokens[i];
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') i++;
    else break;
  }
  return i;
}

/**
 * The attribution right after a closing quote mark, in either order:
 * `"…," Lavrov said on Thursday` · `"…," said Lavrov` · `"…," he told reporters` ·
 * `"…," the ministry said in a statement` · `"…," according to the ministry`.
 * After a quote that ends its own sentence (`."`) a capitalised attribution must end its
 * clause too, so that `"…." He said the talks …` is not taken for one.
 */
export function saidAfterQuote(ctx: QuoteContext, m: MarkedSpan): Attribution | null {
  if (!m.closed) return null;
  const { doc } = ctx;
  const toks = doc.tokens;
  const para = doc.paragraphs[m.lastParagraph];
  const max = tokenAt(doc, para.end);
  let i = tokenAt(doc, m.close);
  while (i < max && toks[i].start < m.close) i++;
  const dash = isPunct(toks[i], '―—–-') ? dashAttribution(ctx, i + 1, max) : null;
  if (dash) return dash;
  if (isPunct(toks[i], ',—–-')) i++;
  if (i >= max || ctx.quoted[i]) return null;
  // After `?"` or `!"` a capitalised attribution is still common ("Too forced?" He tweeted).
  const newSentence = finalPunct(doc.text, m) === '.' && isCapitalized(toks[i]);
  const accept = (end: number) => !newSentence || endsSentence(ctx, end, max);

  if (isAccordingTo(doc, i)) {
    const np = npAfter(ctx, i + 2, max);
    if (!np) return null;
    const end = clauseEnd(ctx, np.to, max, false);
    return accept(end)
      ? makeAttribution(
          ctx,
          { from: i, to: i + 2 },
          'according to',
          np,
          { from: i, to: end },
          'according-after-quote',
        )
      : null;
  }
  const first = looseCue(toks[i], CUE_SETS.speech, CUE_SETS.directOnly);
  // `"…," adding that …` introduces the next thing said, not this quote.
  if (first && toks[i].lower.endsWith('ing')) return null;
  if (first) {
    // Inverted, the phrase after the cue is the speaker even for "asked", "warned".
    const np = npAfter(ctx, i + 1, max);
    const end = clauseEnd(ctx, np ? np.to : i + 1, max, false);
    if (!accept(end)) return null;
    return makeAttribution(
      ctx,
      { from: i, to: i + 1 },
      first,
      np,
      { from: i, to: end },
      'said-x-after-quote',
    );
  }
  let np = npAfter(ctx, i, max);
  if (!np) return null;
  let j = np.to;
  let lemma: string | null = null;
  // A cue tagged as a noun ends up inside the phrase: "Viguerie notes."
  for (let k = np.from + 1; k < np.to && !lemma; k++) {
    if (isCapitalized(toks[k])) continue;
    lemma = looseCue(toks[k], CUE_SETS.speech, CUE_SETS.directOnly);
    if (lemma) {
      j = k;
      np = { from: np.from, to: k };
    }
  }
  if (!lemma) {
    if (isPunct(toks[j], ',')) {
      // `"…," Jo Coelbart, a retired Belgian general, said`
      let k = j + 1;
      const stop = (x: number) =>
        isPunct(toks[x], ',;:') || (isPunct(toks[x], '.') && !isPunct(toks[x + 1], ','));
      while (k < max && k < j + 25 && !stop(k) && !ctx.quoted[k]) k++;
      if (!isPunct(toks[k], ',')) return null;
      j = k + 1;
    }
    j = skipAux(ctx, j, max);
    lemma = j < max ? looseCue(toks[j], CUE_SETS.speech, CUE_SETS.directOnly) : null;
    if (!lemma && toks[j]?.pos === 'ADP') {
      // `"…?" a narrator in the Clinton ad asks`
      const pp = npAfter(ctx, j + 1, max);
      if (pp) j = skipAux(ctx, pp.to, max);
      lemma = pp && j < max ? looseCue(toks[j], CUE_SETS.speech, CUE_SETS.directOnly) : null;
      if (lemma) np = { from: np.from, to: pp?.to ?? np.to };
    }
    if (!lemma) return null;
  }
  const end = clauseEnd(ctx, j + 1, max, CUE_SETS.audience.has(lemma));
  if (!accept(end)) return null;
  return makeAttribution(
    ctx,
    { from: j, to: j + 1 },
    lemma,
    np,
    { from: np.from, to: end },
    'x-said-after-quote',
  );
}

/** `“…” ― Sonya Herridge`: a name after a dash that ends the paragraph or sentence. */
function dashAttribution(ctx: QuoteContext, i: number, max: number): Attribution | null {
  const np = npAfter(ctx, i, max);
  if (!np || !endsSentence(ctx, np.to, max)) return null;
  const a = makeAttribution(ctx, { from: i - 1, to: i }, '―', np, np, 'dash-after-quote');
  return { ...a, cue: null, cueSpan: null };
}
