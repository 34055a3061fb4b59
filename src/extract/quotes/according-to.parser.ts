import { makeAttribution } from './attribution.js';
import type { QuoteContext } from './context.js';
import { isAccordingTo, isPunct } from './context.js';
import { npAfter } from './noun-phrase.js';
import type { Found } from './types.js';

/**
 * Reported speech attributed with "according to": `According to X, …` (the rest of the
 * sentence) and `…, according to X.` (the part before it). Offsets already used by a direct
 * quote's attribution are skipped.
 */
export function accordingTo(ctx: QuoteContext, usedCues: ReadonlySet<number>): Found[] {
  const { doc } = ctx;
  const toks = doc.tokens;
  const out: Found[] = [];
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd - 2; k++) {
      if (!isAccordingTo(doc, k) || ctx.quoted[k] || usedCues.has(toks[k].start)) continue;
      const np = npAfter(ctx, k + 2, s.tokenEnd);
      if (!np) continue;
      let from: number;
      let to: number;
      if (isPunct(toks[k - 1], ',—(') && k - 1 > s.tokenStart) {
        from = s.tokenStart;
        to = k - 1;
      } else {
        from = isPunct(toks[np.to], ',') ? np.to + 1 : np.to;
        to = s.tokenEnd;
      }
      while (to > from && toks[to - 1].pos === 'PUNCT') to--;
      while (from < to && toks[from].pos === 'PUNCT') from++;
      if (to - from < 3) continue;
      const attr = makeAttribution(
        ctx,
        { from: k, to: k + 2 },
        'according to',
        np,
        { from: k, to: np.to },
        'according-to',
      );
      out.push({ start: toks[from].start, end: toks[to - 1].end, direct: false, attr });
      break;
    }
  }
  return out;
}
