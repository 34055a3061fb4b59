import { describe, expect, it } from 'vitest';
import { trackDeadlines } from './deadlines.js';
import { type RowSpec, row } from './test-rows.js';

const D = { type: 'RETREAT', deadline: true, status: 'planned' } as const;

/** The US withdrawal from Afghanistan as the demo corpus reports it, one row per report. */
const withdrawal: RowSpec[] = [
  // Doha deal: all troops by May 1 (and an intermediate cut within 135 days, reported once)
  { ...D, a: 'us-taliban-deal-signed-doha', src: 'USA', tgt: 'AFG', date: '2021-05-01', pub: '2020-02-29' },
  {
    ...D,
    a: 'us-taliban-deal-signed-doha',
    e: 'e2',
    src: 'USA',
    tgt: 'AFG',
    date: '2020-07-13',
    pub: '2020-02-29',
  },
  { ...D, a: 'doha-deal-ghani-prisoner-doubts', src: 'USA', date: '2021-05-01', pub: '2020-03-01' },
  // "cut troop levels to 2,500 by mid-January": once, while May 1 keeps being restated
  {
    ...D,
    a: 'doha-talks-agree-ground-rules',
    src: 'USAMIL',
    tgt: 'AFG',
    date: '2021-01-15',
    pub: '2020-12-03',
  },
  { ...D, a: 'doha-talks-agree-ground-rules', e: 'e2', src: 'USA', date: '2021-05-01', pub: '2020-12-03' },
  {
    ...D,
    a: 'kabul-deputy-governor-killed',
    src: 'USAMIL',
    tgt: 'AFG',
    date: '2021-05-01',
    pub: '2020-12-15',
  },
  { ...D, a: 'biden-may-deadline-tough', src: 'USA', tgt: 'AFG', date: '2021-05-01', pub: '2021-03-17' },
  // Biden moves it to September 11; background mentions of May 1 go on
  {
    ...D,
    a: 'biden-sets-september-11-exit',
    src: 'USAGOV',
    tgt: 'AFG',
    date: '2021-09-11',
    pub: '2021-04-14',
  },
  {
    ...D,
    a: 'biden-longest-war-ends-september',
    src: 'USA',
    tgt: 'AFG',
    date: '2021-09-11',
    pub: '2021-04-15',
  },
  { ...D, a: 'biden-longest-war-ends-september', e: 'e2', src: 'USA', date: '2021-05-01', pub: '2021-04-15' },
  { ...D, a: 'us-leaves-bagram', src: 'USA', date: '2021-09-11', pub: '2021-07-02' },
  // and to August 31
  {
    ...D,
    a: 'biden-mission-ends-august-31',
    src: 'USAGOV',
    tgt: 'AFG',
    date: '2021-08-31',
    pub: '2021-07-08',
  },
  { ...D, a: 'biden-defends-august-deadline', src: 'USA', date: '2021-08-31', pub: '2021-07-09' },
  { ...D, a: 'taliban-take-zaranj', src: 'USAMIL', date: '2021-08', pub: '2021-08-07' },
  {
    ...D,
    a: 'evacuation-races-august-deadline',
    src: 'USA',
    tgt: 'AFG',
    date: '2021-08-31',
    pub: '2021-08-25',
  },
  {
    ...D,
    a: 'taliban-celebrate-us-exit',
    e: 'e3',
    src: 'USA',
    date: '2021-05-01',
    pub: '2021-08-31',
    status: 'occurred',
  },
  // NATO allies: another track
  {
    ...D,
    a: 'biden-sets-september-11-exit',
    e: 'e2',
    src: 'IGONAT',
    tgt: 'AFG',
    date: '2021-05-01',
    pub: '2021-04-14',
  },
  // what happened
  {
    a: 'us-withdrawal-formally-begins',
    type: 'RETREAT',
    src: 'USAMIL',
    tgt: 'AFG',
    date: '2021-05-01',
    pub: '2021-05-01',
  },
  {
    a: 'last-us-flight-leaves-kabul',
    type: 'RETREAT',
    src: 'USAMIL',
    tgt: 'AFG',
    date: '2021-08-30',
    pub: '2021-08-30',
  },
  {
    a: 'taliban-celebrate-us-exit',
    type: 'RETREAT',
    src: 'USA',
    tgt: 'AFG',
    date: '2021-08-30',
    pub: '2021-08-31',
  },
];

describe('trackDeadlines: the US withdrawal from Afghanistan', () => {
  const tracks = trackDeadlines(withdrawal.map(row));
  const us = tracks.find((t) => t.source_codes.includes('USA'))!;

  it('is one US track and one NATO track', () => {
    expect(tracks.map((t) => t.name)).toEqual(['USA RETREAT AFG', 'IGONAT RETREAT AFG']);
    expect(us.source_codes).toEqual(['USA', 'USAGOV', 'USAMIL']);
  });

  it('moves May 1 → September 11 → August 31, by whom and where', () => {
    expect(
      us.history.map((h) => [
        h.date,
        h.kind,
        h.previous,
        h.first_reported,
        h.article_id,
        h.source_codes.join(),
      ]),
    ).toEqual([
      ['2021-05-01', 'set', null, '2020-02-29', 'us-taliban-deal-signed-doha', 'USA'],
      ['2021-09-11', 'moved', '2021-05-01', '2021-04-14', 'biden-sets-september-11-exit', 'USAGOV'],
      ['2021-08-31', 'moved', '2021-09-11', '2021-07-08', 'biden-mission-ends-august-31', 'USAGOV'],
    ]);
    expect(us.current).toBe('2021-08-31');
  });

  it('counts restatements, folds "by the end of the month" into August 31', () => {
    expect(us.history.map((h) => [h.reports, h.articles])).toEqual([
      [7, 7],
      [3, 3],
      [4, 4],
    ]);
  });

  it('keeps intermediate targets reported once out of the history', () => {
    expect(us.milestones.map((m) => [m.date, m.article_id])).toEqual([
      ['2020-07-13', 'us-taliban-deal-signed-doha'],
      ['2021-01-15', 'doha-talks-agree-ground-rules'],
    ]);
  });

  it('is met by the last flight on August 30', () => {
    expect(us.outcome).toBe('met');
    expect(us.occurred).toEqual({
      article_id: 'last-us-flight-leaves-kabul',
      event_id: 'e1',
      date: '2021-08-30',
      article_published: '2021-08-30',
    });
  });
});

describe('trackDeadlines: outcomes and kinds', () => {
  const track = (specs: RowSpec[]) => trackDeadlines(specs.map(row));
  const russia: RowSpec = {
    ...D,
    a: 'ultimatum',
    src: 'RUSMIL',
    tgt: 'UKR',
    date: '2022-03-31',
    pub: '2022-03-20',
  };

  const outcomes: [string, RowSpec[], string, string | null][] = [
    [
      'met: occurred before the date',
      [russia, { a: 'done', type: 'RETREAT', src: 'RUS', tgt: 'UKR', date: '2022-03-29' }],
      'met',
      'done',
    ],
    [
      'met: occurred on the date',
      [russia, { a: 'done', type: 'RETREAT', src: 'RUS', tgt: 'UKRGOV', date: '2022-03-31' }],
      'met',
      'done',
    ],
    [
      'missed: occurred only after the date',
      [russia, { a: 'late', type: 'RETREAT', src: 'RUSMIL', tgt: 'UKR', date: '2022-04-05' }],
      'missed',
      'late',
    ],
    [
      'missed: no occurrence, and a later article still reports it as planned',
      [
        russia,
        {
          a: 'still',
          type: 'RETREAT',
          src: 'RUS',
          tgt: 'UKR',
          date: null,
          pub: '2022-04-10',
          status: 'planned',
        },
      ],
      'missed',
      null,
    ],
    ['pending: nothing more known', [russia], 'pending', null],
    [
      'pending: an occurrence of other actors does not count',
      [russia, { a: 'other', type: 'RETREAT', src: 'BLR', tgt: 'UKR', date: '2022-03-29' }],
      'pending',
      null,
    ],
    [
      'pending: an occurrence before the deadline was set does not count',
      [
        russia,
        { a: 'earlier', type: 'RETREAT', src: 'RUS', tgt: 'UKR', date: '2022-03-01', pub: '2022-03-02' },
      ],
      'pending',
      null,
    ],
  ];
  for (const [label, specs, outcome, occurred] of outcomes) {
    it(label, () => {
      const [t] = track(specs);
      expect([t.outcome, t.occurred?.article_id ?? null]).toEqual([outcome, occurred]);
    });
  }

  it('a more precise date is a restatement: "by September" → "by September 11"', () => {
    const [t] = track([
      { ...D, a: 'a1', src: 'USA', tgt: 'AFG', date: '2021-09', pub: '2021-04-13' },
      { ...D, a: 'a2', src: 'USA', tgt: 'AFG', date: '2021-09-11', pub: '2021-04-14' },
    ]);
    expect(t.history.map((h) => [h.date, h.kind, h.previous])).toEqual([
      ['2021-09', 'set', null],
      ['2021-09-11', 'restated', '2021-09'],
    ]);
  });

  it('a moved date reported once stays a move when the old one is not restated as ahead', () => {
    const [t] = track([
      { ...D, a: 'a1', src: 'TUR', tgt: 'IGONAT', type: 'AGREE', date: '2022-06-30', pub: '2022-05-20' },
      { ...D, a: 'a2', src: 'TURGOV', tgt: 'IGONAT', type: 'AGREE', date: '2022-07-15', pub: '2022-06-25' },
      { ...D, a: 'a3', src: 'TUR', tgt: 'IGONAT', type: 'AGREE', date: '2022-06-30', pub: '2022-07-20' },
    ]);
    expect(t.history.map((h) => [h.date, h.kind])).toEqual([
      ['2022-06-30', 'set'],
      ['2022-07-15', 'moved'],
    ]);
    expect(t.milestones).toEqual([]);
  });

  it('types and actors separate tracks; negated and undated deadlines are left out', () => {
    const tracks = track([
      { ...D, a: 'a1', src: 'USA', tgt: 'AFG', date: '2021-05-01' },
      { ...D, a: 'a2', type: 'AGREE', src: 'USA', tgt: 'AFG', date: '2021-05-01' },
      { ...D, a: 'a3', src: 'USA', tgt: 'IRQ', date: '2021-12-31' },
      { ...D, a: 'a4', src: 'GBR', tgt: 'AFG', date: '2021-05-01' },
      { ...D, a: 'a5', src: 'USA', tgt: 'AFG', date: '2021-06-01', status: 'negated' },
      { ...D, a: 'a6', src: 'USA', tgt: 'AFG', date: null },
    ]);
    expect(tracks.map((t) => `${t.name} ${t.history.map((h) => h.date).join(',')}`)).toEqual([
      'USA RETREAT AFG 2021-05-01',
      'USA AGREE AFG 2021-05-01',
      'GBR RETREAT AFG 2021-05-01',
      'USA RETREAT IRQ 2021-12-31',
    ]);
  });
});
