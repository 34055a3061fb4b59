import type { Doc } from '../../nlp/doc.js';
import { accordingTo } from './according-to.parser.js';
import { colonBeforeQuote } from './colon-before-quote.parser.js';
import { buildContext } from './context.js';
import { cueInSentence } from './cue-in-sentence.parser.js';
import { mergeSplitQuotes } from './merge-split-quote.refiner.js';
import { removeOverlaps } from './overlap-removal.refiner.js';
import { parseDoubleQuotes } from './quote-marks.parser.js';
import { reportedSpeech } from './reported-speech.parser.js';
import { saidAfterQuote } from './said-after-quote.parser.js';
import { saidBeforeQuote } from './said-before-quote.parser.js';
import { finalAttributionOfQuote } from './sentence-final.parser.js';
import { parseSingleQuotes } from './single-quote-marks.parser.js';
import { dropTitles } from './title-quote.refiner.js';
import type { Found, QuoteCandidate, Span } from './types.js';

export type { QuoteCandidate, Span, SpeakerKind } from './types.js';

function toCandidate(doc: Doc, f: Found): QuoteCandidate {
  const a = f.attr;
  return {
    start: f.start,
    end: f.end,
    text: doc.text.slice(f.start, f.end),
    direct: f.direct,
    cue: a?.cue ?? null,
    cueSpan: a?.cueSpan ?? null,
    speaker: a?.speaker ?? null,
    speakerKind: a?.speakerKind ?? null,
    clause: a?.clause ?? { start: f.start, end: f.end },
    reason: a?.reason,
  };
}

/**
 * The quote stage: direct quotes (in quote marks, with their attribution on either side or
 * earlier in the sentence; split and multi-paragraph quotes merged) and reported speech, in
 * text order. Spans in quote marks with no attribution (titles, scare quotes) are left out.
 * `timeSpans`: the article's time expressions ("said on Thursday" is no speaker). Pure.
 */
export function extractQuotes(input: Doc, timeSpans: readonly Span[] = []): QuoteCandidate[] {
  // A Doc built without paragraphs is read as one paragraph.
  const doc: Doc =
    input.paragraphs.length || !input.text
      ? input
      : { ...input, paragraphs: [{ start: 0, end: input.text.length, kind: 'body' }] };
  const doubles = parseDoubleQuotes(doc);
  const marked = [...doubles, ...parseSingleQuotes(doc, doubles)].sort((a, b) => a.open - b.open);
  const ctx = buildContext(doc, marked, timeSpans);
  const direct: Found[] = marked.map((m) => {
    // A quote over several paragraphs is introduced in its first one ("Lavrov said: “…").
    const before = () => saidBeforeQuote(ctx, m) ?? colonBeforeQuote(ctx, m);
    const adjacent =
      m.lastParagraph > m.paragraph
        ? (before() ?? saidAfterQuote(ctx, m))
        : (saidAfterQuote(ctx, m) ?? before());
    const inSentence = () => (m.closed ? (cueInSentence(ctx, m) ?? finalAttributionOfQuote(ctx, m)) : null);
    return { start: m.start, end: m.end, direct: true, attr: adjacent ?? inSentence(), marks: [m] };
  });
  const merged = dropTitles(
    ctx,
    mergeSplitQuotes(doc.text, direct).filter((f) => f.attr),
  );
  const used = new Set<number>();
  for (const f of merged) if (f.attr?.cueSpan) used.add(f.attr.cueSpan.start);
  const reported = [...reportedSpeech(ctx, used), ...accordingTo(ctx, used)];
  return removeOverlaps([...merged, ...reported]).map((f) => toCandidate(doc, f));
}
