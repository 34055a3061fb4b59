import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/export/csv.writer.js';
import { toCsv } from '../../web/src/lib/export.js';
import { deadlines, network, timelinePoints } from '../../web/src/lib/normalize.js';
import { segments } from '../../web/src/lib/segments.js';
import type { EventRow } from '../../web/src/types.js';

/** The web UI's pure helpers (no browser): span segmentation, CSV, API readers. */
describe('segments: overlapping and crossing marks', () => {
  const cases = [
    {
      label: 'nested: actor inside a quote',
      marks: [
        { start: 0, end: 10, kind: 'quote', id: 'q1' },
        { start: 2, end: 5, kind: 'actor', id: 'a1' },
      ],
      want: ['0-2:q1', '2-5:q1,a1', '5-10:q1'],
    },
    {
      label: 'crossing: place and time share characters',
      marks: [
        { start: 0, end: 6, kind: 'place', id: 'p1' },
        { start: 4, end: 9, kind: 'time', id: 't1' },
      ],
      want: ['0-4:p1', '4-6:p1,t1', '6-9:t1', '9-10:'],
    },
    {
      label: 'clipped to the paragraph, empty marks dropped',
      marks: [
        { start: -3, end: 3, kind: 'actor', id: 'a1' },
        { start: 5, end: 5, kind: 'event', id: 'e1' },
      ],
      want: ['0-3:a1', '3-10:'],
    },
  ];
  for (const c of cases)
    it(c.label, () => {
      const got = segments(0, 10, c.marks).map(
        (s) => `${s.start}-${s.end}:${s.marks.map((m) => m.id).join(',')}`,
      );
      expect(got).toEqual(c.want);
    });
});

describe('CSV export', () => {
  it('quotes separators and neutralises spreadsheet formulas, keeps negative numbers', () => {
    const row = {
      article_id: 'a',
      event_id: 'e1',
      type: 'ACCUSE',
      trigger_text: '=HYPERLINK("x")',
      lon: -77.5,
      article_title: 'A, "B"',
    };
    const [head, line] = toCsv([row as unknown as EventRow])
      .trim()
      .split('\r\n');
    // the columns of `parley export --format csv`, so one R/pandas script reads both files
    expect(head.split(',')).toEqual([...CSV_COLUMNS]);
    expect(line).toContain(`"'=HYPERLINK(""x"")"`);
    expect(line).toContain(',-77.5,');
    expect(line).toContain('"A, ""B"""');
  });
});

describe('aggregate readers tolerate missing fields', () => {
  it('deadlines: history, milestones, outcome', () => {
    const [d] = deadlines({
      deadlines: [
        {
          name: 'USA RETREAT AFG',
          source_codes: ['USA'],
          target_codes: ['AFG'],
          history: [
            { date: '2021-05-01', kind: 'set' },
            { date: '2021-09-11', kind: 'moved', previous: '2021-05-01' },
          ],
          milestones: [{ date: '2021-01' }],
          outcome: 'met',
          occurred: { date: '2021-08-30' },
        },
      ],
    });
    expect(d.label).toBe('USA RETREAT AFG');
    expect(d.history.map((h) => `${h.previous ?? ''}>${h.date}`)).toEqual([
      '>2021-05-01',
      '2021-05-01>2021-09-11',
    ]);
    expect(d.milestones[0].kind).toBe('milestone');
    expect(d.outcome).toBe('met (occurred 2021-08-30)');
    expect(d.codes).toEqual(['USA', 'AFG']);
    expect(deadlines({ error: 'x' })).toEqual([]);
  });
  it('timeline items link to their first member; network adds nodes named only by edges', () => {
    const [p] = timelinePoints({
      items: [{ date: '2021-03-18', type: 'CONSULT', members: [{ article_id: 'm', event_id: 'e2' }] }],
    });
    expect([p.article_id, p.event_id, p.status]).toEqual(['m', 'e2', 'occurred']);
    const net = network({
      nodes: [{ code: 'USA', events: 3 }],
      edges: [{ source: 'USA', target: 'TAL', count: 2 }],
    });
    expect(net.nodes.map((n) => n.code)).toEqual(['USA', 'TAL']);
    expect(net.edges[0]).toMatchObject({ cooperation: 0, conflict: 0, weight: 2 });
  });
});
