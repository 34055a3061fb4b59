import { describe, expect, it } from 'vitest';
import { compatibleDates, dayString, inDateRange, parseDate } from './dates.js';

describe('parseDate', () => {
  const cases: [string, string, string, string, string][] = [
    ['day', '2021-03-18', '2021-03-18', '2021-03-18', 'day'],
    ['date-time cut to its day', '2021-03-18T10:00Z', '2021-03-18', '2021-03-18', 'day'],
    ['ISO week 10 of 2021 (Mon 8 – Sun 14 March)', '2021-W10', '2021-03-08', '2021-03-14', 'week'],
    ['week 53 of 2020 runs into 2021', '2020-W53', '2020-12-28', '2021-01-03', 'week'],
    ['weekend of a week', '2010-W04-WE', '2010-01-30', '2010-01-31', 'week'],
    ['month', '2021-02', '2021-02-01', '2021-02-28', 'month'],
    ['quarter', '2021-Q2', '2021-04-01', '2021-06-30', 'quarter'],
    ['half', '2021-H2', '2021-07-01', '2021-12-31', 'half'],
    ['summer', '2020-SU', '2020-06-01', '2020-08-31', 'season'],
    ['winter runs into the next year', '2019-WI', '2019-12-01', '2020-02-29', 'season'],
    ['year', '2021', '2021-01-01', '2021-12-31', 'year'],
    ['decade', '199', '1990-01-01', '1999-12-31', 'decade'],
  ];
  for (const [label, value, start, end, precision] of cases) {
    it(label, () => {
      const s = parseDate(value)!;
      expect([dayString(s.start), dayString(s.end), s.precision]).toEqual([start, end, precision]);
    });
  }
  it('durations, references and null are not dates', () => {
    expect([parseDate('P3D'), parseDate('PRESENT_REF'), parseDate(null), parseDate('XXXX-03-18')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('compatibleDates', () => {
  const cases: [string, string, string, boolean][] = [
    ['same day', '2021-03-18', '2021-03-18', true],
    ['three days apart (window 3)', '2021-03-18', '2021-03-21', true],
    ['four days apart', '2021-03-18', '2021-03-22', false],
    ['week containing the day', '2021-W11', '2021-03-18', true],
    ['week not containing the day', '2021-W10', '2021-03-18', false],
    ['month containing the week', '2021-03', '2021-W11', true],
    ['week across a month boundary is not in the month', '2021-03', '2021-W13', false],
    ['year containing the month', '2021', '2021-04', true],
    ['other month', '2021-04', '2021-03-18', false],
  ];
  for (const [label, a, b, expected] of cases) {
    it(label, () => {
      expect(compatibleDates(parseDate(a)!, parseDate(b)!, 3)).toBe(expected);
      expect(compatibleDates(parseDate(b)!, parseDate(a)!, 3)).toBe(expected);
    });
  }
});

describe('inDateRange', () => {
  it('from inclusive, to inclusive at its precision, undated out when bounded', () => {
    expect(inDateRange('2021-03-31', '2021-03', '2021-03')).toBe(true);
    expect(inDateRange('2021-04-01', undefined, '2021-03')).toBe(false);
    expect(inDateRange('2021-02-28', '2021-03')).toBe(false);
    expect(inDateRange(null, '2021')).toBe(false);
    expect(inDateRange(null)).toBe(true);
  });
});
