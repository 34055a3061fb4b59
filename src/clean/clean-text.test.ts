import { describe, expect, it } from 'vitest';
import { boilerplateReason } from './boilerplate.js';
import { parseCaption } from './caption.js';
import { cleanText, splitTextBlocks } from './clean-text.js';

describe('boilerplate lines', () => {
  const cases: [string, string, string | null][] = [
    ['read time', '2 min read', 'read-time'],
    ['read time long', '5 minutes read', 'read-time'],
    [
      'read more',
      "Read more: As clock ticks, Biden's peace plan risks alienating Afghanistan's rival powers",
      'related-link',
    ],
    ['related', 'RELATED: Taliban seize Kunduz', 'related-link'],
    ['social footer', 'Follow us on Facebook, Twitter and Instagram to stay connected', 'social'],
    ['share', 'Share this article', 'social'],
    ['follow outlet', 'Follow the Northgate Herald on Twitter and Facebook', 'social'],
    [
      'follow outlet, long',
      'Follow Kestrel Wire on Facebook, Twitter and Instagram for breaking news',
      'social',
    ],
    [
      'body: said on Twitter',
      'Mohib said on Twitter that the two had agreed to work toward a ceasefire.',
      null,
    ],
    ['newsletter', 'Sign up for our newsletter to get the latest news', 'newsletter'],
    ['cookie', 'We use cookies to give you the best experience', 'cookie'],
    ['advert', 'Advertisement', 'ad'],
    ['byline', 'By Lena Hart and Omar Siddiqi', 'byline'],
    ['byline agency', 'By Jane Doe, Reuters', 'byline'],
    ['reporting credit', 'Reporting by Idrees Ali; Editing by Mark Hope', 'byline'],
    ['updated line', 'Updated: 8 March 2021 09:14 GMT', 'dateline'],
    ['breadcrumb', 'News > World > Asia', 'nav'],
    ['copyright', '© 2023 Kestrel Wire. All rights reserved.', 'other'],
    ['body sentence', 'Russia on Thursday was hosting faltering Afghan peace talks.', null],
    [
      'body with by',
      'By May 1 the troops must leave, officials said in a long statement about the deal.',
      null,
    ],
    [
      'body naming Twitter',
      'Trump announced the decision on Twitter late on Saturday, surprising his own advisers and allies.',
      null,
    ],
  ];
  for (const [label, line, want] of cases) it(label, () => expect(boilerplateReason(line)).toBe(want));
});

describe('captions', () => {
  it('bracket credit', () =>
    expect(
      parseCaption('A Taliban delegation arrived in Moscow for the talks [Russian Foreign Ministry / Getty]'),
    ).toEqual({
      text: 'A Taliban delegation arrived in Moscow for the talks',
      credit: 'Russian Foreign Ministry / Getty',
    }));
  it('photo colon credit', () =>
    expect(parseCaption('Troops at Bagram air base (Photo: Wakil Kohsar/AFP)')?.credit).toBe(
      'Wakil Kohsar/AFP',
    ));
  it('not a caption: bracketed aside in prose', () =>
    expect(parseCaption('The deal [signed last year] is fragile and many doubt it will last')).toBeNull());
});

describe('plain text articles', () => {
  const seedLike = [
    'Leaders meet in Geneva as truce holds',
    '',
    'Envoys from both sides met for a second day of talks on a lasting ceasefire.',
    '3 min read',
    'Delegates arrive at the Palais des Nations [Fabrice Coffrini / AFP]',
    '',
    'GENEVA — Envoys met on Tuesday for talks, the UN said.',
    '',
    'Read more: Why the truce matters',
    '',
    'The talks will resume next week.',
    '',
    'Follow us on Twitter to stay connected',
  ].join('\n');
  const r = cleanText(seedLike);
  it('title, lede, caption and body in order', () =>
    expect(r.blocks.map((b) => b.kind)).toEqual(['title', 'lede', 'caption', 'body', 'body']));
  it('caption keeps its credit', () =>
    expect(r.blocks[2]).toMatchObject({ credit: 'Fabrice Coffrini / AFP' }));
  it('removes boilerplate with reasons', () =>
    expect(r.removed.map((x) => x.reason)).toEqual(['read-time', 'related-link', 'social']));
  it('a plain article has no lede', () => {
    const plain = cleanText('Headline here\n\nFirst paragraph of the body.\n\nSecond paragraph.');
    expect(plain.blocks.map((b) => b.kind)).toEqual(['title', 'body', 'body']);
  });
  it('joins hard-wrapped lines', () =>
    expect(splitTextBlocks('The minister said the talks\nwould resume on Monday.\n\nNext para.')).toEqual([
      'The minister said the talks would resume on Monday.',
      'Next para.',
    ]));
  it('uses the meta title and drops its repeat', () => {
    const t = cleanText('Talks resume\n\nBody text here.', 'Talks resume');
    expect(t.blocks.filter((b) => b.kind === 'title')).toHaveLength(1);
  });
});
