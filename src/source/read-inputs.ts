import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../model/errors.js';
import { decodeBytes, looksLikeHtml } from './decode.js';
import { type FetchOptions, fetchUrl } from './fetch-url.js';
import type { RawDoc } from './raw-doc.js';
import { readFeed } from './read-feed.js';
import { MAX_BYTES, readFileDoc } from './read-file.js';
import { readJsonl } from './read-jsonl.js';

const ARTICLE_EXT = /\.(txt|html?|md)$/i;
/** Feeds, by their usual extensions (.xml alone is also sitemaps and other data: not listed). */
const FEED_EXT = /\.(rss|atom)$/i;

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
      const files = listArticles(spec);
      if (files.length === 0)
        yield new ParleyError(
          'NO_ARTICLE',
          'no article files (.txt .html .md .jsonl .rss .atom) in the directory',
          spec,
        );
      for (const file of files) yield* readInputs(file, opts);
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

/**
 * Article files under a directory, sorted, skipping sidecars: texts, pages, JSONL files and
 * feeds. An entry that cannot be read (a dangling link) is listed, so reading it reports why;
 * a directory reached twice through links is read once.
 */
export function listArticles(dir: string, seen = new Set<string>()): string[] {
  const out: string[] = [];
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return [dir];
  }
  if (seen.has(real)) return out;
  seen.add(real);
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      if (isInputFile(name)) out.push(p); // reading it says why
      continue;
    }
    if (isDir) out.push(...listArticles(p, seen));
    else if (isInputFile(name)) out.push(p);
  }
  return out;
}

/** A file a directory read takes: an article (not a sidecar or README), a JSONL file, a feed. */
const isInputFile = (name: string) =>
  (ARTICLE_EXT.test(name) && !/\.meta\.json$/.test(name) && !/^readme\.md$/i.test(name)) ||
  /\.jsonl$/i.test(name) ||
  FEED_EXT.test(name);
