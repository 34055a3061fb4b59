import { ParleyError } from '../model/errors.js';
import { decodeBytes, looksLikeHtml } from './decode.js';
import type { RawDoc } from './raw-doc.js';
import { MAX_BYTES } from './read-file.js';
import { assertFetchable } from './url-guard.js';

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  readonly allowPrivate?: boolean;
}

/** Fetches a page: http(s) only, every redirect hop re-checked, size and time capped. */
export async function fetchUrl(raw: string, opts: FetchOptions = {}): Promise<RawDoc> {
  const { timeoutMs = 15_000, maxBytes = MAX_BYTES, maxRedirects = 5, allowPrivate = false } = opts;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = raw;
  for (let hop = 0; ; hop++) {
    const url = await assertFetchable(current, allowPrivate);
    let res: Response;
    try {
      res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'parley/0.1 (+news event coder)' },
      });
    } catch (e) {
      const err = e as Error;
      if (err.name === 'TimeoutError' || err.name === 'AbortError')
        throw new ParleyError('FETCH_TIMEOUT', `after ${timeoutMs} ms`, raw);
      throw new ParleyError('FETCH_FAILED', err.message, raw);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      if (hop >= maxRedirects)
        throw new ParleyError('FETCH_FAILED', `more than ${maxRedirects} redirects`, raw);
      current = new URL(res.headers.get('location')!, url).toString();
      continue;
    }
    if (!res.ok) throw new ParleyError('FETCH_FAILED', `HTTP ${res.status}`, raw);
    const bytes = await readCapped(res, maxBytes, raw, signal);
    const body = decodeBytes(bytes, raw);
    const type = res.headers.get('content-type') ?? '';
    return {
      input: raw,
      kind: type.includes('html') || looksLikeHtml(body) ? 'html' : 'text',
      body,
      meta: { url: current },
    };
  }
}

async function readCapped(
  res: Response,
  maxBytes: number,
  input: string,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new ParleyError('INPUT_TOO_LARGE', `${declared} bytes > ${maxBytes}`, input);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new ParleyError('INPUT_TOO_LARGE', `more than ${maxBytes} bytes`, input);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof ParleyError) throw e;
    if (signal.aborted) throw new ParleyError('FETCH_TIMEOUT', 'while reading the body', input);
    throw new ParleyError('FETCH_FAILED', (e as Error).message, input);
  }
  return Buffer.concat(chunks);
}
