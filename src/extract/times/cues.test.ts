import { describe, expect, it } from 'vitest';
import { NON_YEAR_PREFIX, QUANTITY_NOUNS, TEMPORAL_CUES } from './cues.js';
import { MONTHS, WEEKDAYS } from './vocab.js';

/** Lint of the word lists: lower case, trimmed, one word each, and no list contradicting another. */
describe('word lists', () => {
  const lists = {
    TEMPORAL_CUES,
    QUANTITY_NOUNS,
    NON_YEAR_PREFIX,
    MONTHS: Object.keys(MONTHS),
    WEEKDAYS: Object.keys(WEEKDAYS),
  };
  for (const [name, list] of Object.entries(lists)) {
    it(`${name} is normalised`, () => {
      for (const w of list) expect(w, `${name}: "${w}"`).toMatch(/^[a-z][a-z']*$/);
    });
  }
  it('no word is both a temporal cue and a non-year prefix', () => {
    expect([...TEMPORAL_CUES].filter((w) => NON_YEAR_PREFIX.has(w))).toEqual([]);
  });
});
