import { tokenAt } from '../../nlp/doc.js';
import { makeAttribution } from './attribution.js';
import { clauseEnd, endsSentence } from './clause-extent.js';
import type { QuoteContext } from './context.js';
import { isAccordingTo, isCapitalized, isPunct, looseCue } from './context.js';
import { CUE_SETS } from './cues.js';
import { npAfter, type TokRange } from './noun-phrase.js';
import { type Attribution, type MarkedSpan, withoutCue } from './types.js';

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
  const max = tokenAt(doc, doc.paragraphs[m.lastParagraph].end);
  let i = firstTokenFrom(ctx, m.close, max);
  const dash = isPunct(toks[i], '―—–-') ? dashAttribution(ctx, i + 1, max) : null;
  if (dash) return dash;
  if (isPunct(toks[i], ',—–-')) i++;
  if (i >= max || ctx.quoted[i]) return null;
  // After `?"` or `!"` a capitalised attribution is still common ("Too forced?" He tweeted).
  const newSentence = finalPunct(doc.text, m) === '.' && isCapitalized(toks[i]);
  if (isAccordingTo(doc, i)) return accordingAfter(ctx, i, max, newSentence);
  const first = looseCue(toks[i], CUE_SETS.speech, CUE_SETS.directOnly);
  // `"…," adding that …` introduces the next thing said, not this quote.
  if (first && toks[i].lower.endsWith('ing')) return null;
  if (first) return cueFirst(ctx, i, max, first, newSentence);
  return speakerFirst(ctx, i, max, newSentence);
}

/** The first token that starts at or after `offset`, or `max`. */
function firstTokenFrom(ctx: QuoteContext, offset: number, max: number): number {
  const toks = ctx.doc.tokens;
  let i = tokenAt(ctx.doc, offset);
  while (i < max && toks[i].start < offset) i++;
  return i;
}

/** An attribution after a quote that ends its sentence must end its clause too. */
function accepts(ctx: QuoteContext, end: number, max: number, newSentence: boolean): boolean {
  return !newSentence || endsSentence(ctx, end, max);
}

/** `"…," according to the ministry` */
function accordingAfter(ctx: QuoteContext, i: number, max: number, newSentence: boolean): Attribution | null {
  const np = npAfter(ctx, i + 2, max);
  if (!np) return null;
  const end = clauseEnd(ctx, np.to, max, false);
  if (!accepts(ctx, end, max, newSentence)) return null;
  return makeAttribution(
    ctx,
    { from: i, to: i + 2 },
    'according to',
    np,
    { from: i, to: end },
    'according-after-quote',
  );
}

/** `"…," said Lavrov`: inverted, the phrase after the cue is the speaker even for "asked", "warned". */
function cueFirst(
  ctx: QuoteContext,
  i: number,
  max: number,
  lemma: string,
  newSentence: boolean,
): Attribution | null {
  const np = npAfter(ctx, i + 1, max);
  const end = clauseEnd(ctx, np ? np.to : i + 1, max, false);
  if (!accepts(ctx, end, max, newSentence)) return null;
  return makeAttribution(ctx, { from: i, to: i + 1 }, lemma, np, { from: i, to: end }, 'said-x-after-quote');
}

/** A speaker phrase and the cue token after it. */
interface SpeakerCue {
  readonly np: TokRange;
  readonly cue: number;
  readonly lemma: string;
}

function speakerCue(np: TokRange, cue: number, lemma: string): SpeakerCue {
  return { np, cue, lemma };
}

/** `"…," Lavrov said on Thursday` · `"…," the ministry said in a statement` */
function speakerFirst(ctx: QuoteContext, i: number, max: number, newSentence: boolean): Attribution | null {
  const np = npAfter(ctx, i, max);
  if (!np) return null;
  const sc = cueInPhrase(ctx, np) ?? cueAfterPhrase(ctx, np, max);
  if (!sc) return null;
  const end = clauseEnd(ctx, sc.cue + 1, max, CUE_SETS.audience.has(sc.lemma));
  if (!accepts(ctx, end, max, newSentence)) return null;
  return makeAttribution(
    ctx,
    { from: sc.cue, to: sc.cue + 1 },
    sc.lemma,
    sc.np,
    { from: sc.np.from, to: end },
    'x-said-after-quote',
  );
}

/** A cue tagged as a noun ends up inside the phrase: "Viguerie notes." */
function cueInPhrase(ctx: QuoteContext, np: TokRange): SpeakerCue | null {
  const toks = ctx.doc.tokens;
  for (let k = np.from + 1; k < np.to; k++) {
    if (isCapitalized(toks[k])) continue;
    const lemma = looseCue(toks[k], CUE_SETS.speech, CUE_SETS.directOnly);
    if (lemma) return speakerCue({ from: np.from, to: k }, k, lemma);
  }
  return null;
}

/** The cue after the phrase, past an appositive, adverbs and auxiliaries. */
function cueAfterPhrase(ctx: QuoteContext, np: TokRange, max: number): SpeakerCue | null {
  const toks = ctx.doc.tokens;
  let j = np.to;
  if (isPunct(toks[j], ',')) {
    j = afterAppositive(ctx, j, max);
    if (j < 0) return null;
  }
  j = skipAux(ctx, j, max);
  const lemma = j < max ? looseCue(toks[j], CUE_SETS.speech, CUE_SETS.directOnly) : null;
  if (lemma) return speakerCue(np, j, lemma);
  return toks[j]?.pos === 'ADP' ? cueAfterPrepPhrase(ctx, np, j, max) : null;
}

/** `"…," Jo Coelbart, a retired Belgian general, said`: the token after the closing comma, or -1. */
function afterAppositive(ctx: QuoteContext, comma: number, max: number): number {
  const toks = ctx.doc.tokens;
  const stop = (x: number) =>
    isPunct(toks[x], ',;:') || (isPunct(toks[x], '.') && !isPunct(toks[x + 1], ','));
  let k = comma + 1;
  while (k < max && k < comma + 25 && !stop(k) && !ctx.quoted[k]) k++;
  return isPunct(toks[k], ',') ? k + 1 : -1;
}

/** `"…?" a narrator in the Clinton ad asks`: the phrase goes on over a prepositional phrase. */
function cueAfterPrepPhrase(ctx: QuoteContext, np: TokRange, adp: number, max: number): SpeakerCue | null {
  const pp = npAfter(ctx, adp + 1, max);
  if (!pp) return null;
  const j = skipAux(ctx, pp.to, max);
  const lemma = j < max ? looseCue(ctx.doc.tokens[j], CUE_SETS.speech, CUE_SETS.directOnly) : null;
  return lemma ? speakerCue({ from: np.from, to: pp.to }, j, lemma) : null;
}

/** `“…” ― Sonya Herridge`: a name after a dash that ends the paragraph or sentence. */
function dashAttribution(ctx: QuoteContext, i: number, max: number): Attribution | null {
  const np = npAfter(ctx, i, max);
  if (!np || !endsSentence(ctx, np.to, max)) return null;
  const a = makeAttribution(ctx, { from: i - 1, to: i }, '―', np, np, 'dash-after-quote');
  return withoutCue(a);
}
