import { describe, expect, it } from 'vitest';
import { actorNetwork } from './network.js';
import { type RowSpec, row } from './test-rows.js';

const intensities = new Map([
  ['CONSULT', 3],
  ['AGREE', 5.9],
  ['ASSAULT', -9.6],
  ['ACCUSE', -2],
]);

const rows: RowSpec[] = [
  { a: 'm1', type: 'CONSULT', src: 'RUS', tgt: 'AFGGOV,TAL,USA', date: '2021-03-18' },
  { a: 'm2', type: 'CONSULT', src: 'RUSGOV', tgt: 'TAL', date: '2021-03-18' },
  { a: 'k1', type: 'ASSAULT', src: 'TAL', tgt: 'AFGGOV,AFGCVL', date: '2021-03-20' },
  { a: 'u1', type: 'ACCUSE', src: 'TAL', tgt: 'USAGOV', date: '2021-04-20' },
  { a: 'n1', type: 'CONSULT', src: 'IGOUNOSEC', tgt: 'IGOUNO,AFG', date: '2021-03-22' },
  { a: 'x1', type: 'CONSULT', src: 'AFGGOV', tgt: 'AFG', date: '2021-03-23' },
];

describe('actorNetwork', () => {
  it('country level: codes cut to their country, non-state codes whole, weighted by intensity', () => {
    const net = actorNetwork(
      rows.map(row),
      { level: 'country', from: '2021-03', to: '2021-03' },
      intensities,
    );
    expect(net.edges).toEqual([
      { source: 'RUS', target: 'TAL', count: 2, cooperation: 6, conflict: 0, weight: 6 },
      { source: 'IGOUNOSEC', target: 'AFG', count: 1, cooperation: 3, conflict: 0, weight: 3 },
      { source: 'IGOUNOSEC', target: 'IGOUNO', count: 1, cooperation: 3, conflict: 0, weight: 3 },
      { source: 'RUS', target: 'AFG', count: 1, cooperation: 3, conflict: 0, weight: 3 },
      { source: 'RUS', target: 'USA', count: 1, cooperation: 3, conflict: 0, weight: 3 },
      { source: 'TAL', target: 'AFG', count: 1, cooperation: 0, conflict: 9.6, weight: -9.6 },
    ]);
    expect(net.nodes.map((n) => [n.code, n.events, n.weight])).toEqual([
      ['AFG', 4, -0.6],
      ['TAL', 3, -3.6],
      ['RUS', 2, 6],
      ['IGOUNO', 1, 3],
      ['IGOUNOSEC', 1, 3],
      ['USA', 1, 3],
    ]);
  });

  it('actor level keeps codes as coded; names are attached when given', () => {
    const net = actorNetwork(
      rows.map(row),
      { level: 'actor', names: new Map([['TAL', 'Taliban']]) },
      intensities,
    );
    expect(net.edges.find((e) => e.source === 'TAL' && e.target === 'AFGCVL')).toMatchObject({
      count: 1,
      conflict: 9.6,
    });
    expect(net.edges.find((e) => e.source === 'AFGGOV' && e.target === 'AFG')).toMatchObject({ count: 1 });
    expect(net.nodes.find((n) => n.code === 'TAL')).toEqual({
      code: 'TAL',
      name: 'Taliban',
      events: 4,
      weight: -5.6,
    });
  });

  it('with known countries, a group code with a sector stays whole', () => {
    const net = actorNetwork(
      [row({ a: 't', type: 'ASSAULT', src: 'TALMIL', tgt: 'AFGMIL', date: '2021-08-07' })],
      { level: 'country', countries: new Set(['AFG', 'USA']) },
      intensities,
    );
    expect(net.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['TALMIL>AFG']);
  });
});
