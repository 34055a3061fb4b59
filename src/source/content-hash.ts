import { createHash } from 'node:crypto';
import type { RawDoc } from '../source/raw-doc.js';

/** The identity of an input's content: a hash of its body, whitespace-normalised. */
export function contentHash(raw: RawDoc): string {
  return createHash('sha256').update(raw.body.replace(/\s+/g, ' ').trim()).digest('hex');
}
