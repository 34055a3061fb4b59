import type { Article } from '../model/record.js';

/** One block of an article before it is joined into `article.text`. */
export interface Block {
  readonly text: string;
  readonly kind: 'title' | 'lede' | 'body' | 'caption' | 'quote';
  readonly credit?: string | null;
}

export interface AssembleInput {
  readonly id: string;
  readonly url: string | null;
  readonly source: string | null;
  readonly language: string;
  readonly published: string | null;
  readonly blocks: readonly Block[];
  readonly removed: Article['removed'];
}

/** Joins blocks with blank lines into the one text every offset points into. */
export function assembleArticle(input: AssembleInput): Article {
  const parts: string[] = [];
  const paragraphs: Article['paragraphs'] = [];
  const captions: Article['captions'] = [];
  let offset = 0;
  for (const b of input.blocks) {
    // Only runs that change: a lone space matched too would copy every block.
    const text = b.text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
    if (!text) continue;
    if (parts.length) offset += 2;
    const start = offset;
    const end = start + text.length;
    parts.push(text);
    paragraphs.push({ start, end, kind: b.kind });
    if (b.kind === 'caption') captions.push({ text, credit: b.credit ?? null, start, end });
    offset = end;
  }
  const title = paragraphs.find((p) => p.kind === 'title');
  const lede = paragraphs.find((p) => p.kind === 'lede');
  const text = parts.join('\n\n');
  return {
    id: input.id,
    url: input.url,
    source: input.source,
    language: input.language,
    published: input.published,
    title: title ? text.slice(title.start, title.end) : null,
    lede: lede ? text.slice(lede.start, lede.end) : null,
    text,
    paragraphs,
    captions,
    removed: input.removed,
  };
}
