import { addDays, weekday, type Ymd } from './calendar.js';
import type { Tense } from './tense.js';

/**
 * Which occurrence of a weekday, month, quarter or season an expression means, relative to the
 * publication date: `last`/`next` are strict (never the current one); `past`/`future` include it.
 */
export type Direction = 'last' | 'next' | 'past' | 'future' | 'this' | 'nearest';

/**
 * Direction of a bare name ("on Friday", "in October") from its clause tense. A weekday in a
 * present clause is ahead ("talks resume on Friday"); a month or quarter is this year's
 * ("as of February, the store accounts for …").
 */
export function directionFromTense(tense: Tense, present: Direction, none: Direction): Direction {
  if (tense === 'past') return 'past';
  if (tense === 'future') return 'future';
  return tense === 'present' ? present : none;
}

/** Direction of an explicit modifier word, or undefined for none. */
export function directionOfWord(word: string | undefined): Direction | undefined {
  switch (word?.toLowerCase()) {
    case 'last':
    case 'past':
    case 'previous':
      return 'last';
    case 'next':
    case 'coming':
    case 'upcoming':
      return 'next';
    case 'this':
    case 'current':
      return 'this';
    default:
      return undefined;
  }
}

/** The date of ISO weekday `wd` (1 = Monday) in the given direction from dct. */
export function resolveWeekday(dct: Ymd, wd: number, dir: Direction): Ymd {
  const diff = wd - weekday(dct); // -6 … 6
  switch (dir) {
    case 'last':
      return addDays(dct, diff < 0 ? diff : diff - 7);
    case 'next':
      return addDays(dct, diff > 0 ? diff : diff + 7);
    case 'past':
      return addDays(dct, diff <= 0 ? diff : diff - 7);
    case 'future':
      return addDays(dct, diff >= 0 ? diff : diff + 7);
    case 'this':
      return addDays(dct, diff); // the same ISO week
    case 'nearest':
      return addDays(dct, diff > 3 ? diff - 7 : diff < -3 ? diff + 7 : diff);
  }
}

/**
 * The year of cycle position `target` (a month 1–12, quarter 1–4, season 0–3) given the
 * publication's position `current` in year `year`.
 */
export function resolveCycleYear(
  year: number,
  current: number,
  target: number,
  dir: Direction,
  cycle = 12,
): number {
  switch (dir) {
    case 'nearest': {
      // The occurrence closest to the publication; half a cycle away counts as past.
      const diff = target - current;
      if (diff >= cycle / 2) return year - 1;
      if (diff < -cycle / 2) return year + 1;
      return year;
    }
    case 'last':
      return target < current ? year : year - 1;
    case 'next':
      return target > current ? year : year + 1;
    case 'past':
      return target <= current ? year : year - 1;
    case 'future':
      return target >= current ? year : year + 1;
    case 'this':
      return year;
  }
}
