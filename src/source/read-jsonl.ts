import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ParleyError } from '../model/errors.js';
import { looksLikeHtml } from './decode.js';
import type { RawDoc } from './raw-doc.js';

/** One JSONL row → RawDoc; rows are `{id,url,title,text|html,published,source}`. */
export function rowToDoc(row: unknown, input: string): RawDoc {
  if (!row || typeof row !== 'object' || Array.isArray(row))
    throw new ParleyError('BAD_ROW', 'not a JSON object', input);
  const r = row as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string) : null);
  const html = str('html');
  const text = str('text') ?? str('body') ?? str('content');
  if (!html && !text) throw new ParleyError('BAD_ROW', 'no "text" or "html" field', input);
  const body = html ?? text!;
  const id = r.id == null ? null : String(r.id);
  return {
    input,
    kind: html || looksLikeHtml(body) ? 'html' : 'text',
    body,
    meta: {
      id,
      url: str('url'),
      title: str('title'),
      published: str('published') ?? str('date'),
      source: str('source'),
      language: str('language'),
    },
  };
}

/** Streams a JSONL file; a bad row yields an error item and the rest goes on. */
export async function* readJsonl(path: string): AsyncGenerator<RawDoc | ParleyError> {
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    const input = `${path}#${n}`;
    try {
      yield rowToDoc(JSON.parse(line), input);
    } catch (e) {
      yield e instanceof ParleyError ? e : new ParleyError('BAD_ROW', (e as Error).message, input);
    }
  }
}
