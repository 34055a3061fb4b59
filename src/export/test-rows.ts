import type { ExportEvent } from './types.js';

/**
 * Export test rows: one plain event with details (the Moscow talks), one without details and
 * with every awkward character a writer must survive (comma, quote, CR/LF, tab, leading space,
 * non-ASCII), one with no date, actors or place.
 */
export function exportRows(): ExportEvent[] {
  const base: ExportEvent = {
    article_id: 'moscow-talks',
    event_id: 'e1',
    type: 'CONSULT',
    mode: 'host',
    cameo: '043',
    context: ['diplomatic'],
    source_codes: ['RUS'],
    source_ids: ['a1'],
    target_codes: ['AFGGOV', 'TAL'],
    target_ids: ['a3', 'a4'],
    date: '2021-03-18',
    time_id: 't1',
    place_id: 'p1',
    place_name: 'Moscow',
    country: 'RUS',
    lat: 55.75222,
    lon: 37.61556,
    status: 'ongoing',
    deadline: false,
    quote_id: null,
    sentence_start: 120,
    sentence_end: 240,
    trigger_start: 140,
    trigger_end: 147,
    trigger_text: 'hosting',
    confidence: 0.8,
    goldstein: 2.8,
    act_type: null,
    act_cameo: null,
    act_status: null,
    act_date: null,
    article_title: 'Russia hosts Afghan talks',
    article_url: 'https://example.org/russia-hosts-afghan-talks',
    article_published: '2021-03-18',
    sources: [{ code: 'RUS', name: 'Russia', country: 'RUS', sector: null }],
    targets: [
      { code: 'AFGGOV', name: 'Government of Afghanistan', country: 'AFG', sector: 'GOV' },
      { code: 'TAL', name: 'Taliban', country: 'AFG', sector: null },
    ],
    place_kind: 'city',
    geonameid: 524901,
    article_source: 'example.org',
    article_created_at: '2026-11-27T10:11:12.345Z',
  };
  const awkward: ExportEvent = {
    ...base,
    article_id: 'odd, "quoted"\narticle',
    event_id: 'e2',
    type: 'RETREAT',
    mode: 'withdraw',
    cameo: '0874',
    source_codes: ['USA'],
    source_ids: ['a5'],
    target_codes: [],
    target_ids: [],
    date: '2021-05',
    place_name: ' Kabul,\tthe "capital"\r\n',
    country: 'AFG',
    status: 'planned',
    deadline: true,
    trigger_text: 'withdrawal — “retrait”',
    article_title: 'He said "no", then\nleft,\r\nagain\t',
    article_url: null,
    sources: undefined,
    targets: undefined,
    place_kind: undefined,
    geonameid: undefined,
    article_source: undefined,
    article_created_at: undefined,
  };
  const bare: ExportEvent = {
    ...base,
    article_id: 'bare',
    event_id: 'e9',
    type: 'ASSAULT',
    mode: null,
    cameo: null,
    context: [],
    source_codes: [],
    source_ids: [],
    target_codes: [],
    target_ids: [],
    date: null,
    time_id: null,
    place_id: null,
    place_name: null,
    country: null,
    lat: null,
    lon: null,
    goldstein: null,
    article_title: null,
    article_url: null,
    article_published: null,
    sources: [],
    targets: [],
    place_kind: null,
    geonameid: null,
    article_source: null,
    article_created_at: null,
  };
  return [base, awkward, bare];
}

/** An array as an async iterable (the writers' input type). */
export async function* fromArray<T>(items: readonly T[]): AsyncIterable<T> {
  yield* items;
}

/** Every string an async iterable yields, joined. */
export async function collect(lines: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const line of lines) out += line;
  return out;
}
