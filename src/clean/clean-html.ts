import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model/record.js';
import type { Block } from './assemble.js';
import { boilerplateReason } from './boilerplate.js';
import { parseCaption } from './caption.js';
import { readHtmlMeta } from './html-meta.js';

export interface HtmlCleanResult {
  readonly blocks: Block[];
  readonly removed: Article['removed'];
  readonly published: string | null;
  readonly url: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
}

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * linkedom builds <html>/<body> only when the markup has them: a fragment ("<p>…</p>", a feed
 * item's body) would become a document whose root is its first element, which Readability
 * refuses. Fragments are wrapped; a page with its own <html> is left as it is.
 */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const inner = html.replace(/^\s*<!doctype[^>]*>/i, '');
  return /<(?:head|body)[\s>]/i.test(inner)
    ? `<html>${inner}</html>`
    : `<html><head></head><body>${inner}</body></html>`;
}

/**
 * Pages are a few dozen elements deep; markup nested far deeper (broken or hostile) makes
 * Readability's time grow steeply (3000 levels: 30 s) or overflow the stack. Such a page is read
 * without Readability: its block elements as they are.
 */
const MAX_DEPTH = 300;

/** How deep the element tree goes, counted without recursion. */
function depthOf(document: any): number {
  let max = 0;
  const stack: [any, number][] = document.documentElement ? [[document.documentElement, 1]] : [];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    for (const c of el.children) stack.push([c, d + 1]);
  }
  return max;
}

/** The article's content: Readability's, or for a page nested too deep the page itself. */
function readableContent(document: any): { content: string; textContent: string; document?: any } | null {
  if (depthOf(document) > MAX_DEPTH) {
    const text = document.body?.textContent ?? '';
    return text.trim() ? { content: 'page', textContent: text, document } : null;
  }
  const parsed = new Readability(document, { charThreshold: 200 }).parse();
  return parsed?.content ? { content: parsed.content, textContent: parsed.textContent ?? '' } : null;
}

/**
 * HTML page → blocks. Metadata from meta/JSON-LD/<time>; captions from <figcaption> (taken out
 * before Readability so they never run into the body); body via Readability over linkedom;
 * link-heavy and boilerplate blocks removed with a reason.
 */
export function cleanHtml(html: string, fallbackTitle?: string | null): HtmlCleanResult {
  const { document } = parseHTML(asDocument(html));
  const meta = readHtmlMeta(document);
  const captions = takeCaptions(document);
  for (const el of document.querySelectorAll('script, style, noscript, iframe, svg, nav, footer, aside'))
    el.remove();
  // Some sites wrap the whole page in one <form> (ASP.NET): only small forms are chrome.
  for (const el of document.querySelectorAll('form')) if (squash(el.textContent).length < 500) el.remove();
  const parsed = readableContent(document);
  const removed: Article['removed'] = [];
  const body: Block[] = [];
  if (parsed?.content) {
    const content = parsed.document ?? parseHTML(`<html><body>${parsed.content}</body></html>`).document;
    const els: any[] = [...content.querySelectorAll(BLOCKS)].filter(
      (el: any) => !el.parentElement?.closest(BLOCKS),
    );
    // Some sites keep paragraphs as bare text in <div>s: when the block elements hold little of
    // the article's text, fall back to its lines.
    const inBlocks = els.reduce((n: number, el: any) => n + squash(el.textContent).length, 0);
    const all = squash(parsed.textContent);
    const units: { el: any; text: string }[] =
      inBlocks >= 0.6 * all.length
        ? els.map((el) => ({ el, text: squash(el.textContent) }))
        : (parsed.textContent ?? '').split(/\n+/).map((line) => ({ el: null, text: squash(line) }));
    for (const { el, text: t } of units) {
      if (!t) continue;
      const reason = boilerplateReason(t) ?? (el && isLinkList(el, t) ? 'related-link' : null);
      if (reason) removed.push({ text: t, reason });
      else if (parseCaption(t) && t.length < 300) {
        const c = parseCaption(t)!;
        captions.push({ text: c.text, kind: 'caption', credit: c.credit });
      } else body.push({ text: t, kind: 'body' });
    }
  }
  // a fragment (a feed item's content) has no <title>: the feed's title for it stands in
  const title = meta.title ? squash(meta.title) : fallbackTitle ? squash(fallbackTitle) : null;
  const blocks: Block[] = [];
  if (title) blocks.push({ text: title, kind: 'title' });
  const sf = squash(meta.standfirst);
  if (sf && sf !== title) {
    blocks.push({ text: sf, kind: 'lede' });
    const dup = body.findIndex((b) => b.text === sf);
    if (dup >= 0 && dup < 3) body.splice(dup, 1);
  }
  blocks.push(...captions, ...body.filter((b) => b.text !== title));
  return {
    blocks,
    removed,
    published: meta.published,
    url: meta.url,
    siteName: meta.siteName,
    language: meta.language,
  };
}

function takeCaptions(document: any): Block[] {
  const out: Block[] = [];
  for (const fc of document.querySelectorAll('figcaption')) {
    const creditEl = fc.querySelector('[class*="credit"], [class*="copyright"], small, cite');
    let credit = creditEl ? squash(creditEl.textContent) : null;
    if (creditEl) creditEl.remove();
    let t = squash(fc.textContent);
    const parsed = parseCaption(t);
    if (parsed) {
      t = parsed.text;
      credit ??= parsed.credit;
    }
    credit = credit?.replace(/^(photo|photograph|image|credit)s?\s*:\s*/i, '') ?? null;
    if (t) out.push({ text: t, kind: 'caption', credit });
    (fc.closest('figure') ?? fc).remove();
  }
  return out;
}

/** A block that is mostly link text and short is a related-links box, not prose. */
function isLinkList(el: any, t: string): boolean {
  const linkText = [...el.querySelectorAll('a')].reduce(
    (n: number, a: any) => n + squash(a.textContent).length,
    0,
  );
  return linkText > 0 && linkText / t.length > 0.7 && (el.tagName === 'LI' || t.length < 200);
}
