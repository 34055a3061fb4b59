import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../model/errors.js';
import { decodeBytes, looksLikeHtml } from './decode.js';
import { type FetchOptions, fetchUrl } from './fetch-url.js';
import type { RawDoc } from './raw-doc.js';
import { readFeed } from './read-feed.js';
import { MAX_BYTES, readFileDoc } from './read-file.js';
import { readJsonl } from './read-jsonl.js';

const ARTICLE_EXT = /\.(txt|html?|md)$/i;

/** Reads stdin fully (capped). */
export async function readStdin(maxBytes = MAX_BYTES): Promise<RawDoc> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    total += c.length;
    if (total > maxBytes) throw new ParleyError('INPUT_TOO_LARGE', `more than ${maxBytes} bytes`, 'stdin');
    chunks.push(c as Buffer);
  }
  const body = decodeBytes(Buffer.concat(chunks), 'stdin');
  return { input: 'stdin', kind: looksLikeHtml(body) ? 'html' : 'text', body, meta: {} };
}

/**
 * Every article an input spec names: a file, a directory (recursively, .txt/.html/.md), a JSONL
 * file, an http(s) URL, an RSS/Atom feed URL or file, or "-" for stdin. Errors are yielded, not
 * thrown, so a batch records them and goes on.
 */
export async function* readInputs(
  spec: string,
  opts: FetchOptions = {},
): AsyncGenerator<RawDoc | ParleyError> {
  try {
    if (spec === '-') {
      yield await readStdin();
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
      const doc = await fetchUrl(spec, opts);
      if (/^\s*<\?xml|<rss[\s>]|<feed[\s>]/i.test(doc.body.slice(0, 500)))
        yield* readFeed(doc.body, spec, opts);
      else yield doc;
    } else if (/\.jsonl$/i.test(spec)) {
      statOrThrow(spec);
      yield* readJsonl(spec);
    } else if (/\.(rss|atom|xml)$/i.test(spec)) {
      const doc = readFileDoc(spec);
      yield* readFeed(doc.body, spec, opts);
    } else if (statOrThrow(spec).isDirectory()) {
      for (const file of listArticles(spec)) yield* readInputs(file, opts);
    } else {
      yield readFileDoc(spec);
    }
  } catch (e) {
    yield e instanceof ParleyError ? e : new ParleyError('INTERNAL', (e as Error).message, spec);
  }
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new ParleyError('INPUT_NOT_FOUND', '', path);
  }
}

/** Article files under a directory, sorted, skipping sidecars. */
export function listArticles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listArticles(p));
    else if (ARTICLE_EXT.test(name) && !/\.meta\.json$/.test(name) && !/^readme\.md$/i.test(name))
      out.push(p);
    else if (/\.jsonl$/i.test(name)) out.push(p);
  }
  return out;
}
