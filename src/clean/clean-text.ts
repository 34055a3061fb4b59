import type { Article } from '../model/record.js';
import type { Block } from './assemble.js';
import { boilerplateReason } from './boilerplate.js';
import { parseCaption } from './caption.js';

const TERMINAL = /[.!?:;"'\u201d\u2019)\]]$/;

/** Scraped plain text → blocks: one block per line, hard-wrapped lines joined again. */
export function splitTextBlocks(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n');
  const blocks: string[] = [];
  let prevBlank = true;
  for (const raw of lines) {
    // Only runs that change: a lone space matched too would copy every line.
    const line = raw.replace(/[\t ]{2,}|\t/g, ' ').trim();
    if (!line) {
      prevBlank = true;
      continue;
    }
    const last = blocks.length - 1;
    // A line that starts in lower case after a line with no closing punctuation is a wrap.
    if (!prevBlank && last >= 0 && !TERMINAL.test(blocks[last]) && /^[a-z(,]/.test(line)) {
      blocks[last] = `${blocks[last]} ${line}`;
    } else blocks.push(line);
    prevBlank = false;
  }
  return blocks;
}

export interface TextCleanResult {
  readonly blocks: Block[];
  readonly removed: Article['removed'];
}

/**
 * Plain text (as scraped from a news page) → title, lede, captions, body, and the boilerplate
 * removed with a reason. The first line is the title; a short paragraph right after it that is
 * followed by a boilerplate or caption line is the standfirst (lede).
 */
export function cleanText(text: string, metaTitle?: string | null): TextCleanResult {
  const lines = splitTextBlocks(text);
  const blocks: Block[] = [];
  const removed: Article['removed'] = [];
  const kinds = lines.map((l) => (boilerplateReason(l) ? 'removed' : parseCaption(l) ? 'caption' : 'text'));
  let i = 0;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  while (i < lines.length && kinds[i] === 'removed') {
    removed.push({ text: lines[i], reason: boilerplateReason(lines[i])! });
    i++;
  }
  if (metaTitle) {
    blocks.push({ text: metaTitle, kind: 'title' });
    if (i < lines.length && norm(lines[i]) === norm(metaTitle)) i++;
  } else if (i < lines.length && kinds[i] === 'text' && lines[i].length <= 250 && lines.length > 1) {
    blocks.push({ text: lines[i], kind: 'title' });
    i++;
  }
  let ledeDone = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (kinds[i] === 'removed') {
      removed.push({ text: line, reason: boilerplateReason(line)! });
      continue;
    }
    if (kinds[i] === 'caption') {
      const c = parseCaption(line)!;
      blocks.push({ text: c.text, kind: 'caption', credit: c.credit });
      continue;
    }
    const isLede =
      !ledeDone &&
      blocks.length === 1 &&
      line.length <= 400 &&
      i + 1 < lines.length &&
      kinds[i + 1] !== 'text';
    ledeDone = true;
    blocks.push({ text: line, kind: isLede ? 'lede' : 'body' });
  }
  return { blocks, removed };
}
