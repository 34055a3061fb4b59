import { describe, expect, it } from 'vitest';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { extractQuotes } from './quotes.stage.js';

/** Text that must yield no quote at all. */
const NEGATIVE: [label: string, text: string][] = [
  ['no quote marks, no cue', 'Russia on Thursday was hosting faltering Afghan peace talks.'],
  ['scare quote without a cue', 'The so-called "peace plan" was rejected by the parliament.'],
  ['title after a possessive', 'He appeared on ABC’s “This Week” on Sunday.'],
  ['title-case name used as a modifier', 'The "Never Trump" movement grew last year.'],
  ['term after a determiner', "They signed a ''dissent channel'' memo on Syria."],
  ['speech verb with an infinitive', 'The plan was said to be ready by May.'],
  ['speech verb without a clause', 'He said nothing and left the room.'],
  ['verb of knowing without "that"', 'She knows the minister well.'],
  ['hoping to …', 'Russia was hosting the talks, hoping to cement its role as a powerbroker.'],
  ['apostrophes only', "Russia's role in the '90s wasn't the students' concern."],
  ['empty text', ''],
];

describe('extractQuotes: negative cases', () => {
  for (const [label, text] of NEGATIVE) {
    it(label, () => expect(extractQuotes(docFromText(text))).toEqual([]));
  }
});
