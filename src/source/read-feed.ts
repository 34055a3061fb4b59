import { DOMParser, parseHTML } from 'linkedom';
import { ParleyError } from '../model/errors.js';
import { type FetchOptions, fetchUrl } from './fetch-url.js';
import type { RawDoc } from './raw-doc.js';

export interface FeedItem {
  /** The item's page, or null when it has no link (then it can only be read from the feed). */
  readonly url: string | null;
  /** The item's guid or Atom id, a stable identity when there is no link. */
  readonly guid: string | null;
  readonly title: string | null;
  readonly published: string | null;
  /** The item's full text as HTML (RSS content:encoded, Atom content), when the feed carries it. */
  readonly content: string | null;
}

/**
 * Feed content shorter than this (as text) is a teaser, not the article: the page is fetched.
 * Teasers run to a sentence or two (~150–300 characters); a short report to ~500 or more.
 */
const FULL_TEXT_CHARS = 400;

/** Direct children of `el` with one of these tag names (case-insensitive, prefixes kept). */
function childrenNamed(el: any, names: readonly string[]): any[] {
  return [...el.children].filter((c: any) => names.includes(String(c.tagName).toLowerCase()));
}
const textOf = (el: any): string | null => (el?.textContent ?? '').trim() || null;

/** The item's page: Atom's alternate link, RSS's <link>, else a guid that is a URL. */
function itemUrl(item: any): string | null {
  const links = childrenNamed(item, ['link']);
  const atom = links.find(
    (l) => l.getAttribute('href') && (l.getAttribute('rel') ?? 'alternate') === 'alternate',
  );
  const href = atom?.getAttribute('href') ?? textOf(links.find((l) => !l.getAttribute('href')));
  if (href) return href.trim();
  const guid = childrenNamed(item, ['guid', 'id'])
    .map(textOf)
    .find((g) => g && /^https?:\/\//i.test(g));
  return guid ?? null;
}

/** The publication date (RFC 822 or ISO 8601) as YYYY-MM-DD: the first of these that is there. */
const DATE_TAGS = ['pubdate', 'published', 'dc:date', 'issued', 'updated'];
function itemDate(item: any): string | null {
  for (const tag of DATE_TAGS) {
    const raw = textOf(childrenNamed(item, [tag])[0]);
    const t = raw ? Date.parse(raw) : Number.NaN;
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}

/**
 * A title as text: RSS titles may hold HTML entities (&rsquo;) the XML parser leaves as they
 * are, and Atom titles of type "html" hold markup.
 */
function itemTitle(item: any): string | null {
  const raw = textOf(childrenNamed(item, ['title'])[0]);
  if (!raw || !/[<&]/.test(raw)) return raw;
  return textOf(parseHTML(`<html><body><p>${raw}</p></body></html>`).document.querySelector('p'));
}

/** The full text the item carries, if it is more than a teaser. */
function itemContent(item: any): string | null {
  const el = childrenNamed(item, ['content:encoded', 'content'])[0];
  // Atom type="xhtml": the markup itself, inside a <div>; otherwise the (escaped or CDATA) HTML
  const html =
    el?.getAttribute?.('type') === 'xhtml'
      ? (el.firstElementChild?.innerHTML ?? '').trim() || null
      : textOf(el);
  if (!html) return null;
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length >= FULL_TEXT_CHARS ? html : null;
}

/** RSS 2.0 / RSS 1.0 and Atom items: link, title, date, and full text when the feed has it. */
export function parseFeed(xml: string): FeedItem[] {
  // XML, not HTML: in HTML <link> is an empty element, and RSS puts the URL inside it.
  const doc = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml');
  const items: FeedItem[] = [];
  for (const el of doc.querySelectorAll('item, entry')) {
    const url = itemUrl(el);
    const guid = textOf(childrenNamed(el, ['guid', 'id'])[0]);
    if (
      !url &&
      !guid &&
      !childrenNamed(el, ['title', 'description', 'summary', 'content', 'content:encoded']).length
    )
      continue;
    items.push({
      url,
      guid,
      title: itemTitle(el),
      published: itemDate(el),
      content: itemContent(el),
    });
  }
  return items;
}

/**
 * The articles of a feed: an item that carries its full text is read from the feed (no request,
 * so a saved feed codes offline); otherwise its page is fetched (same URL rules as a single URL).
 * A failed item is yielded as an error and the rest go on.
 */
export async function* readFeed(
  xml: string,
  input: string,
  opts: FetchOptions,
): AsyncGenerator<RawDoc | ParleyError> {
  const items = parseFeed(xml);
  if (items.length === 0) yield new ParleyError('NO_ARTICLE', 'feed has no items', input);
  for (const [n, it] of items.entries()) {
    const where = it.url ?? `${input}#item${n + 1}`;
    if (it.content) {
      yield {
        input: where,
        kind: 'html',
        body: it.content,
        meta: {
          id: it.url ? null : it.guid,
          url: it.url,
          title: it.title,
          published: it.published,
          source: null,
        },
      };
      continue;
    }
    if (!it.url) {
      yield new ParleyError('NO_ARTICLE', 'feed item has no link and no full text', where);
      continue;
    }
    try {
      const doc = await fetchUrl(it.url, opts);
      yield { ...doc, meta: { ...doc.meta, title: null, published: it.published, source: null } };
    } catch (e) {
      yield e instanceof ParleyError ? e : new ParleyError('FETCH_FAILED', (e as Error).message, it.url);
    }
  }
}
