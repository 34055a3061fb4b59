import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../clean/clean.js';
import { ParleyError } from '../model/errors.js';
import type { RawDoc } from './raw-doc.js';
import { parseFeed, readFeed } from './read-feed.js';

const REPORT = [
  'Russia hosted Afghan government negotiators and the Taliban in Moscow on Thursday, as a May 1 deadline for the withdrawal of US troops approached.',
  '"We hope for progress," Russian Foreign Minister Sergei Lavrov said at the opening of the conference, which Pakistan and China also attended.',
  'US President Joe Biden said on Wednesday that meeting the deadline would be tough, and a larger conference on Afghanistan is planned in Turkey next month.',
  'The talks come as violence has risen across Afghanistan, and as Kabul and the Taliban remain far apart on a power-sharing deal.',
];
const CONTENT = REPORT.map((p) => `<p>${p}</p>`).join('');

// A page server for items whose feed entry is only a teaser (fetched over 127.0.0.1).
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/teaser-page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<html><head><title>Biden on the deadline</title></head><body><article>${CONTENT}</article></body></html>`,
      );
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const rss = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>${items}</channel></rss>`;

async function collect(xml: string): Promise<(RawDoc | ParleyError)[]> {
  const out: (RawDoc | ParleyError)[] = [];
  for await (const x of readFeed(xml, 'wire.xml', { allowPrivate: true, timeoutMs: 5000 })) out.push(x);
  return out;
}

describe('RSS and Atom feeds', () => {
  it('RSS 2.0: the link inside <link>, the date, and the full text from content:encoded without a request', async () => {
    const xml = rss(`<item><title>Russia hosts Afghan talks</title><link>https://news.invalid/a1</link>
      <pubDate>Thu, 18 Mar 2021 10:00:00 GMT</pubDate><content:encoded><![CDATA[${CONTENT}]]></content:encoded></item>`);
    expect(parseFeed(xml)).toMatchObject([
      { url: 'https://news.invalid/a1', title: 'Russia hosts Afghan talks', published: '2021-03-18' },
    ]);
    const [doc] = await collect(xml); // news.invalid cannot resolve: no fetch happened
    expect(doc).not.toBeInstanceOf(ParleyError);
    const article = cleanArticle(doc as RawDoc);
    expect(article.title).toBe('Russia hosts Afghan talks');
    expect(article.url).toBe('https://news.invalid/a1');
    expect(article.published).toBe('2021-03-18');
    expect(article.text).toContain('Russian Foreign Minister Sergei Lavrov said');
  });

  it('Atom: the alternate link, the published date, and <content type="html">', () => {
    const escaped = CONTENT.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
      <entry><title>Russia hosts Afghan talks</title><id>tag:wire,2021:a1</id>
      <link rel="self" href="https://news.invalid/api/a1"/><link rel="alternate" href="https://news.invalid/a1"/>
      <published>2021-03-18T10:00:00Z</published><content type="html">${escaped}</content></entry></feed>`;
    const [item] = parseFeed(xml);
    expect(item).toMatchObject({ url: 'https://news.invalid/a1', published: '2021-03-18' });
    expect(item.content).toContain('<p>Russia hosted Afghan government negotiators');
  });

  it('titles as text (entities, Atom html), the published date before the updated one, Atom xhtml content', () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <entry><title type="html">Lavrov&amp;rsquo;s &lt;b&gt;Moscow&lt;/b&gt; talks</title><link href="https://news.invalid/a1"/>
      <updated>2021-04-01T08:00:00Z</updated><published>2021-03-18T10:00:00Z</published>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${CONTENT}</div></content></entry></feed>`;
    const [item] = parseFeed(xml);
    expect(item).toMatchObject({ title: 'Lavrov’s Moscow talks', published: '2021-03-18' });
    const article = cleanArticle({
      input: item.url!,
      kind: 'html',
      body: item.content!,
      meta: { title: item.title },
    });
    expect(article.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(REPORT.length);
  });

  it('a teaser item is fetched from its page; a page that fails is an error and the rest go on', async () => {
    const xml = rss(`
      <item><title>Biden</title><link>${base}/teaser-page</link><description>Biden says the deadline will be tough.</description></item>
      <item><title>Gone</title><link>${base}/missing</link></item>
      <item><title>No link</title><guid isPermaLink="false">wire-123</guid></item>`);
    expect(parseFeed(xml).map((i) => i.url)).toEqual([`${base}/teaser-page`, `${base}/missing`, null]);
    const [page, missing, ...rest] = await collect(xml);
    // an item with neither a link nor its text is an error of its own, not silently dropped
    expect(rest.map((x) => x instanceof ParleyError && `${x.code} ${x.input}`)).toEqual([
      'NO_ARTICLE wire.xml#item3',
    ]);
    expect(cleanArticle(page as RawDoc).text).toContain('meeting the deadline would be tough');
    expect(missing).toBeInstanceOf(ParleyError);
    expect((missing as ParleyError).code).toBe('FETCH_FAILED');
    expect((missing as ParleyError).input).toBe(`${base}/missing`);
  });

  it('an item without a link but with its full text is coded from the feed, its guid its id', async () => {
    const xml = rss(`<item><title>Talks</title><guid isPermaLink="false">wire-2021-0318-77</guid>
      <content:encoded><![CDATA[${CONTENT}]]></content:encoded></item>`);
    const [doc] = await collect(xml);
    expect(doc).not.toBeInstanceOf(ParleyError);
    expect((doc as RawDoc).input).toBe('wire.xml#item1');
    expect(cleanArticle(doc as RawDoc).id).toBe('wire-2021-0318-77');
  });

  it('a feed without items is one NO_ARTICLE error naming the feed', async () => {
    const [err] = await collect(rss(''));
    expect(err).toBeInstanceOf(ParleyError);
    expect((err as ParleyError).code).toBe('NO_ARTICLE');
    expect((err as ParleyError).input).toBe('wire.xml');
  });
});
