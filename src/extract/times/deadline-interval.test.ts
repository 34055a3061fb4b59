import { describe, it } from 'vitest';
import { cases, check, type Row } from './test-helpers/cases.js';

/** Deadlines and intervals. Published Thursday 2021-03-18 unless given. */
const ROWS: Row[] = [
  [
    'by date',
    'The US must withdraw all its troops by May 1.',
    [{ text: 'May 1', value: '2021-05-01', deadline: true }],
  ],
  [
    'before the end of the year',
    'A deal is needed before the end of the year.',
    [{ text: 'the end of the year', value: '2021', deadline: true }],
  ],
  [
    'no later than',
    'Ballots must arrive no later than June 3.',
    [{ text: 'June 3', value: '2021-06-03', deadline: true }],
  ],
  [
    'not later than',
    'Troops leave not later than June 3, 2021.',
    [{ text: 'June 3, 2021', value: '2021-06-03', deadline: true }],
  ],
  [
    'until',
    'Troops will stay until September 11.',
    [{ text: 'September 11', value: '2021-09-11', deadline: true }],
  ],
  ['by year', 'Emissions must fall by 2030.', [{ text: '2030', value: '2030', deadline: true }]],
  [
    'by the end of month',
    'They must leave by the end of March.',
    [{ text: 'the end of March', value: '2021-03', deadline: true }],
  ],
  [
    'deadline after the date',
    'The May 1 deadline is looming.',
    [{ text: 'May 1', value: '2021-05-01', deadline: true }],
  ],
  [
    'deadline of',
    'It set a deadline of April 30.',
    [{ text: 'April 30', value: '2021-04-30', deadline: true }],
  ],
  ['prior to', 'Prior to 2001, the Taliban ruled Kabul.', [{ text: '2001', value: '2001', deadline: true }]],
  [
    'since is not a deadline',
    'US troops have been there since 2001.',
    [{ text: '2001', value: '2001', deadline: false }],
  ],
  [
    'on is not a deadline',
    'Talks open on March 25.',
    [{ text: 'March 25', value: '2021-03-25', deadline: false }],
  ],
  [
    'from … to years',
    'The war lasted from 2001 to 2021.',
    [{ text: '2001 to 2021', value: '2001', end_value: '2021', deadline: false }],
  ],
  [
    'between … and years',
    'Output will rise between 2014 and 2016.',
    [{ text: '2014 and 2016', value: '2014', end_value: '2016' }],
  ],
  [
    'year range with a dash',
    'The 2001-2021 war cost trillions.',
    [{ text: '2001-2021', value: '2001', end_value: '2021' }],
  ],
  [
    'split year range',
    'Production moves to Alabama by 2010-11.',
    [{ text: '2010-11', value: '2010', end_value: '2011', deadline: true }],
  ],
  [
    'from month to month',
    'Prices rose from March 2020 to June 2021.',
    [{ text: 'March 2020 to June 2021', value: '2020-03', end_value: '2021-06' }],
  ],
  [
    'from weekday to weekday',
    'The talks ran from Monday to Wednesday.',
    [{ text: 'Monday to Wednesday', value: '2021-03-15', end_value: '2021-03-17' }],
  ],
  [
    'between months',
    'The economy shrank between April and June.',
    [{ text: 'April and June', value: '2020-04', end_value: '2020-06' }],
  ],
];

describe('deadlines and intervals', () => {
  for (const c of cases(ROWS)) it(c.label, () => check(c));
});
