import type { QuoteContext } from './context.js';
import { isCapitalized, isPronoun } from './context.js';
import { CUE_SETS } from './cues.js';
import { nameLike, type TokRange } from './noun-phrase.js';
import type { Span, SpeakerKind } from './types.js';

/**
 * What kind of speaker a phrase names: a pronoun ("he"), an organisation by its head noun ("the
 * Foreign Ministry", "The Post"), a name (a capitalised word after the last title word: "Russian
 * Foreign Minister Sergei Lavrov"), else a role ("the minister", "analysts").
 */
export function speakerKind(ctx: QuoteContext, r: TokRange): SpeakerKind {
  const toks = ctx.doc.tokens;
  if (r.to - r.from === 1 && isPronoun(toks[r.from])) return 'pronoun';
  // The head: the last token before "of/for …" ("a spokesman for the ministry" → spokesman).
  let head = r.to - 1;
  for (let i = r.from + 1; i < r.to; i++) {
    if (/^(of|for|at)$/.test(toks[i].lower)) {
      head = i - 1;
      break;
    }
  }
  const h = toks[head];
  if (CUE_SETS.orgHeads.has(h.lower) || CUE_SETS.orgHeads.has(h.lemma)) return 'organization';
  let lastRole = -1;
  for (let i = r.from; i <= head; i++) {
    if (CUE_SETS.roles.has(toks[i].lower) || CUE_SETS.roles.has(toks[i].lemma)) lastRole = i;
  }
  for (let i = Math.max(lastRole + 1, r.from); i <= head; i++) {
    const t = toks[i];
    const name = (t.pos === 'PROPN' && isCapitalized(t)) || nameLike(ctx, i);
    if (name && (i === head || lastRole >= 0)) return 'name';
  }
  if (h.pos === 'PROPN' && isCapitalized(h)) return lastRole >= 0 ? 'role' : 'name';
  return 'role';
}

/** The speaker phrase of a token range, as written. */
export function speakerOf(ctx: QuoteContext, r: TokRange | null): (Span & { text: string }) | null {
  if (!r) return null;
  const { doc } = ctx;
  const start = doc.tokens[r.from].start;
  const end = doc.tokens[r.to - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}
