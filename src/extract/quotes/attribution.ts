import type { QuoteContext } from './context.js';
import { looseCue } from './context.js';
import { CUE_SETS } from './cues.js';
import type { TokRange } from './noun-phrase.js';
import { speakerKind, speakerOf } from './speaker-kind.js';
import { type Attribution, attribution } from './types.js';

/** Builds an Attribution from token ranges: the cue, the speaker phrase and the whole clause. */
export function makeAttribution(
  ctx: QuoteContext,
  cue: TokRange,
  lemma: string,
  speaker: TokRange | null,
  clause: TokRange,
  reason: string,
): Attribution {
  const toks = ctx.doc.tokens;
  let from = Math.min(clause.from, cue.from, speaker?.from ?? cue.from);
  let to = Math.max(clause.to, cue.to, speaker?.to ?? cue.to);
  from = Math.max(0, from);
  to = Math.min(toks.length, to);
  return attribution(
    lemma,
    { start: toks[cue.from].start, end: toks[cue.to - 1].end },
    speakerOf(ctx, speaker),
    speaker ? speakerKind(ctx, speaker) : null,
    { start: toks[from].start, end: toks[to - 1].end },
    reason,
  );
}

/** The lemma a cue token stands for ("according to" for the two-word cue). */
export function cueLemma(ctx: QuoteContext, i: number): string {
  const t = ctx.doc.tokens[i];
  if (t.lower === 'according') return 'according to';
  return looseCue(t, CUE_SETS.speech, CUE_SETS.directOnly, CUE_SETS.thought, CUE_SETS.cognitive) ?? t.lemma;
}
