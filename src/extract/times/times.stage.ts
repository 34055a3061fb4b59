import type { Time } from '../../model/record.js';
import type { Doc, Sentence } from '../../nlp/doc.js';
import { anaphoraRefiner } from './anaphora.refiner.js';
import { anaphoricDayParser } from './anaphoric-day.parser.js';
import { parseIsoDate, type Ymd } from './calendar.js';
import { chronoParser } from './chrono.parser.js';
import { clockParser } from './clock.parser.js';
import { dateTimeMergeRefiner } from './datetime-merge.refiner.js';
import { deadlineRefiner } from './deadline.refiner.js';
import { centuryParser, decadeParser } from './decade.parser.js';
import { adjectiveDurationParser, bareUnitParser, durationParser } from './duration.parser.js';
import { fiscalParser } from './fiscal.parser.js';
import { intervalRefiner } from './interval.refiner.js';
import { modifierRefiner } from './modifier.refiner.js';
import { monthParser } from './month.parser.js';
import { namedDateParser } from './named-date.parser.js';
import { agoParser, inParser } from './offset.parser.js';
import { overlapRefiner } from './overlap.refiner.js';
import { halfParser, quarterParser } from './quarter.parser.js';
import { refParser } from './ref.parser.js';
import { PRETEST_WORDS } from './regex-parser.js';
import { relativeDayParser } from './relative-day.parser.js';
import { relativePeriodParser } from './relative-period.parser.js';
import { seasonParser } from './season.parser.js';
import { adverbSetParser, everyParser, rateParser } from './set.parser.js';
import {
  type Candidate,
  recordTime,
  type SentenceCtx,
  type TimeParser,
  type TimeRefiner,
  withPriority,
} from './types.js';
import { weekdayParser } from './weekday.parser.js';
import { shortYearParser, yearParser } from './year.parser.js';
import { yearSuffixRefiner } from './year-suffix.refiner.js';

/** Parsers in priority order: at equal span length, the earlier one wins. */
export const PARSERS: readonly TimeParser[] = [
  namedDateParser,
  chronoParser,
  clockParser,
  fiscalParser,
  quarterParser,
  halfParser,
  decadeParser,
  centuryParser,
  monthParser,
  seasonParser,
  weekdayParser,
  relativeDayParser,
  relativePeriodParser,
  anaphoricDayParser,
  agoParser,
  inParser,
  everyParser,
  rateParser,
  adverbSetParser,
  refParser,
  durationParser,
  adjectiveDurationParser,
  bareUnitParser,
  yearParser,
  shortYearParser,
];

/** Refiners in order: overlaps first, then spans grow (modifiers), days resolve, pairs join. */
export const REFINERS: readonly TimeRefiner[] = [
  overlapRefiner,
  yearSuffixRefiner,
  modifierRefiner,
  dateTimeMergeRefiner,
  anaphoraRefiner,
  intervalRefiner,
  deadlineRefiner,
];

const NO_WORDS: ReadonlySet<string> = new Set();

export interface TimesContext {
  /** Publication date (ISO date or date-time), the anchor of relative expressions. */
  readonly published: string | null;
}

/**
 * The time stage: every temporal expression of the Doc, normalised to a TIMEX3-style value
 * against the publication date. Pure; runs sentence by sentence; never throws.
 */
export function extractTimes(doc: Doc, ctx: TimesContext): Time[] {
  const dct = parseIsoDate(ctx.published);
  const candidates: Candidate[] = [];
  for (const sentence of doc.sentences) parseSentence(sentenceContext(doc, sentence, dct), candidates);
  return toTimes(doc, refineAll(doc, candidates, dct), dct !== null);
}

function sentenceContext(doc: Doc, sentence: Sentence, dct: Ymd | null): SentenceCtx {
  const text = doc.text.slice(sentence.start, sentence.end);
  return { doc, sentence, text, lower: text.toLowerCase(), words: pretestWords(doc, sentence), dct };
}

/** Only the words a parser's pre-test asks about (most sentences have none). */
function pretestWords(doc: Doc, sentence: Sentence): ReadonlySet<string> {
  let words: Set<string> | null = null;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const w = doc.tokens[k].lower;
    if (!PRETEST_WORDS.has(w)) continue;
    if (!words) words = new Set();
    words.add(w);
  }
  return words ?? NO_WORDS;
}

/** Adds every parser's candidates in the sentence to `out`, each with its parser's priority. */
function parseSentence(sctx: SentenceCtx, out: Candidate[]): void {
  for (let priority = 0; priority < PARSERS.length; priority++) {
    try {
      const found = PARSERS[priority].parse(sctx);
      for (let k = 0; k < found.length; k++) out.push(withPriority(found[k], priority));
    } catch {
      // A parser that fails on odd text loses this sentence, not the article.
    }
  }
}

function refineAll(doc: Doc, found: Candidate[], dct: Ymd | null): Candidate[] {
  let candidates = found;
  for (const refiner of REFINERS) {
    try {
      candidates = refiner.refine(doc, candidates, dct);
    } catch {
      // Keep the candidates as they were before this refiner.
    }
  }
  return candidates;
}

function toTimes(doc: Doc, candidates: readonly Candidate[], hasDct: boolean): Time[] {
  return candidates
    .filter((c) => c.start >= 0 && c.end <= doc.text.length && c.end > c.start)
    .sort((a, b) => a.start - b.start)
    .map((c, k) =>
      recordTime(
        `t${k + 1}`,
        doc.text.slice(c.start, c.end),
        c.start,
        c.end,
        c.type,
        c.value,
        c.relative && hasDct ? 'published' : null,
        c.deadline,
        c.endValue,
        undefined,
      ),
    );
}
