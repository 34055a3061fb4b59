import { describe, expect, it } from 'vitest';
import { type RowSpec, row } from './test-rows.js';
import { processes, timeline } from './timeline.js';

const afghan: RowSpec[] = [
  { a: 'doha-1', type: 'AGREE', src: 'USA', tgt: 'TAL', date: '2020-02-29', country: 'QAT' },
  { a: 'doha-2', type: 'AGREE', src: 'TAL', tgt: 'USAGOV', date: '2020-02-29', pub: '2020-03-01' },
  {
    a: 'istanbul-1',
    type: 'CONSULT',
    src: 'TUR',
    tgt: 'AFGGOV,TAL',
    date: '2021-04-24',
    pub: '2021-04-13',
    status: 'planned',
  },
  { a: 'moscow-1', type: 'CONSULT', src: 'RUS', tgt: 'AFGGOV,TAL,USA', date: '2021-03-18' },
  { a: 'moscow-2', type: 'CONSULT', src: 'RUSGOV', tgt: 'TAL', date: '2021-03-18' },
  {
    a: 'moscow-0',
    type: 'CONSULT',
    src: 'RUS',
    tgt: 'AFGGOV,TAL',
    date: '2021-03-18',
    pub: '2021-03-10',
    status: 'planned',
  },
  { a: 'prisoners', type: 'CONCEDE', src: 'AFGGOV', tgt: 'TAL', date: '2020-04-08', pub: '2020-04-09' },
  { a: 'talks', type: 'CONSULT', src: 'AFGGOV', tgt: 'TAL', date: '2020-09-12' },
  { a: 'bagram', type: 'RETREAT', src: 'USAMIL', tgt: 'AFG', date: '2021-07-02' },
  { a: 'kabul', type: 'ASSAULT', src: 'TAL', tgt: 'AFGGOV', date: '2021-08-15' },
  { a: 'flight', type: 'RETREAT', src: 'USAMIL', tgt: 'AFG', date: '2021-08-30' },
];
const grain: RowSpec[] = [
  { a: 'grain-talks', type: 'CONSULT', src: 'TUR', tgt: 'RUS,UKR,IGOUNO', date: '2022-07-13' },
  { a: 'grain-signed', type: 'AGREE', src: 'RUS', tgt: 'UKR', date: '2022-07-22' },
  { a: 'grain-suspend', type: 'REJECT', src: 'RUSGOV', tgt: 'UKR', date: '2022-10-29' },
  { a: 'grain-quit', type: 'REJECT', src: 'RUS', tgt: 'UKR,TUR', date: '2023-07-17' },
];

describe('timeline', () => {
  const rows = [...afghan, ...grain].map(row);
  const dates = (items: ReturnType<typeof timeline>) => items.map((i) => `${i.date} ${i.type} ${i.status}`);

  it('of an actor: one item per cluster, by date, planned vs occurred visible', () => {
    expect(dates(timeline(rows, { actor: 'tal', from: '2021' }))).toEqual([
      '2021-03-18 CONSULT occurred',
      '2021-04-24 CONSULT planned',
      '2021-08-15 ASSAULT occurred',
    ]);
    const moscow = timeline(rows, { actor: 'TAL', from: '2021-03', to: '2021-03' })[0];
    expect(moscow).toMatchObject({
      statuses: { planned: 1, occurred: 2 },
      articles: 3,
      first_report: '2021-03-10',
    });
  });

  it('of a pair, either side or both targets', () => {
    expect(dates(timeline(rows, { pair: ['USA', 'TAL'] }))).toEqual([
      '2020-02-29 AGREE occurred',
      '2021-03-18 CONSULT occurred',
    ]);
    expect(timeline(rows, { pair: ['RUS', 'UKR'], type: 'REJECT' }).map((i) => i.date)).toEqual([
      '2022-10-29',
      '2023-07-17',
    ]);
  });

  it('of a type within dates', () => {
    expect(dates(timeline(rows, { type: 'RETREAT', to: '2021-07' }))).toEqual([
      '2021-07-02 RETREAT occurred',
    ]);
  });
});

describe('processes', () => {
  it('links clusters sharing two countries within 120 days, names them by the two most frequent', () => {
    const ps = processes([...afghan, ...grain].map(row));
    // 2021: Moscow (RUS AFG TAL USA) – Istanbul (TUR AFG TAL) – Kabul (TAL AFG), Moscow – Bagram
    // (USA AFG) – last flight. 2020 stays apart: Doha shares only TAL with the prisoner release,
    // and the talks in September come 157 days after it. The grain deal quits 2023, a year later.
    expect(ps.map((p) => [p.name, p.clusters, p.from, p.to])).toEqual([
      ['AFG–TAL', 5, '2021-03-18', '2021-08-30'],
      ['RUS–UKR', 3, '2022-07-13', '2022-10-29'],
    ]);
    expect(ps[0].countries).toEqual(['AFG', 'TAL', 'USA', 'RUS', 'TUR']);
  });

  it('a gap longer than 120 days splits a process', () => {
    const ps = processes([...afghan, ...grain].map(row), { gapDays: 30 });
    expect(ps.map((p) => p.name)).toContain('RUS–UKR');
    expect(ps.find((p) => p.name === 'RUS–UKR')!.to).toBe('2022-07-22');
  });
});
