import { describe, expect, it } from 'vitest';
import { clusterEvents } from './clusters.js';
import { type RowSpec, ref, row, syntheticRows } from './test-rows.js';

/** Clusters of the rows as sorted lists of `article:event`, sorted. */
const groups = (specs: RowSpec[], windowDays?: number) =>
  clusterEvents(specs.map(row), { windowDays })
    .map((c) => c.members.map(ref).sort().join(' '))
    .sort();

describe('clusterEvents: which reports are one happening', () => {
  const cases: [string, RowSpec[], string[]][] = [
    [
      'a meeting with source and target swapped',
      [
        { a: 'kestrel', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: '2021-03-18' },
        { a: 'meridian', type: 'CONSULT', src: 'TAL', tgt: 'RUS', date: '2021-03-18' },
      ],
      ['kestrel:e1 meridian:e1'],
    ],
    [
      'RUS and RUSGOV, AFG and AFGGOV are the same actors',
      [
        { a: 'kestrel', type: 'CONSULT', src: 'RUSGOV', tgt: 'AFGGOV', date: '2021-03-18' },
        { a: 'meridian', type: 'CONSULT', src: 'RUS', tgt: 'AFG', date: '2021-03-18' },
      ],
      ['kestrel:e1 meridian:e1'],
    ],
    [
      'participants partially listed: host and all guests vs one guest and the host',
      [
        { a: 'kestrel', type: 'CONSULT', src: 'RUS', tgt: 'AFGGOV,TAL,USA,CHN,PAK', date: '2021-03-18' },
        { a: 'meridian', type: 'CONSULT', src: 'TAL', tgt: 'RUSGOV', date: '2021-03-18' },
        { a: 'harbour', type: 'CONSULT', src: 'RUSGOV', date: '2021-03-18' },
      ],
      ['harbour:e1 kestrel:e1 meridian:e1'],
    ],
    [
      'one shared actor of two is not enough: Taliban attacks on officials and on civilians',
      [
        { a: 'ledger', type: 'ASSAULT', src: 'TAL', tgt: 'AFGGOV', date: '2020-12-15' },
        { a: 'northgate', type: 'ASSAULT', src: 'TAL', tgt: 'AFGCVL', date: '2020-12-15' },
      ],
      ['ledger:e1', 'northgate:e1'],
    ],
    [
      'a different third party is a different meeting (USA–QAT vs the Moscow conference)',
      [
        { a: 'kestrel', type: 'CONSULT', src: 'RUS', tgt: 'AFGGOV,TAL,USA,CHN,PAK', date: '2021-03-18' },
        { a: 'meridian', type: 'CONSULT', src: 'USA', tgt: 'QAT', date: '2021-03-18' },
      ],
      ['kestrel:e1', 'meridian:e1'],
    ],
    [
      'same type only: a meeting and an agreement of the same actors stay apart',
      [
        { a: 'kestrel', type: 'CONSULT', src: 'SAU', tgt: 'IRN', date: '2023-03-10' },
        { a: 'kestrel', e: 'e2', type: 'AGREE', src: 'SAU', tgt: 'IRN', date: '2023-03-10' },
      ],
      ['kestrel:e1', 'kestrel:e2'],
    ],
    [
      'dates two days apart are within the 3-day window',
      [
        { a: 'kestrel', type: 'RETREAT', src: 'USAMIL', tgt: 'AFG', date: '2021-08-30' },
        { a: 'ledger', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08-31' },
        { a: 'harbour', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-09-01' },
      ],
      ['harbour:e1 kestrel:e1 ledger:e1'],
    ],
    [
      'dates four days apart are not',
      [
        { a: 'kestrel', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08-27' },
        { a: 'ledger', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08-31' },
      ],
      ['kestrel:e1', 'ledger:e1'],
    ],
    [
      'no chaining past the window: every day within 3 days of every other',
      [
        { a: 'a1', type: 'ASSAULT', src: 'RUS', tgt: 'UKR', date: '2022-07-20' },
        { a: 'a2', type: 'ASSAULT', src: 'RUS', tgt: 'UKR', date: '2022-07-23' },
        { a: 'a3', type: 'ASSAULT', src: 'RUS', tgt: 'UKR', date: '2022-07-26' },
      ],
      ['a1:e1 a2:e1', 'a3:e1'],
    ],
    [
      'a week value joins the day it contains (2021-W11 holds 18 March)',
      [
        { a: 'kestrel', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: '2021-03-18' },
        { a: 'review', type: 'CONSULT', src: 'TAL', tgt: 'RUS', date: '2021-W11', pub: '2021-03-25' },
      ],
      ['kestrel:e1 review:e1'],
    ],
    [
      'a week value that does not contain the day stays apart (2021-W10 ends 14 March)',
      [
        { a: 'kestrel', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: '2021-03-18' },
        { a: 'review', type: 'CONSULT', src: 'TAL', tgt: 'RUS', date: '2021-W10', pub: '2021-03-25' },
      ],
      ['kestrel:e1', 'review:e1'],
    ],
    [
      'a month value joins a day in it, not a day outside it',
      [
        { a: 'kestrel', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: '2021-03-18' },
        { a: 'monthly', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: '2021-03', pub: '2021-04-02' },
        { a: 'april', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: '2021-04', pub: '2021-05-02' },
      ],
      ['april:e1', 'kestrel:e1 monthly:e1'],
    ],
    [
      'coarse values nest among themselves: March and week 11',
      [
        { a: 'w', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: '2021-W11' },
        { a: 'm', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: '2021-03' },
      ],
      ['m:e1 w:e1'],
    ],
    [
      'places: same country or unknown joins, another country does not',
      [
        {
          a: 'a-moscow',
          type: 'CONSULT',
          src: 'RUS',
          tgt: 'TAL',
          date: '2021-03-18',
          country: 'RUS',
          place: 'Moscow',
        },
        { a: 'b-unknown', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: '2021-03-18' },
        {
          a: 'c-doha',
          type: 'CONSULT',
          src: 'RUS',
          tgt: 'TAL',
          date: '2021-03-18',
          country: 'QAT',
          place: 'Doha',
        },
      ],
      ['a-moscow:e1 b-unknown:e1', 'c-doha:e1'],
    ],
    [
      'undated rows and rows without codes stay alone',
      [
        { a: 'x', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: null },
        { a: 'y', type: 'CONSULT', src: 'RUS', tgt: 'TAL', date: null },
        { a: 'z', type: 'CONSULT', date: '2021-03-18' },
        { a: 'w', type: 'CONSULT', date: '2021-03-18' },
      ],
      ['w:e1', 'x:e1', 'y:e1', 'z:e1'],
    ],
  ];
  for (const [label, specs, expected] of cases) {
    it(label, () => expect(groups(specs)).toEqual(expected));
  }

  it('windowDays option: 0 keeps consecutive days apart', () => {
    const specs: RowSpec[] = [
      { a: 'a1', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08-30' },
      { a: 'a2', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08-31' },
    ];
    expect(groups(specs, 0)).toEqual(['a1:e1', 'a2:e1']);
    expect(groups(specs, 1)).toEqual(['a1:e1 a2:e1']);
  });
});

describe('clusterEvents: the merged cluster', () => {
  const moscow: RowSpec[] = [
    // announced the week before as planned, then reported by three outlets, one of them twice
    {
      a: 'announce',
      type: 'CONSULT',
      mode: 'host',
      src: 'RUS',
      tgt: 'AFGGOV,TAL',
      date: '2021-03-18',
      pub: '2021-03-12',
      status: 'planned',
      outlet: 'kestrel.example',
    },
    {
      a: 'opens',
      type: 'CONSULT',
      mode: 'host',
      src: 'RUS',
      tgt: 'AFGGOV,TAL,USA,CHN,PAK',
      date: '2021-03-18',
      pub: '2021-03-18',
      country: 'RUS',
      place: 'Moscow',
      outlet: 'kestrel.example',
    },
    {
      a: 'hosts',
      type: 'CONSULT',
      mode: 'host',
      src: 'RUSGOV',
      tgt: 'TAL,AFGGOV',
      date: '2021-03-18',
      pub: '2021-03-18',
      country: 'RUS',
      place: 'Moscow',
      outlet: 'www.meridian.example',
    },
    {
      a: 'statement',
      type: 'CONSULT',
      mode: 'meet',
      src: 'TAL',
      tgt: 'RUS',
      date: '2021-03-19',
      pub: '2021-03-19',
      outlet: 'harbour.example',
    },
    {
      a: 'weekly',
      type: 'CONSULT',
      src: 'RUS',
      tgt: 'TAL',
      date: '2021-W11',
      pub: '2021-03-22',
      outlet: 'harbour.example',
    },
  ];

  it('merges members, actors, sources, articles, date, status and place', () => {
    const [c] = clusterEvents(moscow.map(row));
    expect(c).toMatchObject({
      type: 'CONSULT',
      mode: 'host',
      actors: ['AFGGOV', 'CHN', 'PAK', 'RUS', 'RUSGOV', 'TAL', 'USA'],
      date: '2021-03-18',
      status: 'occurred',
      statuses: { planned: 1, occurred: 4 },
      country: 'RUS',
      place_name: 'Moscow',
      sources: 3,
      outlets: ['kestrel.example', 'meridian.example', 'harbour.example'],
      articles: 5,
      first_report: '2021-03-12',
      title: 'Title of announce',
    });
    expect(c.members.map(ref)).toEqual(['announce:e1', 'hosts:e1', 'opens:e1', 'statement:e1', 'weekly:e1']);
  });

  it('the id is a stable hash of the earliest report, whatever the input order', () => {
    const a = clusterEvents(moscow.map(row))[0].id;
    const b = clusterEvents([...moscow].reverse().map(row))[0].id;
    const without = clusterEvents(moscow.slice(1).map(row))[0].id;
    expect(a).toMatch(/^c[0-9a-f]{16}$/);
    expect(b).toBe(a);
    expect(without).not.toBe(a);
  });

  it('outlets come from the article→outlet map first (demo URLs share one host)', () => {
    const specs = moscow.map((s) => ({ ...s, outlet: 'demo.parley.invalid' }));
    expect(clusterEvents(specs.map(row))[0].sources).toBe(1);
    const outlets = new Map([
      ['announce', 'Kestrel Wire'],
      ['opens', 'Kestrel Wire'],
      ['hosts', 'Meridian Post'],
    ]);
    expect(clusterEvents(specs.map(row), { outlets })[0].outlets).toEqual([
      'kestrel wire',
      'meridian post',
      'demo.parley.invalid',
    ]);
  });

  const status: [string, string[], string][] = [
    ['planned then occurred is occurred', ['planned', 'occurred'], 'occurred'],
    ['ongoing beats planned', ['planned', 'ongoing'], 'ongoing'],
    ['planned beats hypothetical and negated', ['hypothetical', 'planned', 'negated'], 'planned'],
    ['negated only when all are', ['negated', 'negated'], 'negated'],
    ['hypothetical only when all are', ['hypothetical', 'hypothetical'], 'hypothetical'],
    ['one occurred report outweighs denials', ['negated', 'occurred', 'negated'], 'occurred'],
  ];
  for (const [label, statuses, expected] of status) {
    it(`status: ${label}`, () => {
      const rows = statuses.map((s, i) =>
        row({ a: `a${i}`, type: 'CONSULT', src: 'USA', tgt: 'TUR', date: '2021-04-24', status: s }),
      );
      const cs = clusterEvents(rows);
      expect(cs).toHaveLength(1);
      expect(cs[0].status).toBe(expected);
    });
  }

  it('date: the most specific value most members agree on', () => {
    const specs: RowSpec[] = [
      { a: 'a1', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08' },
      { a: 'a2', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08-30' },
      { a: 'a3', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08-31' },
      { a: 'a4', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08-30' },
      { a: 'a5', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08' },
      { a: 'a6', type: 'RETREAT', src: 'USA', tgt: 'AFG', date: '2021-08' },
    ];
    const cs = clusterEvents(specs.map(row));
    expect(cs).toHaveLength(1);
    expect(cs[0].date).toBe('2021-08-30');
  });

  it('clusters come sorted by date', () => {
    const cs = clusterEvents(
      [
        { a: 'late', type: 'AGREE', src: 'RUS', tgt: 'UKR', date: '2022-07-22' },
        { a: 'early', type: 'CONSULT', src: 'RUS', tgt: 'UKR', date: '2022-07-13' },
        { a: 'undated', type: 'CONSULT', src: 'RUS', tgt: 'UKR', date: null },
      ].map(row),
    );
    expect(cs.map((c) => c.title)).toEqual(['Title of early', 'Title of late', 'Title of undated']);
  });
});

describe('clusterEvents: speed', () => {
  it('clusters 20,000 events in well under 5 s', () => {
    const rows = syntheticRows(20_000);
    const t0 = performance.now();
    const cs = clusterEvents(rows);
    const ms = performance.now() - t0;
    console.log(`clusterEvents: ${rows.length} rows → ${cs.length} clusters in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
    expect(cs.reduce((n, c) => n + c.members.length, 0)).toBe(rows.length);
    // most reports of one synthetic happening (article ids h<N>r<k>) end up in one cluster
    const pure = cs.filter(
      (c) => new Set(c.members.map((m) => m.article_id.split('r')[0])).size === 1,
    ).length;
    expect(pure / cs.length).toBeGreaterThan(0.9);
  });
});
