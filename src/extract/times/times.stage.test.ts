import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TimeSchema } from '../../model/record.js';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { SEED_DATE, timesOf } from './test-helpers/cases.js';
import { extractTimes } from './times.stage.js';

const SHARED = new URL('../../../../shared/', import.meta.url);
const SEED_TEXT = new URL('corpus/seed/russia-hosts-afghan-talks.txt', SHARED);
const SEED_GOLD = new URL('gold/russia-hosts-afghan-talks.gold.json', SHARED);

interface GoldTime {
  readonly text: string;
  readonly value: string;
}

describe('extractTimes on the seed article (needs ../shared)', () => {
  const present = existsSync(SEED_TEXT) && existsSync(SEED_GOLD);
  it.skipIf(!present)('finds every required time with its value, and nothing outside the gold', () => {
    const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')).times as {
      required: GoldTime[];
      optional: GoldTime[];
    };
    const times = timesOf(readFileSync(SEED_TEXT, 'utf8'), SEED_DATE);
    const matches = (g: GoldTime) => (t: { text: string; value: string }) =>
      (t.text.includes(g.text) || g.text.includes(t.text)) && t.value === g.value;
    for (const g of gold.required) expect(times.some(matches(g)), `${g.text} = ${g.value}`).toBe(true);
    const allowed = [...gold.required, ...gold.optional];
    for (const t of times)
      expect(
        allowed.some((g) => matches(g)(t)),
        `unexpected ${t.text} = ${t.value}`,
      ).toBe(true);
    expect(times.find((t) => t.text.includes('May 1'))?.deadline).toBe(true);
    expect(times.filter((t) => t.text === 'Thursday').map((t) => t.value)).toEqual([
      '2021-03-18',
      '2021-03-18',
    ]);
  });
  if (!present) it.skip('seed article or gold not found under ../shared: skipped', () => {});
});

describe('extractTimes: the record contract', () => {
  const text =
    'Talks began last September.\nThe US must leave by May 1, a deadline Biden called tough on Wednesday.';
  const doc = docFromText(text);
  const times = extractTimes(doc, { published: SEED_DATE });

  it('validates against TimeSchema', () => {
    for (const t of times) expect(TimeSchema.safeParse(t).success).toBe(true);
  });
  it('numbers ids t1, t2, … in text order', () => {
    expect(times.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(times.map((t) => t.start)).toEqual([...times.map((t) => t.start)].sort((a, b) => a - b));
  });
  it('has text equal to the slice of doc.text at its offsets', () => {
    for (const t of times) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
  it('anchors relative values on the publication, absolute ones on nothing', () => {
    expect(timesOf('Troops left in 1989 and return next month.').map((t) => t.anchor)).toEqual([
      null,
      'published',
    ]);
  });
  it('is pure: the same input gives the same output', () => {
    expect(extractTimes(doc, { published: SEED_DATE })).toEqual(times);
  });
  it('gives nothing for an empty document', () => {
    expect(timesOf('')).toEqual([]);
  });
  it('ignores a published value that is not a date', () => {
    expect(timesOf('The envoy arrived yesterday.', 'last Tuesday').map((t) => t.value)).toEqual(['PAST_REF']);
  });
});

describe('extractTimes never throws', () => {
  const samples = [
    '\u0000\uFFFF\uD800 1989 May 32, 2021 Q9 FY FY2 99/99/99 25:61 UTC',
    'by by by until until from to between and — – - , , ; : ( ) [ ]',
    `${'last '.repeat(200)}week ${'1999-'.repeat(50)}`,
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday '.repeat(30),
    "\"'’‘“” `` '' ... !!! ??? \n\n\n \t\t",
    "the the the day day day of of the year year 2000s 1800s 2100s 2200s '99s",
    'in 0 years, in -3 days, 1e9 hours ago, 999999999999 weeks from now, 0.000001 decades',
    'every every every a a a per per year year',
  ];
  for (const [k, text] of samples.entries()) {
    it(`odd input ${k + 1}`, () => {
      for (const published of [SEED_DATE, null, '9999-99-99', '']) {
        expect(() => extractTimes(docFromText(text), { published })).not.toThrow();
      }
    });
  }
  it('random character soup', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = "ab 0123456789-/:.,MayMarchJuneFridaylastnextweekyearagoby's\n";
    for (let i = 0; i < 40; i++) {
      const text = Array.from({ length: 200 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(() => extractTimes(docFromText(text), { published: SEED_DATE })).not.toThrow();
    }
  });
});
