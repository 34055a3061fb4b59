import { describe, it } from 'vitest';
import { cases, check, type Row } from './test-helpers/cases.js';

/** Weekdays by tense. Published Thursday 2021-03-18 unless given. */
const ROWS: Row[] = [
  [
    'same day, past progressive',
    'Russia on Thursday was hosting faltering Afghan peace talks.',
    [['Thursday', '2021-03-18']],
  ],
  ['same day, past', 'Lavrov said on Thursday that delays were unacceptable.', [['Thursday', '2021-03-18']]],
  ['day before, past', 'Biden said on Wednesday it would be "tough" to meet.', [['Wednesday', '2021-03-17']]],
  ['day after, future', 'The delegation will arrive on Friday.', [['Friday', '2021-03-19']]],
  ['future by present tense', 'Talks resume on Friday in Doha.', [['Friday', '2021-03-19']]],
  [
    'present, later in the week',
    'The parliament meets on Tuesday to debate the budget.',
    [['Tuesday', '2021-03-23']],
  ],
  ['last weekday', 'He visited Kabul last Friday.', [['last Friday', '2021-03-12']]],
  ['next weekday', 'They will meet next Monday.', [['next Monday', '2021-03-22']]],
  ['this weekday', 'The envoy flies out this Friday.', [['this Friday', '2021-03-19']]],
  ['past, earlier in the week', 'Officials met on Monday in Geneva.', [['Monday', '2021-03-15']]],
  ['past, weekend', 'The vote took place on Sunday.', [['Sunday', '2021-03-14']]],
  [
    'past, no preposition',
    'Chrysler filed for bankruptcy Thursday.',
    [['Thursday', '2009-04-30']],
    '2009-05-01',
  ],
  [
    'sentence-initial, verb after comma',
    'On Wednesday, Apple introduced an iPod.',
    [['Wednesday', '2005-10-12']],
    '2005-10-13',
  ],
  [
    'relative clause, past',
    'The summit, which opened on Monday, ended without a deal.',
    [['Monday', '2021-03-15']],
  ],
  [
    'until looks ahead',
    'Markets will stay closed until Friday.',
    [{ text: 'Friday', value: '2021-03-19', deadline: true }],
  ],
  [
    'until, past clause, still ahead',
    'The government has kept markets closed until Friday.',
    [{ text: 'Friday', value: '2021-03-19', deadline: true }],
  ],
  ['since looks back', 'Fighting has continued since Tuesday.', [['Tuesday', '2021-03-16']]],
  ['set to + verb', 'The trial is set to begin on Wednesday.', [['Wednesday', '2006-03-29']], '2006-03-28'],
  [
    'weekday before the publication weekday',
    'On Friday, the Dow Jones nearly broke that record.',
    [['Friday', '2007-10-19']],
    '2007-10-20',
  ],
  [
    'part of day, past',
    'Explosions were heard on Friday morning.',
    [{ text: 'Friday morning', value: '2021-03-12TMO', type: 'TIME' }],
  ],
  [
    'part of day, future',
    'The team will play on Saturday night.',
    [{ text: 'Saturday night', value: '2021-03-20TNI', type: 'TIME' }],
  ],
  ['possessive weekday', "Monday's meeting was cancelled.", [['Monday', '2021-03-15']]],
  [
    'two weekdays',
    'They met on Monday and will meet again on Friday.',
    [
      ['Monday', '2021-03-15'],
      ['Friday', '2021-03-19'],
    ],
  ],
  [
    'clock time joined to weekday',
    'GM filed for bankruptcy at 12:00 UTC Monday.',
    [{ text: '12:00 UTC Monday', value: '2009-06-01T12:00Z', type: 'TIME' }],
    '2009-06-01',
  ],
  [
    'clock time dated by its sentence',
    'The jet made its first flight Tuesday in Everett at 18:00 UTC.',
    [
      ['Tuesday', '2009-12-15'],
      ['18:00 UTC', '2009-12-15T18:00Z'],
    ],
    '2009-12-16',
  ],
  [
    'verb far left across an apposition',
    'The Taliban captured Zaranj, the capital of the south-western province of Nimroz, on Friday, the first capital to fall.',
    [['Friday', '2021-08-06']],
    '2021-08-07',
  ],
  [
    'a that-clause does not lend its tense',
    'Sullivan told Mohib in a phone call on Friday that the review would assess the deal.',
    [['Friday', '2021-01-22']],
    '2021-01-23',
  ],
  [
    'time inside the that-clause',
    'He said that on Friday the talks would resume.',
    [['Friday', '2021-03-19']],
  ],
  [
    'participle skipped for the verb before',
    'They agreed on a plan for ships to keep moving through the corridor on Monday.',
    [['Monday', '2022-10-31']],
    '2022-10-30',
  ],
  [
    'no publication date',
    'The delegation will arrive on Friday.',
    [{ text: 'Friday', value: 'XXXX-WXX-5', anchor: null }],
    null,
  ],
];

describe('weekdays', () => {
  for (const c of cases(ROWS)) it(c.label, () => check(c));
});
