import { describe, it } from 'vitest';
import { cases, check, type Row } from './test-helpers/cases.js';

/** Durations and sets. Published Thursday 2021-03-18 unless given. */
const DURATIONS: Row[] = [
  ['decades, bare plural with of', 'The deal would end decades of war.', [['decades', 'PXDE']]],
  ['for decades', 'The region has been at war for decades.', [['decades', 'PXDE']]],
  ['years', 'He spent three years in prison.', [{ text: 'three years', value: 'P3Y', type: 'DURATION' }]],
  ['hours in digits', 'The ceasefire lasted 48 hours.', [['48 hours', 'PT48H']]],
  ['and a half', 'The trial took two and a half years.', [['two and a half years', 'P2.5Y']]],
  ['several', 'Talks have stalled for several years.', [['several years', 'PXY']]],
  ['a few', 'Rebels held the town for a few weeks.', [['a few weeks', 'PXW']]],
  ['a decade', 'The war lasted a decade.', [['a decade', 'P10Y']]],
  ['two decades', 'The war lasted two decades.', [['two decades', 'P20Y']]],
  ['months', 'The siege lasted six months.', [['six months', 'P6M']]],
  ['days in digits', 'The process will take 90 days.', [['90 days', 'P90D']]],
  ['minutes in words', 'The index lost 1,000 points in thirty minutes.', [['thirty minutes', 'PT30M']]],
  ['the past N days', 'Markets fell over the past nine days.', [['the past nine days', 'P9D']]],
  ['the next N years', 'He will govern for the next four years.', [['the next four years', 'P4Y']]],
  ['the past decade', 'It is the largest conference in the past decade.', [['the past decade', 'P10Y']]],
  ['the past year', 'Prices doubled over the past year.', [['the past year', 'P1Y']]],
  ['the past few years', 'Attacks rose over the past few years.', [['the past few years', 'PXY']]],
  [
    'consecutive quarters',
    'The economy shrank for two consecutive quarters.',
    [['two consecutive quarters', 'P2Q']],
  ],
  ['straight days', 'Stocks fell for six straight days.', [['six straight days', 'P6D']]],
  ['fortnight', 'The border closed for a fortnight.', [['a fortnight', 'P2W']]],
  ['half an hour', 'The meeting lasted half an hour.', [['half an hour', 'PT0.5H']]],
  ['hyphenated years', "The aircraft's fifty-year service life.", [['fifty-year', 'P50Y']]],
  ['hyphenated digits', 'They signed a 27-year contract.', [['27-year', 'P27Y']]],
  ['hyphenated hours', 'A 12-hour curfew was imposed.', [['12-hour', 'PT12H']]],
  ['single-day', 'It was the worst single-day fall.', [['single-day', 'P1D']]],
  ['decades-long', 'The decades-long dispute ended.', [['decades-long', 'PXDE']]],
  ['year-long', 'The year-long inquiry ended.', [['year-long', 'P1Y']]],
  ['number year adjective', 'Shares hit a 20 year low.', [['20 year', 'P20Y']]],
  ['for years', 'The plan has been debated for years.', [['years', 'PXY']]],
  ['over the years', 'It sold 2,400 units over the years.', [['years', 'PXY']]],
  ['in minutes', 'The gains were lost in just minutes.', [['minutes', 'PTXM']]],
  [
    'within: deadline duration',
    'Troops must leave within 30 days.',
    [{ text: '30 days', value: 'P30D', type: 'DURATION', deadline: true }],
  ],
];

const SETS: Row[] = [
  ['every year', 'The summit is held every year.', [{ text: 'every year', value: 'P1Y', type: 'SET' }]],
  [
    'every two years',
    'Elections are held every two years.',
    [{ text: 'every two years', value: 'P2Y', type: 'SET' }],
  ],
  ['every other week', 'They meet every other week.', [['every other week', 'P2W']]],
  ['each week', 'Prices are set each week.', [['each week', 'P1W']]],
  [
    'every weekday',
    'Protesters gather every Monday.',
    [{ text: 'every Monday', value: 'XXXX-WXX-1', type: 'SET' }],
  ],
  ['twice a year', 'The council meets twice a year.', [{ text: 'twice a year', value: 'P1Y', type: 'SET' }]],
  [
    'rate after a number',
    'It delivers tankers at a rate of 15 a year.',
    [{ text: 'a year', value: 'P1Y', type: 'SET' }],
  ],
  ['price per month', 'The plan costs $5 a month.', [['a month', 'P1M']]],
  ['per day', 'Exports reached 2 million barrels per day.', [['per day', 'P1D']]],
  ['annually', 'The report is published annually.', [{ text: 'annually', value: 'P1Y', type: 'SET' }]],
  [
    'annual',
    'GM posted its first annual loss since 1992.',
    [
      ['annual', 'P1Y'],
      ['1992', '1992'],
    ],
  ],
  ['weekly', 'Stocks posted their best weekly gain.', [['weekly', 'P1W']]],
  ['daily', 'Officials give daily briefings.', [['daily', 'P1D']]],
];

describe('durations', () => {
  for (const c of cases(DURATIONS)) it(c.label, () => check(c));
});

describe('sets', () => {
  for (const c of cases(SETS)) it(c.label, () => check(c));
});
