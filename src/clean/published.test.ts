import { describe, expect, it } from 'vitest';
import { isValidPublished, normalizePublished } from './published.js';

describe('publication dates', () => {
  it('keeps valid ISO dates and date-times, reads other date formats as a day', () => {
    expect(normalizePublished('2021-03-18')).toBe('2021-03-18');
    expect(normalizePublished('2021-03-18 10:30:00Z')).toBe('2021-03-18T10:30:00Z');
    expect(normalizePublished('Thu, 18 Mar 2021 10:00:00 GMT')).toBe('2021-03-18');
  });

  it('drops what cannot be a date; an impossible clock time keeps its day', () => {
    expect(normalizePublished('2024-02-30')).toBeNull();
    expect(normalizePublished('March 4th, maybe')).toBeNull();
    expect(normalizePublished('2024-03-06T25:99:00Z')).toBe('2024-03-06');
  });

  it('the CLI option takes only exact ISO dates and date-times', () => {
    expect(isValidPublished('2021-03-18')).toBe(true);
    expect(isValidPublished('2021-03-18T10:30:00+02:00')).toBe(true);
    expect(isValidPublished('2024-02-30')).toBe(false);
    expect(isValidPublished('2024-03-06T25:99:00Z')).toBe(false);
    expect(isValidPublished('')).toBe(false);
  });
});
