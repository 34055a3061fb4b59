import type { QuoteContext } from './context.js';
import { isPunct } from './context.js';
import { npAfter } from './noun-phrase.js';

const NOT_PREP = new Set('that because if while as than whether since after before like'.split(' '));
const WH = /^(when|where|how|why|what|whether)$/;

/**
 * The token index just after the adjuncts that follow a cue: adverbs, time expressions and
 * prepositional phrases ("on Thursday", "in a statement", "on Twitter", "at the onset of the
 * conference"), and for verbs like "tell" the audience first ("told reporters").
 */
export function clauseEnd(ctx: QuoteContext, from: number, max: number, audience: boolean): number {
  const toks = ctx.doc.tokens;
  let i = from;
  if (audience && i < max) {
    const np = npAfter(ctx, i, max);
    if (np) i = np.to;
  }
  for (let steps = 0; steps < 8 && i < max; steps++) {
    const t = toks[i];
    if (ctx.quoted[i]) break;
    if (ctx.time[i] && t.pos !== 'PRON') {
      i++;
      continue;
    }
    if (t.pos === 'ADV' && !WH.test(t.lower) && t.lower !== 'that') {
      i++;
      continue;
    }
    if (t.pos === 'ADP' && !NOT_PREP.has(t.lower)) {
      if (ctx.time[i + 1]) {
        i++;
        continue;
      }
      const np = npAfter(ctx, i + 1, max);
      if (!np) break;
      i = np.to;
      continue;
    }
    break;
  }
  return i;
}

/** Does the clause end at token `i` (punctuation, the paragraph's end, or a new quote)? */
export function endsSentence(ctx: QuoteContext, i: number, max: number): boolean {
  if (i >= max) return true;
  const t = ctx.doc.tokens[i];
  return isPunct(t, '.!?;:,') || (ctx.quoted[i] === 1 && t.pos === 'PUNCT');
}
