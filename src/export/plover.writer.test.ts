import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { jsonlWriter } from './jsonl.writer.js';
import { ploverWriter } from './plover.writer.js';
import { collect, exportRows, fromArray } from './test-rows.js';

const knowledge = loadKnowledge();

describe('jsonl and plover writers', () => {
  it('jsonl: one JSON object per line, the row as stored', async () => {
    const rows = exportRows();
    const lines = (await collect(jsonlWriter(fromArray(rows)))).trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length);
    expect(lines.map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify(rows)));
  });

  it('plover: POLECAT-style keys, one actor per side plus the full lists, location object', async () => {
    const lines = (await collect(ploverWriter(fromArray(exportRows()), { knowledge }))).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const [first, awkward, bare] = lines.map((l) => JSON.parse(l));
    expect(first).toMatchObject({
      event_id: 'moscow-talks:e1',
      event_date: '2021-03-18',
      event_type: 'CONSULT',
      mode: 'host',
      context: ['diplomatic'],
      quad_code: 'verbal-cooperation',
      source_actor: 'Russia',
      source_country: 'RUS',
      target_actor: 'Government of Afghanistan',
      target_country: 'AFG',
      target_sector: 'GOV',
      location: { name: 'Moscow', country: 'RUS', lat: 55.75222, geonameid: 524901, kind: 'city' },
      url: 'https://example.org/russia-hosts-afghan-talks',
      publisher: 'example.org',
    });
    expect(first.target_actors.map((a: { code: string }) => a.code)).toEqual(['AFGGOV', 'TAL']);
    expect(awkward).toMatchObject({
      source_actor: 'United States',
      source_country: 'USA',
      target_actor: null,
      deadline: true,
    });
    expect(bare).toMatchObject({ event_date: null, source_actor: null, location: null, cameo: null });
  });
});
