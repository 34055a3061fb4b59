import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isoWeek, isValidDate, parseIsoDate, weekday } from './calendar.js';
import { resolveCycleYear, resolveWeekday } from './resolve.js';
import { fmtDate, fmtDecade, fmtDuration, fmtWeek } from './timex.js';
import { parseNumber, unitOf } from './vocab.js';

const seed = { y: 2021, m: 3, d: 18 };

describe('calendar', () => {
  it.each([
    ['2021-03-18', { y: 2021, m: 3, d: 18 }],
    ['2021-03-18T23:10:00+03:00', { y: 2021, m: 3, d: 18 }],
    ['2021-02-30', null],
    ['March 18', null],
    ['', null],
  ])('parseIsoDate(%s)', (s, want) => expect(parseIsoDate(s)).toEqual(want));
  it('knows leap years', () => {
    expect(isValidDate(2020, 2, 29)).toBe(true);
    expect(isValidDate(2021, 2, 29)).toBe(false);
    expect(isValidDate(2021, 13, 1)).toBe(false);
  });
  it('adds days and months across years', () => {
    expect(addDays(seed, 14)).toEqual({ y: 2021, m: 4, d: 1 });
    expect(addDays({ y: 2021, m: 1, d: 1 }, -1)).toEqual({ y: 2020, m: 12, d: 31 });
    expect(addMonths(2021, 1, -2)).toEqual({ y: 2020, m: 11 });
  });
  it.each([
    [{ y: 2021, m: 3, d: 18 }, 4, '2021-W11'],
    [{ y: 2021, m: 1, d: 1 }, 5, '2020-W53'],
    [{ y: 2008, m: 12, d: 29 }, 1, '2009-W01'],
    [{ y: 2010, m: 1, d: 25 }, 1, '2010-W04'],
  ])('weekday and ISO week of %o', (t, wd, week) => {
    expect(weekday(t)).toBe(wd);
    expect(fmtWeek(t)).toBe(week);
    expect(isoWeek(t).year).toBe(Number(week.slice(0, 4)));
  });
});

describe('resolve', () => {
  it.each([
    [4, 'past', '2021-03-18'],
    [4, 'future', '2021-03-18'],
    [4, 'last', '2021-03-11'],
    [4, 'next', '2021-03-25'],
    [5, 'past', '2021-03-12'],
    [5, 'future', '2021-03-19'],
    [3, 'future', '2021-03-24'],
    [1, 'this', '2021-03-15'],
  ] as const)('weekday %i, %s', (wd, dir, want) => expect(fmtDate(resolveWeekday(seed, wd, dir))).toBe(want));
  it.each([
    [9, 'last', 2020],
    [3, 'last', 2020],
    [2, 'last', 2021],
    [3, 'past', 2021],
    [10, 'past', 2020],
    [2, 'future', 2022],
    [3, 'next', 2022],
    [10, 'this', 2021],
  ] as const)('month %i, %s', (m, dir, want) => expect(resolveCycleYear(2021, 3, m, dir)).toBe(want));
});

describe('timex and vocabulary', () => {
  it.each([
    ['three', 3],
    ['twenty-five', 25],
    ['two and a half', 2.5],
    ['half an', 0.5],
    ['a', 1],
    ['48', 48],
    ['several', null],
  ])('parseNumber(%s)', (s, n) => expect(parseNumber(s)).toBe(n));
  it('formats durations', () => {
    const u = (w: string) => unitOf(w)!.unit;
    expect(fmtDuration(3, u('years'))).toBe('P3Y');
    expect(fmtDuration(48, u('hours'))).toBe('PT48H');
    expect(fmtDuration(null, u('decades'))).toBe('PXDE');
    expect(fmtDuration(2, u('decades'))).toBe('P20Y');
    expect(fmtDuration(null, u('centuries'))).toBe('PXCE');
    expect(fmtDuration(1, u('fortnight'))).toBe('P2W');
    expect(fmtDuration(null, u('minutes'))).toBe('PTXM');
  });
  it('formats decades', () => {
    expect(fmtDecade(1990)).toBe('199');
    expect(fmtDecade(2000)).toBe('200');
  });
});
