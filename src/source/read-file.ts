import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ParleyError } from '../model/errors.js';
import { decodeBytes, looksLikeHtml } from './decode.js';
import type { RawDoc, RawMeta } from './raw-doc.js';

/** Inputs above this size are refused rather than read (a 20 MB page is not an article). */
export const MAX_BYTES = 10 * 1024 * 1024;

/** Reads one text or HTML file, with its sidecar `NAME.meta.json` when present. */
export function readFileDoc(path: string, maxBytes = MAX_BYTES): RawDoc {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory())
      throw new ParleyError('BAD_REQUEST', 'is a directory (use `parley ingest` for directories)', path);
    size = st.size;
  } catch (e) {
    if (e instanceof ParleyError) throw e;
    throw new ParleyError('INPUT_NOT_FOUND', '', path);
  }
  if (size > maxBytes) throw new ParleyError('INPUT_TOO_LARGE', `${size} bytes > ${maxBytes}`, path);
  const body = decodeBytes(readFileSync(path), path);
  const ext = extname(path).toLowerCase();
  const kind = ext === '.html' || ext === '.htm' || (ext !== '.txt' && looksLikeHtml(body)) ? 'html' : 'text';
  return {
    input: path,
    kind,
    body,
    meta: { id: basename(path).replace(/\.(txt|html?|md)$/i, ''), ...readSidecar(path) },
  };
}

/** `NAME.meta.json` beside `NAME.txt` gives published, url, source, id. */
export function readSidecar(path: string): RawMeta {
  const side = `${path.replace(/\.[^./]+$/, '')}.meta.json`;
  if (side === path || !existsSync(side)) return {};
  try {
    const m = JSON.parse(readFileSync(side, 'utf8')) as Record<string, unknown>;
    const s = (k: string) => (typeof m[k] === 'string' ? (m[k] as string) : undefined);
    return {
      id: s('id'),
      url: s('url'),
      source: s('source'),
      published: s('published'),
      language: s('language'),
      title: s('title'),
    };
  } catch {
    return {}; // a broken sidecar must not lose the article; its fields are simply unknown
  }
}
