import { buildDoc } from '../nlp/build-doc.js';
import type { Doc, DocParagraph } from '../nlp/doc.js';

/** A Doc for tests: every non-empty line is one body paragraph. */
export function docFromText(text: string): Doc {
  const paragraphs: DocParagraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: offset, end: offset + line.length, kind: 'body' });
    offset += line.length + 1;
  }
  return buildDoc(text, paragraphs);
}
