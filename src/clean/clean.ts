import { createHash } from 'node:crypto';
import { ParleyError } from '../model/errors.js';
import type { Article } from '../model/record.js';
import type { RawDoc } from '../source/raw-doc.js';
import { assembleArticle } from './assemble.js';
import { cleanHtml } from './clean-html.js';
import { cleanText } from './clean-text.js';
import { guessLanguage } from './language.js';
import { repairMojibake } from './mojibake.js';
import { normalizePublished } from './published.js';

/** A stable article id: the given id, else a hash of the URL, else of the text. */
export function articleId(raw: RawDoc): string {
  if (raw.meta.id) return raw.meta.id;
  const basis = raw.meta.url ?? raw.body;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}

/**
 * Text as it was meant: composed (NFC), since text in decomposed form ("g" + combining breve)
 * would be cut by the tokenizer at every accent; then mojibake repaired (composing first, as
 * some sources decompose the mojibake too: "A" + combining tilde + "©").
 */
const readable = (s: string) => repairMojibake(s.normalize('NFC'));

/** RawDoc → Article: the one cleaning entry point for text and HTML. Pure. */
export function cleanArticle(raw: RawDoc, overrides: { published?: string | null } = {}): Article {
  const body = readable(raw.body);
  const title = raw.meta.title && readable(raw.meta.title);
  const fromHtml = raw.kind === 'html' ? cleanHtml(body, title) : null;
  const { blocks, removed } = fromHtml ?? cleanText(body, title);
  if (!blocks.some((b) => b.kind === 'body' || b.kind === 'lede')) {
    throw new ParleyError('NO_ARTICLE', 'no paragraph of article text was found', raw.input);
  }
  const published =
    overrides.published ??
    normalizePublished(raw.meta.published) ??
    normalizePublished(fromHtml?.published) ??
    null;
  return assembleArticle({
    id: articleId(raw),
    url: raw.meta.url ?? fromHtml?.url ?? null,
    source: raw.meta.source ?? fromHtml?.siteName ?? null,
    language: raw.meta.language ?? fromHtml?.language ?? guessLanguage(leadingText(blocks)) ?? 'en',
    published,
    blocks,
    removed,
  });
}

/** The first ~1000 characters of the blocks: what the language guess reads. */
function leadingText(blocks: readonly { text: string }[]): string {
  let out = '';
  for (const b of blocks) {
    if (out.length >= 1000) break;
    out += `${b.text}\n`;
  }
  return out;
}
