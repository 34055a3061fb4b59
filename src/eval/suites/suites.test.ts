import { describe, expect, it } from 'vitest';
import { SUITES } from '../suites.js';
import { pageScore, shingles } from './article-extraction.suite.js';
import { readCameoExamples } from './cameo-examples.suite.js';
import { multisetOverlap, parseCsv, prf } from './common.js';
import { goldEventSpans, PLOVER_2016 } from './plover-gsr.suite.js';

describe('data-set suites', () => {
  it('are registered in SUITES', () => {
    expect(SUITES.map((s) => s.name)).toEqual(
      expect.arrayContaining(['plover-gsr', 'cameo-examples', 'petrarch2', 'article-extraction']),
    );
  });
  it('score article bodies on token 4-grams, normalised per page', () => {
    expect(shingles('a b c d e').size).toBe(2);
    expect(pageScore('one two three four five', 'one two three four five')).toEqual({ tp: 1, fp: 0, fn: 0 });
    const s = pageScore('one two three four', 'one two three four five six');
    expect(s.tp).toBeCloseTo(1 / 3);
    expect(s.fn).toBeCloseTo(2 / 3);
    expect(pageScore('', 'one two three four').fn).toBe(1);
  });
  it('read the CAMEO CSV with quoted fields, keeping rows with an example', () => {
    const csv = '"","code","root_code","example"\n"1","01","01",NA\n"2","010","01","He said, ""fine""."\n';
    expect(parseCsv(csv)[2]).toEqual(['2', '010', '01', 'He said, "fine".']);
    expect(readCameoExamples(csv)).toEqual([{ code: '010', root: '01', example: 'He said, "fine".' }]);
  });
  it('map PLOVER 2016 names and locate gold event words', () => {
    expect(PLOVER_2016.DEMAND).toBe('REQUEST');
    expect(PLOVER_2016.FIGHT).toBe('ASSAULT');
    const text = 'Serbia has been indicted by the court.';
    const row = {
      id: 'x',
      text,
      event: 'DISAPPROVE',
      textInfo: { markup: '(TAR: Serbia) (EVT: has been indicted by) the (SRC: court).' },
    };
    expect(goldEventSpans(row, text)).toEqual([[7, 27]]);
  });
  it('count multiset overlaps and F1', () => {
    expect(multisetOverlap(['a', 'a', 'b'], ['a', 'b', 'b'])).toBe(2);
    expect(prf(2, 4, 2).f1).toBeCloseTo(2 / 3);
  });
});
