import type { Token } from '../../nlp/doc.js';
import { tokenAt } from '../../nlp/doc.js';
import type { Ymd } from './calendar.js';
import type { SentenceCtx } from './types.js';

/** Helpers that look around a match inside its sentence. Offsets are sentence-relative. */

/** The word just before sentence offset `at`, lower-cased ("" at the sentence start). */
export function wordBefore(text: string, at: number): string {
  const m = /([A-Za-z']+)[^A-Za-z0-9']{0,3}$/.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1].toLowerCase() : '';
}

/** The last `n` words before `at`, lower-cased, oldest first. */
export function wordsBefore(text: string, at: number, n: number): string[] {
  const words = text
    .slice(Math.max(0, at - 12 * n), at)
    .toLowerCase()
    .match(/[a-z']+/g);
  return words ? words.slice(-n) : [];
}

/** The raw text before `at`, up to `n` characters (for cue patterns ending with `$`). */
export function textBefore(text: string, at: number, n = 40): string {
  return text.slice(Math.max(0, at - n), at);
}

/** The raw text after `at`, up to `n` characters (for cue patterns starting with `^`). */
export function textAfter(text: string, at: number, n = 40): string {
  return text.slice(at, at + n);
}

/** The token just after sentence offset `at`, or undefined at the sentence end. */
export function tokenAfter(ctx: SentenceCtx, at: number): Token | undefined {
  const i = tokenAt(ctx.doc, ctx.sentence.start + at);
  return i < ctx.sentence.tokenEnd ? ctx.doc.tokens[i] : undefined;
}

/** The token that ends at or before sentence offset `at`, or undefined at the sentence start. */
export function tokenBefore(ctx: SentenceCtx, at: number): Token | undefined {
  const i = tokenAt(ctx.doc, ctx.sentence.start + at) - 1;
  return i >= ctx.sentence.tokenStart ? ctx.doc.tokens[i] : undefined;
}

/** True when the match at `at` opens the sentence (allowing quotes and brackets). */
export function atSentenceStart(text: string, at: number): boolean {
  return /^[\s"'“‘`([-]*$/.test(text.slice(0, at));
}

/** A relative value: computed from the publication date, or `fallback` when there is none. */
export function anchored(
  dct: Ymd | null,
  compute: (d: Ymd) => string | null,
  fallback: string | null,
): string | null {
  return dct ? compute(dct) : fallback;
}

/** `/\s/` for one UTF-16 code: reading codes, not one-character strings, keeps string loops fast. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
