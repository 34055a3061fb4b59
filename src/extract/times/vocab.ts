import type { DurationUnit } from './timex.js';

/** Word lists shared by the parsers. Regex fragments are non-capturing. */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Full month names, capitalised as news writes them. */
export const MONTH_FULL =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Full names or dotted abbreviations ("Sept.", "Feb."). */
export const MONTH_ANY =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Parts of the day and their TIMEX3 codes. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

const SMALL: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  half: 0.5,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/** Words that give an unspecified amount: "several years" → PXY. */
export const VAGUE =
  '(?:several|a\\s+few|few|many|some|a\\s+couple\\s+of|a\\s+number\\s+of|dozens\\s+of|hundreds\\s+of|countless)';
/** A number in digits or words, optionally "and a half". */
export const NUMBER =
  `(?:\\d+(?:\\.\\d+)?|(?:${TENS})(?:[-\\s](?:${UNITS}))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|` +
  'thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+hundred|a\\s+dozen|single|an?|half\\s+an?|a\\s+half)' +
  '(?:\\s+and\\s+a\\s+half)?';

/** Value of a NUMBER match, or null for a vague amount. */
export function parseNumber(text: string): number | null {
  let s = text.toLowerCase().replace(/\s+/g, ' ').trim();
  let extra = 0;
  if (s.endsWith(' and a half')) {
    extra = 0.5;
    s = s.slice(0, -' and a half'.length);
  }
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s) + extra;
  if (s === 'half a' || s === 'half an' || s === 'a half') return 0.5;
  if (s === 'a hundred') return 100;
  if (s === 'a dozen') return 12;
  const parts = s.split(/[-\s]/);
  let n = 0;
  for (const p of parts) {
    const v = SMALL[p];
    if (v === undefined) return null;
    n += v;
  }
  return n + extra;
}

/** Time units: singular stem → TIMEX3 duration unit. */
export const UNIT_WORD =
  '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';
const UNIT_TABLE: Readonly<Record<string, DurationUnit>> = {
  second: { letter: 'S', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 },
  hour: { letter: 'H', time: true, factor: 1 },
  day: { letter: 'D', time: false, factor: 1 },
  week: { letter: 'W', time: false, factor: 1 },
  fortnight: { letter: 'W', time: false, factor: 2 },
  month: { letter: 'M', time: false, factor: 1 },
  quarter: { letter: 'Q', time: false, factor: 1 },
  year: { letter: 'Y', time: false, factor: 1 },
  decade: { letter: 'Y', time: false, factor: 10 },
  century: { letter: 'Y', time: false, factor: 100 },
};

/** Unit of a UNIT_WORD match ("decades" → decade). */
export function unitOf(word: string): { name: string; unit: DurationUnit } | undefined {
  const w = word.toLowerCase();
  const stem = w === 'centuries' ? 'century' : w.replace(/s$/, '');
  const unit = UNIT_TABLE[stem];
  return unit ? { name: stem, unit } : undefined;
}

/** Every unit word as a token, for the parsers' word pre-tests. */
export const UNIT_TOKENS: readonly string[] = [
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'quarter',
  'quarters',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
];
