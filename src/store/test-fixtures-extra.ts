import type { ParleyEvent, ParleyRecord } from '../model/record.js';
import {
  fixtureActor as actor,
  fixtureFinder,
  fixtureLayout,
  fixturePlace as place,
} from './test-fixtures.js';

/** A second, unrelated article: Pakistan opens talks with the Pakistani Taliban (code PAKTAL) in Kabul. */
export function kabulTalksRecord(): ParleyRecord {
  const title = 'Pakistan opens talks with Pakistani Taliban in Kabul';
  const body =
    "Pakistan's government on Monday opened talks with the Tehrik-i-Taliban Pakistan in Kabul, officials said.";
  const { text, paragraphs } = fixtureLayout([
    ['title', title],
    ['body', body],
  ]);
  const { find } = fixtureFinder(text);
  return {
    schema: 'parley.record/1',
    article: {
      id: 'kabul-talks-2022-05-16',
      url: 'https://example.net/asia/pakistan-ttp-talks',
      source: 'example.net',
      language: 'en',
      published: '2022-05-16',
      title,
      lede: null,
      text,
      paragraphs,
      captions: [],
      removed: [],
    },
    actors: [
      actor('a1', 'PAKGOV', 'Government of Pakistan', 'government', 'PAK', null, 'GOV', [
        find("Pakistan's government"),
      ]),
      actor('a2', 'PAKTAL', 'Tehrik-i-Taliban Pakistan', 'armed-group', 'PAK', null, null, [
        find('Pakistani Taliban'),
        find('the Tehrik-i-Taliban Pakistan'),
      ]),
    ],
    times: [{ id: 't1', ...find('Monday'), type: 'DATE', value: '2022-05-16', anchor: 'published' }],
    places: [
      place('p1', 'Kabul', 'AFG', 1138958, 34.52813, 69.17233, 'city', [find('Kabul'), find('Kabul', 1)]),
    ],
    quotes: [],
    events: [
      {
        id: 'e1',
        type: 'CONSULT',
        mode: 'meet',
        context: ['diplomatic'],
        cameo: '043',
        source: ['a1'],
        target: ['a2'],
        time: 't1',
        date: '2022-05-16',
        place: 'p1',
        status: 'occurred',
        deadline: false,
        quote: null,
        evidence: {
          sentence: { start: paragraphs[1].start, end: paragraphs[1].end },
          trigger: find('opened talks'),
        },
        confidence: 0.85,
      },
    ],
    meta: { parley: '0.1.0', knowledge: 'kb-2026.11', ms: 3 },
  };
}

const TYPES = ['CONSULT', 'AGREE', 'REQUEST', 'REJECT', 'THREATEN'] as const;
const STATUSES = ['occurred', 'planned', 'negated'] as const;

/**
 * `articles` generated articles of `perArticle` events each, with many equal dates, some null
 * dates and ids whose text order differs from numeric order ('e10' < 'e9'), to test paging.
 */
export function generatedRecords(articles: number, perArticle: number): ParleyRecord[] {
  return Array.from({ length: articles }, (_, i) => {
    const text = `Generated article ${i}.\n\nTalks were held between Russia and the Taliban.`;
    const { find } = fixtureFinder(text);
    const sentence = { start: text.indexOf('Talks'), end: text.length };
    const events = Array.from(
      { length: perArticle },
      (_, j): ParleyEvent => ({
        id: `e${j}`,
        type: TYPES[(i + j) % TYPES.length],
        mode: null,
        context: [],
        cameo: null,
        source: [j % 2 ? 'a1' : 'a2'],
        target: [j % 2 ? 'a2' : 'a1'],
        time: null,
        date:
          (i * 7 + j) % 11 === 0
            ? null
            : `2021-${String(1 + (j % 12)).padStart(2, '0')}-${String(1 + ((i + j) % 3)).padStart(2, '0')}`,
        place: null,
        status: STATUSES[j % STATUSES.length],
        deadline: false,
        quote: null,
        evidence: { sentence, trigger: find('Talks') },
        confidence: 0.5,
      }),
    );
    return {
      schema: 'parley.record/1',
      article: {
        id: `gen-${String(i).padStart(3, '0')}`,
        url: `https://example.com/generated/${i}`,
        source: 'example.com',
        language: 'en',
        published: '2021-06-01',
        title: `Generated ${i}`,
        lede: null,
        text,
        paragraphs: [],
        captions: [],
        removed: [],
      },
      actors: [
        actor('a1', 'RUS', 'Russia', 'state', 'RUS', null, null, [find('Russia')]),
        actor('a2', 'TAL', 'the Taliban', 'armed-group', 'AFG', null, null, [find('the Taliban')]),
      ],
      times: [],
      places: [],
      quotes: [],
      events,
      meta: { parley: '0.1.0', knowledge: 'kb-2026.11', ms: 1 },
    };
  });
}
