import type { Token } from '../../nlp/doc.js';
import type { QuoteContext } from './context.js';
import { isCapitalized, isPronoun, isPunct } from './context.js';
import { CUE_SETS } from './cues.js';

/** A token range [from, to). */
export interface TokRange {
  readonly from: number;
  readonly to: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const LINKS = new Set(['of', 'for', 'at', 'and', '&']);
const NOT_HEAD = new Set(['that', 'this', 'there', 'what', 'which', 'who', 'all', 'both']);
const MAX_NP = 14;
/** Words that stand alone as a speaker: "Some chanted …", "Others said …". */
const QUANTIFIERS = new Set(['some', 'many', 'others', 'most', 'several', 'few', 'both', 'all']);

const NEVER_NAME = new Set(['PUNCT', 'DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'SYM']);
const CUE_FORMS_CAP = /^(Said|Says|Told|Added|Wrote|Tweeted|Asked)$/;

/** A capitalised word inside a sentence that wink mistagged ("Mr. Hedge" as a verb). */
export function nameLike(ctx: QuoteContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!isCapitalized(t) || NEVER_NAME.has(t.pos) || ctx.time[i] || CUE_FORMS_CAP.test(t.text)) return false;
  return ctx.doc.sentences[t.sent].tokenStart !== i;
}

function isNpToken(t: Token): boolean {
  return (
    NP_POS.has(t.pos) ||
    POSSESSIVE.has(t.lower) ||
    (t.pos === 'PRON' && /^(his|her|their|its|our|my)$/.test(t.lower))
  );
}
/** A hyphen inside a word ("Mark-Viverito"): no space on either side. */
function innerHyphen(ctx: QuoteContext, i: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[i];
  return (
    t.text === '-' &&
    i > 0 &&
    i + 1 < toks.length &&
    toks[i - 1].end === t.start &&
    toks[i + 1].start === t.end
  );
}
function isHead(ctx: QuoteContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (ctx.quoted[i]) return false;
  return (
    ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') && !NOT_HEAD.has(t.lower)) || nameLike(ctx, i)
  );
}
function allTime(ctx: QuoteContext, r: TokRange): boolean {
  for (let i = r.from; i < r.to; i++) if (!ctx.time[i] && ctx.doc.tokens[i].pos !== 'DET') return false;
  return true;
}

/** The noun phrase that ends just before token `end` (a cue's subject), not reaching before `min`. */
export function npBefore(ctx: QuoteContext, end: number, min: number, appositive = true): TokRange | null {
  const toks = ctx.doc.tokens;
  let i = end - 1;
  if (i < min) return null;
  if ((isPronoun(toks[i]) || QUANTIFIERS.has(toks[i].lower)) && !ctx.quoted[i]) return { from: i, to: i + 1 };
  if (appositive && isPunct(toks[i], ',')) return npBeforeAppositive(ctx, i, min);
  if (isPunct(toks[i], ')')) {
    // "Sen. Bernie Sanders (Vt.)": the name is before the brackets.
    let j = i - 1;
    while (j > min && j > i - 8 && !isPunct(toks[j], '(')) j--;
    if (!isPunct(toks[j], '(')) return null;
    const inner = npBefore(ctx, j, min, false);
    return inner ? { from: inner.from, to: end } : null;
  }
  if (!isHead(ctx, i)) return null;
  let from = end;
  let proper = false;
  while (i >= min && end - i <= MAX_NP && !ctx.quoted[i]) {
    const t = toks[i];
    const link =
      (LINKS.has(t.lower) && from < end && i > min && isNpToken(toks[i - 1])) || innerHyphen(ctx, i);
    const compound = i > from && innerHyphen(ctx, i - 1); // "Texas-based"
    if (!isNpToken(t) && !link && !compound && !nameLike(ctx, i)) break;
    // "a deadline | US President Joe Biden": a common noun before a name starts another phrase.
    if (proper && t.pos === 'NOUN' && !isCapitalized(t) && !CUE_SETS.roles.has(t.lower)) break;
    if (t.lower === 'and' && !proper) break;
    if ((t.pos === 'PROPN' && isCapitalized(t)) || nameLike(ctx, i)) proper = true;
    from = i;
    i--;
    if (t.pos === 'DET') break;
  }
  while (from < end && (LINKS.has(toks[from].lower) || POSSESSIVE.has(toks[from].lower))) from++;
  if (from >= end) return null;
  const r = { from, to: end };
  return allTime(ctx, r) ? null : r;
}

/** "Jo Coelbart, a retired Belgian general who …, said": the phrase before the appositive. */
function npBeforeAppositive(ctx: QuoteContext, comma: number, min: number): TokRange | null {
  const toks = ctx.doc.tokens;
  for (let j = comma - 1; j > min && j > comma - 30; j--) {
    if (ctx.quoted[j] || isPunct(toks[j], '.;:!?')) return null;
    if (isPunct(toks[j], ',')) {
      // "In the primary, Gov. John Kasich (R-OH), said": the part between the commas is the subject.
      const inner = npBefore(ctx, comma, j + 1, false);
      const np = npBefore(ctx, j, min, false);
      const innerWhole = inner && inner.from === j + 1;
      if (innerWhole && (!np || (np.from > min && /^(ADP|VERB|SCONJ)$/.test(toks[np.from - 1].pos))))
        return inner;
      if (!np) return null;
      // The part between the commas must read as an appositive, a relative clause or an aside
      // (", speaking to Iowans,", ", at a later press gaggle,").
      const first = toks[j + 1];
      const participle = (first.pos === 'VERB' && /(ing|ed)$/.test(first.lower)) || first.pos === 'ADP';
      if (
        participle ||
        nameLike(ctx, j + 1) ||
        first.pos === 'DET' ||
        first.pos === 'ADJ' ||
        first.pos === 'NOUN' ||
        first.pos === 'PROPN' ||
        /^(who|whose|which)$/.test(first.lower)
      ) {
        return np;
      }
      return null;
    }
  }
  return null;
}

/** The noun phrase that starts at token `from` ("said Lavrov", "said a spokesman for the ministry"). */
export function npAfter(ctx: QuoteContext, from: number, max: number): TokRange | null {
  const toks = ctx.doc.tokens;
  if (from >= max || ctx.quoted[from]) return null;
  if (isPronoun(toks[from])) return { from, to: from + 1 };
  let i = from;
  let lastHead = -1;
  while (i < max && i - from < MAX_NP && !ctx.quoted[i]) {
    const t = toks[i];
    if (ctx.time[i] && t.pos !== 'DET' && lastHead < 0) return null; // "said Thursday"
    const link =
      (LINKS.has(t.lower) && lastHead >= 0 && i + 1 < max && isNpToken(toks[i + 1])) || innerHyphen(ctx, i);
    if (isPunct(t, '(') && lastHead >= 0) {
      // "Harry M. Reid (D-Nev.) said": step over the brackets.
      let k = i + 1;
      while (k < max && k < i + 8 && !isPunct(toks[k], ')')) k++;
      if (!isPunct(toks[k], ')')) break;
      lastHead = k;
      i = k + 1;
      continue;
    }
    const compound = i > from && innerHyphen(ctx, i - 1); // "Texas-based"
    if (!isNpToken(t) && !link && !compound && !nameLike(ctx, i)) break;
    if (ctx.time[i] && lastHead >= 0 && !isCapitalized(t)) break;
    if (t.pos === 'DET' && i > from && !link && !LINKS.has(toks[i - 1].lower)) break;
    if (isHead(ctx, i)) lastHead = i;
    i++;
  }
  if (lastHead < 0 || /^(that|what|which|who|there)$/.test(toks[from].lower)) return null;
  return { from, to: lastHead + 1 };
}

/** The subject of the sentence a token is in: the first noun phrase before the first verb. */
export function sentenceSubject(ctx: QuoteContext, tok: number): TokRange | null {
  const { doc } = ctx;
  const s = doc.sentences[doc.tokens[tok].sent];
  for (let i = s.tokenStart; i < tok; i++) {
    const t = doc.tokens[i];
    if (ctx.quoted[i]) continue;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !nameLike(ctx, i))
      return npBefore(ctx, i, s.tokenStart, true) ?? npBeforeSkipping(ctx, i, s.tokenStart);
  }
  return null;
}

/** The subject of a verb, stepping back over adverbs and auxiliaries ("Lavrov has also said"). */
export function npBeforeSkipping(ctx: QuoteContext, verb: number, min: number): TokRange | null {
  const toks = ctx.doc.tokens;
  let i = verb;
  for (let k = 0; k < 6 && i - 1 >= min; k++) {
    const t = toks[i - 1];
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') i--;
    else if (ctx.time[i - 1] && !isPronoun(t)) {
      // "Lavrov on Thursday said", "Lavrov last week said"
      let j = i;
      while (j - 1 >= min && ctx.time[j - 1]) j--;
      const prep = j - 1 >= min && toks[j - 1].pos === 'ADP';
      if (!prep && isCapitalized(toks[j])) break; // "Theresa May said": a name, not a date
      i = prep ? j - 1 : j;
    } else break;
  }
  return npBefore(ctx, i, min);
}
