import type { Mention, ParleyEvent, ParleyRecord, Span } from '../model/record.js';

/**
 * Realistic `parley.record/1` fixtures for the store tests. Offsets are computed from the text,
 * so every span's `text.slice(start, end)` is its surface string.
 */

type Kind = 'title' | 'lede' | 'body' | 'caption';

/** Joins paragraphs with blank lines and returns the text and their spans. */
function layout(parts: readonly [Kind, string][]) {
  let text = '';
  const paragraphs = parts.map(([kind, body]) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += body;
    return { start, end: text.length, kind };
  });
  return { text, paragraphs };
}

/** A span finder over one text: `find('Moscow', 2)` is the third "Moscow". */
function finder(text: string) {
  const find = (needle: string, nth = 0): Mention => {
    let start = -1;
    for (let i = 0; i <= nth; i++) {
      start = text.indexOf(needle, start + 1);
      if (start < 0) throw new Error(`fixture: "${needle}" #${nth} not in text`);
    }
    return { start, end: start + needle.length, text: needle };
  };
  const sentence = (needle: string): Span => {
    const { start, end } = find(needle);
    return { start, end };
  };
  return { find, sentence };
}

const TITLE = 'Russia hosts Afghan talks as US deadline for exit looms';
const LEDE =
  'Russia is hosting difficult negotiations between the Afghan government and the Taliban as a deadline ' +
  'for the withdrawal of US troops from Afghanistan approaches.';
const BODY = [
  'Russia on Thursday was hosting faltering Afghan peace talks in Moscow, with the Taliban and the Afghan government at one table.',
  '"In a degrading military-political situation, further delays are unacceptable," Russian Foreign Minister Sergei Lavrov said.',
  'The United States is supposed to complete a withdrawal of all its troops from Afghanistan by May 1.',
  'A Taliban spokesman rejected calls for a ceasefire.',
  'Analysts have said the Moscow conference is largely a curtain-raiser for an even bigger gathering to be held in Turkey next month.',
];
const CAPTION = 'A Taliban delegation arrived in Moscow for the talks';

/** The seed article: Russia hosts Afghan government–Taliban talks in Moscow (2021-03-18). */
export function moscowTalksRecord(): ParleyRecord {
  const { text, paragraphs } = layout([
    ['title', TITLE],
    ['lede', LEDE],
    ...BODY.map((b): [Kind, string] => ['body', b]),
    ['caption', CAPTION],
  ]);
  const { find, sentence } = finder(text);
  const cap = paragraphs[paragraphs.length - 1];
  const base = { mode: null, context: [] as string[], time: null, place: null, deadline: false, quote: null };
  const event = (
    e: Partial<ParleyEvent> & Pick<ParleyEvent, 'id' | 'type' | 'status' | 'evidence'>,
  ): ParleyEvent => ({
    ...base,
    cameo: null,
    source: [],
    target: [],
    date: '2021-03-18',
    confidence: 0.8,
    ...e,
  });
  return {
    schema: 'parley.record/1',
    article: {
      id: 'moscow-talks-2021-03-18',
      url: 'https://example.org/world/russia-hosts-afghan-talks',
      source: 'example.org',
      language: 'en',
      published: '2021-03-18',
      title: TITLE,
      lede: LEDE,
      text,
      paragraphs,
      captions: [
        { start: cap.start, end: cap.end, text: CAPTION, credit: 'Russian Foreign Ministry / Getty' },
      ],
      removed: [
        { text: '2 min read', reason: 'read-time' },
        { text: 'Follow us on Facebook, Twitter and Instagram to stay connected', reason: 'social' },
      ],
    },
    actors: [
      actor('a1', 'RUS', 'Russia', 'state', 'RUS', null, null, [
        find('Russia'),
        find('Russia', 1),
        find('Russia', 2),
      ]),
      actor('a2', 'RUSGOV', 'Sergei Lavrov', 'person', 'RUS', 'Foreign Minister', 'GOV', [
        find('Russian Foreign Minister Sergei Lavrov'),
      ]),
      actor('a3', 'AFGGOV', 'Government of Afghanistan', 'government', 'AFG', null, 'GOV', [
        find('the Afghan government'),
        find('the Afghan government', 1),
      ]),
      actor('a4', 'TAL', 'Taliban', 'armed-group', 'AFG', null, null, [
        find('the Taliban'),
        find('the Taliban', 1),
        find('A Taliban spokesman'),
        find('A Taliban delegation'),
      ]),
      actor('a5', 'USA', 'United States', 'state', 'USA', null, null, [
        find('US troops'),
        find('The United States'),
      ]),
      {
        ...actor('a6', null, 'Analysts', 'group', null, null, null, [find('Analysts')]),
        known: false,
        confidence: 0.4,
      },
    ],
    times: [
      { id: 't1', ...find('Thursday'), type: 'DATE', value: '2021-03-18', anchor: 'published' },
      { id: 't2', ...find('May 1'), type: 'DATE', value: '2021-05-01', anchor: 'published', deadline: true },
      { id: 't3', ...find('next month'), type: 'DATE', value: '2021-04', anchor: 'published' },
    ],
    places: [
      place('p1', 'Moscow', 'RUS', 524901, 55.75222, 37.61556, 'city', [
        find('Moscow'),
        find('Moscow', 1),
        find('Moscow', 2),
      ]),
      place('p2', 'Turkey', 'TUR', 298795, 39, 35, 'country', [find('Turkey')]),
      place('p3', 'Afghanistan', 'AFG', 1149361, 33, 66, 'country', [
        find('Afghanistan'),
        find('Afghanistan', 1),
      ]),
    ],
    quotes: [
      {
        id: 'q1',
        ...find('In a degrading military-political situation, further delays are unacceptable,'),
        direct: true,
        speaker: 'a2',
        speakerText: 'Russian Foreign Minister Sergei Lavrov',
        cue: 'said',
        time: null,
      },
    ],
    events: [
      event({
        id: 'e1',
        type: 'CONSULT',
        mode: 'host',
        context: ['diplomatic'],
        cameo: '046',
        source: ['a1'],
        target: ['a3', 'a4'],
        time: 't1',
        date_from: 'clause',
        place: 'p1',
        status: 'ongoing',
        reason: 'verb:host',
        evidence: { sentence: sentence(BODY[0]), trigger: find('hosting', 1) },
      }),
      event({
        id: 'e2',
        type: 'REQUEST',
        cameo: '020',
        source: ['a2'],
        target: ['a3', 'a4'],
        status: 'occurred',
        quote: 'q1',
        date_from: 'published',
        evidence: { sentence: sentence(BODY[1]), trigger: find('unacceptable') },
        confidence: 0.6,
      }),
      event({
        id: 'e3',
        type: 'RETREAT',
        mode: 'withdraw',
        context: ['military'],
        cameo: '0874',
        source: ['a5'],
        time: 't2',
        date: '2021-05-01',
        place: 'p3',
        status: 'planned',
        deadline: true,
        evidence: { sentence: sentence(BODY[2]), trigger: find('withdrawal', 1) },
      }),
      event({
        id: 'e4',
        type: 'REJECT',
        cameo: '12',
        source: ['a4'],
        status: 'occurred',
        evidence: { sentence: sentence(BODY[3]), trigger: find('rejected') },
        confidence: 0.7,
        act: { type: 'CONSULT', cameo: '04', status: 'negated', date: null, time: null },
      }),
      event({
        id: 'e5',
        type: 'CONSULT',
        mode: 'meet',
        cameo: '043',
        time: 't3',
        date: '2021-04',
        place: 'p2',
        status: 'planned',
        evidence: { sentence: sentence(BODY[4]), trigger: find('gathering') },
        confidence: 0.5,
      }),
    ],
    meta: { parley: '0.1.0', knowledge: 'kb-2026.11', ms: 12 },
  };
}

function actor(
  id: string,
  code: string | null,
  name: string,
  kind: ParleyRecord['actors'][number]['kind'],
  country: string | null,
  role: string | null,
  sector: string | null,
  mentions: Mention[],
): ParleyRecord['actors'][number] {
  return { id, code, name, kind, country, role, sector, mentions, known: true, confidence: 0.9 };
}

function place(
  id: string,
  name: string,
  country: string,
  geonameid: number,
  lat: number,
  lon: number,
  kind: ParleyRecord['places'][number]['kind'],
  mentions: Mention[],
): ParleyRecord['places'][number] {
  return { id, name, country, geonameid, lat, lon, kind, mentions };
}

export { actor as fixtureActor, finder as fixtureFinder, layout as fixtureLayout, place as fixturePlace };
