import { isoWeek, type Ymd } from './calendar.js';

/** TIMEX3-style value formatting. Every function returns the `value` string of a Time. */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(y: number): string {
  return pad(y, 4);
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtDate(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

/** ISO week of a date: 2021-W10. */
export function fmtWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Weekend of the ISO week of a date: 2010-W04-WE. */
export function fmtWeekend(t: Ymd): string {
  return `${fmtWeek(t)}-WE`;
}

export function fmtQuarter(y: number, q: number): string {
  return `${pad(y, 4)}-Q${q}`;
}

export function fmtHalf(y: number, h: number): string {
  return `${pad(y, 4)}-H${h}`;
}

export const SEASON_CODES = ['WI', 'SP', 'SU', 'FA'] as const;

export function fmtSeason(y: number, season: number): string {
  return `${pad(y, 4)}-${SEASON_CODES[season]}`;
}

/** Decade: 1990 → "199". */
export function fmtDecade(startYear: number): string {
  return pad(Math.floor(startYear / 10), 3);
}

/** Century by its first year's hundreds: 20th century (1900s) → "19". */
export function fmtCentury(hundreds: number): string {
  return pad(hundreds, 2);
}

/** Clock time appended to a date value: 2021-03-18T18:00, with Z for UTC/GMT. */
export function fmtDateTime(date: string, hour: number, minute: number, utc: boolean): string {
  return `${date}T${pad(hour)}:${pad(minute)}${utc ? 'Z' : ''}`;
}

/** Duration units: the TIMEX3 letter and whether it sits after the T. */
export interface DurationUnit {
  readonly letter: string;
  readonly time: boolean;
  /** Multiply the amount by this (a decade counted in years). */
  readonly factor: number;
}

/**
 * Duration value: amount null means unspecified ("years" → PXY). Fractions stay decimal
 * (P2.5Y). Decades and centuries of known amount are counted in years (P20Y).
 */
export function fmtDuration(amount: number | null, unit: DurationUnit): string {
  const t = unit.time ? 'T' : '';
  if (amount === null)
    return `P${t}X${unit.letter === 'Y' && unit.factor !== 1 ? xLetter(unit.factor) : unit.letter}`;
  const n = amount * unit.factor;
  const s = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return `P${t}${s}${unit.letter}`;
}

function xLetter(factor: number): string {
  return factor === 10 ? 'DE' : factor === 100 ? 'CE' : 'Y';
}
