import { describe, expect, it } from 'vitest';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { clauseTense, type Tense } from './tense.js';

/** Clause tense around the word in brackets. */
const ROWS: readonly (readonly [string, Tense])[] = [
  ['Russia on [Thursday] was hosting talks.', 'past'],
  ['Biden said on [Wednesday] it would be tough.', 'past'],
  ['The delegation will arrive on [Friday].', 'future'],
  ['The trial is set to begin on [Wednesday].', 'future'],
  ['The talks resume on [Friday].', 'present'],
  ['Fighting broke out in [October].', 'past'],
  ['The company has posted a loss since [1992].', 'past'],
  ['A gathering is to be held in Turkey next [month].', 'future'],
  ['The envoy would travel on [Monday].', 'future'],
  ['In [2009], nothing.', 'none'],
];

describe('clauseTense', () => {
  for (const [marked, want] of ROWS) {
    it(`${marked} → ${want}`, () => {
      const at = marked.indexOf('[');
      const end = marked.indexOf(']') - 1;
      const text = marked.replace('[', '').replace(']', '');
      expect(clauseTense(docFromText(text), at, end)).toBe(want);
    });
  }
});
