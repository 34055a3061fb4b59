import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { GDELT_COLUMNS, gdeltWriter } from './gdelt.writer.js';
import { collect, exportRows, fromArray } from './test-rows.js';

const knowledge = loadKnowledge();
const now = new Date('2026-11-27T00:00:00Z');

async function lines(header = false): Promise<string[]> {
  const text = await collect(gdeltWriter(fromArray(exportRows()), { knowledge, now, header }));
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

describe('gdelt writer', () => {
  it('names the 61 GDELT 2.0 columns in order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(new Set(GDELT_COLUMNS).size).toBe(61);
    expect(GDELT_COLUMNS.slice(0, 6)).toEqual([
      'GlobalEventID',
      'Day',
      'MonthYear',
      'Year',
      'FractionDate',
      'Actor1Code',
    ]);
    expect(GDELT_COLUMNS[25]).toBe('IsRootEvent');
    expect(GDELT_COLUMNS.slice(-3)).toEqual(['ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
  });

  it('writes exactly 61 tab-separated fields per line, one line per event, even for awkward values', async () => {
    const out = await lines();
    expect(out).toHaveLength(3);
    for (const line of out) expect(line.split('\t')).toHaveLength(61);
    const withHeader = await lines(true);
    expect(withHeader[0].split('\t')).toEqual([...GDELT_COLUMNS]);
  });

  it('fills parley values in GDELT columns: dates, actors, CAMEO, quad, Goldstein, geo, url', async () => {
    const [first, awkward, bare] = (await lines()).map((l) =>
      Object.fromEntries(l.split('\t').map((v, i) => [GDELT_COLUMNS[i], v])),
    );
    expect(first.GlobalEventID).toMatch(/^\d+$/);
    expect(first).toMatchObject({
      Day: '20210318',
      MonthYear: '202103',
      Year: '2021',
      Actor1Code: 'RUS',
      Actor1Name: 'Russia',
      Actor1CountryCode: 'RUS',
      Actor2Code: 'AFGGOV',
      Actor2CountryCode: 'AFG',
      Actor2Type1Code: 'GOV',
      EventCode: '043',
      EventBaseCode: '043',
      EventRootCode: '04',
      QuadClass: '1',
      NumArticles: '1',
      ActionGeo_Type: '4',
      ActionGeo_FullName: 'Moscow, Russia',
      ActionGeo_CountryCode: 'RUS',
      ActionGeo_Lat: '55.75222',
      ActionGeo_FeatureID: '524901',
      DATEADDED: '20261127101112',
      SOURCEURL: 'https://example.org/russia-hosts-afghan-talks',
    });
    expect(Number(first.FractionDate)).toBeCloseTo(2021 + (3 * 30 + 18) / 365, 4);
    expect(Number(first.GoldsteinScale)).toBe(knowledge.events.cameoByCode.get('043')?.goldstein);
    // Without stored details the actor comes from its code; a partial date keeps its precision.
    expect(awkward).toMatchObject({
      Day: '20210500',
      Actor1Code: 'USA',
      Actor1Name: 'United States',
      QuadClass: '2',
      DATEADDED: '20261127000000',
    });
    expect(awkward.ActionGeo_FullName).toBe(' Kabul, the "capital" , Afghanistan');
    expect(bare).toMatchObject({
      Day: '',
      Actor1Code: '',
      EventCode: '',
      QuadClass: '4',
      ActionGeo_Type: '',
      SOURCEURL: '',
    });
  });

  it('gives an event the same GlobalEventID in every export', async () => {
    const a = (await lines())[0].split('\t')[0];
    const b = (await lines())[0].split('\t')[0];
    expect(a).toBe(b);
    expect(Number(a)).toBeLessThan(2 ** 53);
  });
});
