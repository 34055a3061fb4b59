import { parseHTML } from 'linkedom';
import { ParleyError } from '../model/errors.js';
import { type FetchOptions, fetchUrl } from './fetch-url.js';
import type { RawDoc } from './raw-doc.js';

export interface FeedItem {
  readonly url: string;
  readonly title: string | null;
  readonly published: string | null;
}

/** RSS 2.0 and Atom items: link, title, date. */
export function parseFeed(xml: string): FeedItem[] {
  const { document } = parseHTML(`<html><body>${xml.replace(/<\?xml[^>]*>/, '')}</body></html>`);
  const items: FeedItem[] = [];
  for (const el of document.querySelectorAll('item, entry')) {
    const linkEl = el.querySelector('link');
    const url = (
      linkEl?.getAttribute('href') ||
      linkEl?.textContent ||
      el.querySelector('guid')?.textContent ||
      ''
    ).trim();
    if (!url) continue;
    const date = el.querySelector('pubDate, published, updated, date')?.textContent?.trim() ?? null;
    const published =
      date && !Number.isNaN(Date.parse(date)) ? new Date(Date.parse(date)).toISOString().slice(0, 10) : null;
    items.push({ url, title: el.querySelector('title')?.textContent?.trim() ?? null, published });
  }
  return items;
}

/** Fetches each feed item's page (same URL rules as a single URL); a failed item is yielded as an error. */
export async function* readFeed(
  xml: string,
  input: string,
  opts: FetchOptions,
): AsyncGenerator<RawDoc | ParleyError> {
  const items = parseFeed(xml);
  if (items.length === 0) yield new ParleyError('NO_ARTICLE', 'feed has no items', input);
  for (const it of items) {
    try {
      const doc = await fetchUrl(it.url, opts);
      yield { ...doc, meta: { ...doc.meta, title: null, published: it.published, source: null } };
    } catch (e) {
      yield e instanceof ParleyError ? e : new ParleyError('FETCH_FAILED', (e as Error).message, it.url);
    }
  }
}
