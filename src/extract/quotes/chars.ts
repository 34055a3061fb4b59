/**
 * Quote characters as UTF-16 codes. The mark parsers compare codes, not one-character strings:
 * `text[i]` of a curly mark is a fresh string each time, which is slow to compare.
 */
export const QUOTE = 0x22; // "
export const APOSTROPHE = 0x27; // '
export const BACKTICK = 0x60; // `
export const LEFT_SINGLE = 0x2018; // ‘
export const RIGHT_SINGLE = 0x2019; // ’
export const LEFT_DOUBLE = 0x201c; // “
export const RIGHT_DOUBLE = 0x201d; // ”
export const LOW_DOUBLE = 0x201e; // „
export const LEFT_GUILLEMET = 0xab; // «
export const RIGHT_GUILLEMET = 0xbb; // »

/** The UTF-16 code at `i`, or -1 outside the text (where `text[i]` is undefined). */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}
