import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { ICEWS_COLUMNS, icewsWriter } from './icews.writer.js';
import { collect, exportRows, fromArray } from './test-rows.js';

const SAMPLE = '/work/shared/data/cameo/icews-events.2018.sample.tab';
const knowledge = loadKnowledge();

function sampleHeader(): string[] | null {
  try {
    return readFileSync(SAMPLE, 'utf8').split('\n', 1)[0].replace(/\r$/, '').split('\t');
  } catch {
    return null;
  }
}

describe('icews writer', () => {
  it.skipIf(sampleHeader() === null)('has exactly the columns of the ICEWS sample file', () => {
    expect([...ICEWS_COLUMNS]).toEqual(sampleHeader());
  });

  it('writes the header, then one line per event with as many tab-separated fields, NA when missing', async () => {
    const text = await collect(icewsWriter(fromArray(exportRows()), { knowledge }));
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.split('\t')).toHaveLength(ICEWS_COLUMNS.length);
    const rows = lines
      .slice(1)
      .map((l) => Object.fromEntries(l.split('\t').map((v, i) => [ICEWS_COLUMNS[i], v])));
    expect(rows[0]).toMatchObject({
      'Event Date': '2021-03-18',
      'Source Name': 'Russia',
      'Source Sectors': 'NA',
      'Source Country': 'Russia',
      'Event Text': knowledge.events.cameoByCode.get('043')?.name,
      'CAMEO Code': '043',
      'Target Name': 'Government of Afghanistan',
      'Target Sectors': 'Government',
      'Target Country': 'Afghanistan',
      'Story ID': 'moscow-talks',
      'Sentence Number': 'NA',
      Publisher: 'example.org',
      City: 'Moscow',
      Province: 'NA',
      Country: 'Russia',
      Latitude: '55.75222',
    });
    expect(rows[0]['Event ID']).toMatch(/^\d+$/);
    expect(rows[2]).toMatchObject({
      'Event Date': 'NA',
      'Source Name': 'NA',
      'CAMEO Code': 'NA',
      Country: 'NA',
    });
  });
});
