import type { Sentence } from '../../nlp/doc.js';
import { makeAttribution } from './attribution.js';
import { clauseEnd } from './clause-extent.js';
import type { QuoteContext } from './context.js';
import { isCue, isPunct } from './context.js';
import { CUE_SETS } from './cues.js';
import { npBeforeSkipping, sentenceSubject, type TokRange } from './noun-phrase.js';
import { finalAttribution } from './sentence-final.parser.js';
import { type Attribution, type Found, found } from './types.js';

const CLAUSE_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const OBJECT_WORDS = new Set('nothing something anything everything little much so yes no'.split(' '));

/** Content token range → Found, trimming end punctuation; null when it is no clause. */
function content(ctx: QuoteContext, from: number, to: number, needSubject: boolean): TokRange | null {
  const toks = ctx.doc.tokens;
  while (to > from && toks[to - 1].pos === 'PUNCT') to--;
  if (to - from < 3 || ctx.quoted[from]) return null;
  const first = toks[from];
  if (first.lower === 'to' || (needSubject && !CLAUSE_START.has(first.pos))) return null;
  // "He said nothing and left": an object, not a reported clause.
  if (OBJECT_WORDS.has(first.lower) && toks[from + 1]?.pos !== 'VERB' && toks[from + 1]?.pos !== 'AUX')
    return null;
  let verb = false;
  for (let i = from + 1; i < Math.min(to, from + 15); i++) {
    if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') {
      verb = true;
      break;
    }
  }
  return verb ? { from, to } : null;
}

function reported(ctx: QuoteContext, c: TokRange, attr: Attribution): Found {
  const toks = ctx.doc.tokens;
  return found(toks[c.from].start, toks[c.to - 1].end, false, attr, undefined);
}

/** `…, Lavrov said on Thursday.` · `…, said a spokesman.`: the sentence before the comma. */
function sentenceFinal(ctx: QuoteContext, s: Sentence, k: number): Found | null {
  const f = finalAttribution(ctx, s, k);
  if (!f) return null;
  const c = content(ctx, s.tokenStart, f.comma, false);
  return c ? reported(ctx, c, f.attr) : null;
}

/** `Lavrov said (on Thursday) (that) further delays were unacceptable.` */
function sentenceInitial(ctx: QuoteContext, s: Sentence, k: number, zeroThat: boolean): Found | null {
  const toks = ctx.doc.tokens;
  const t = toks[k];
  const prev = k > 0 ? toks[k - 1] : undefined;
  if (prev?.lemma === 'be' && !t.lower.endsWith('ing')) return null; // "was said to be"
  const participle = CUE_SETS.participles.has(t.lower) && isPunct(prev, ',');
  const speaker = participle ? sentenceSubject(ctx, k) : npBeforeSkipping(ctx, k, s.tokenStart);
  if (!speaker) return null;
  let j = clauseEnd(ctx, k + 1, s.tokenEnd, CUE_SETS.audience.has(t.lemma));
  const that = toks[j]?.lower === 'that';
  if (that) j++;
  if (!that && !zeroThat) return null;
  const c = content(ctx, j, s.tokenEnd, !that);
  if (!c) return null;
  const attr = makeAttribution(
    ctx,
    { from: k, to: k + 1 },
    t.lemma,
    speaker,
    { from: speaker.from, to: that ? j - 1 : j },
    'reported-that',
  );
  return reported(ctx, c, attr);
}

/**
 * Reported (indirect) speech: a cue verb with a clause after it ("X said (that) …", "polls show
 * …"; verbs of knowing only with "that") or a sentence-final attribution ("…, X said.").
 * Cues already used by a direct quote are skipped.
 */
export function reportedSpeech(ctx: QuoteContext, usedCues: ReadonlySet<number>): Found[] {
  const { doc } = ctx;
  const out: Found[] = [];
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (ctx.quoted[k] || usedCues.has(doc.tokens[k].start)) continue;
      const speech = isCue(doc.tokens[k], CUE_SETS.speech);
      const thought = !speech && isCue(doc.tokens[k], CUE_SETS.thought);
      if (!speech && !thought && !isCue(doc.tokens[k], CUE_SETS.cognitive)) continue;
      const f = (speech ? sentenceFinal(ctx, s, k) : null) ?? sentenceInitial(ctx, s, k, speech || thought);
      if (f) {
        out.push(f);
        break; // one reported clause per sentence
      }
    }
  }
  return out;
}
