/** What the page says about itself: title, date, URL, site, language, standfirst. */
export interface HtmlMeta {
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
  readonly standfirst: string | null;
}

type Root = { querySelector(sel: string): any; querySelectorAll(sel: string): any };

const attr = (doc: Root, sel: string, name = 'content'): string | null => {
  const v = doc.querySelector(sel)?.getAttribute(name);
  return v?.trim() ? v.trim() : null;
};
const text = (el: any): string | null => {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** Reads metadata from meta tags, JSON-LD and the page itself. */
export function readHtmlMeta(doc: Root): HtmlMeta {
  const ld = readJsonLd(doc);
  const h1 = text(doc.querySelector('article h1, main h1, h1'));
  const ogTitle = attr(doc, 'meta[property="og:title"]') ?? attr(doc, 'meta[name="twitter:title"]');
  const docTitle = text(doc.querySelector('title'))?.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, '') ?? null;
  const timeEl = doc.querySelector('article time[datetime], time[datetime]');
  return {
    title: h1 ?? ogTitle ?? ld.headline ?? docTitle,
    published:
      attr(doc, 'meta[property="article:published_time"]') ??
      ld.datePublished ??
      attr(doc, 'meta[name="pubdate"]') ??
      attr(doc, 'meta[name="publish-date"]') ??
      attr(doc, 'meta[name="date"]') ??
      attr(doc, 'meta[itemprop="datePublished"]') ??
      timeEl?.getAttribute('datetime') ??
      null,
    url: attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]'),
    siteName: attr(doc, 'meta[property="og:site_name"]') ?? ld.publisher,
    language: doc.querySelector('html')?.getAttribute('lang')?.slice(0, 2) ?? null,
    standfirst:
      text(
        doc.querySelector(
          '[class*="standfirst"], [class*="dek"], [class*="subheadline"], [class*="article-summary"], [class*="lede"], [itemprop="description"], header h2',
        ),
      ) ??
      attr(doc, 'meta[property="og:description"]') ??
      attr(doc, 'meta[name="description"]'),
  };
}

function readJsonLd(doc: Root): {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
} {
  const out = {
    headline: null as string | null,
    datePublished: null as string | null,
    publisher: null as string | null,
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common; the page still has its other metadata
    }
    const stack = [data];
    while (stack.length) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, any>;
        if (typeof o.datePublished === 'string') out.datePublished ??= o.datePublished;
        if (typeof o.headline === 'string') out.headline ??= o.headline;
        if (o.publisher && typeof o.publisher.name === 'string') out.publisher ??= o.publisher.name;
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return out;
}
