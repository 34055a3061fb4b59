import { ParleyError } from '../model/errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Node's 'windows-1252' decoder maps 0x80–0x9F to C1 controls (as Latin-1 does); real pages
// mean curly quotes, dashes and the euro sign there, so those 32 bytes are mapped by hand.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}

/**
 * Bytes → text. UTF-8 when the bytes are valid UTF-8 (BOM stripped), UTF-16 by BOM, else
 * Windows-1252 (a superset of Latin-1 for printable text), so old pages are decoded, not mangled.
 */
export function decodeBytes(bytes: Uint8Array, input: string): string {
  if (bytes.length === 0) throw new ParleyError('INPUT_EMPTY', '0 bytes', input);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new ParleyError('INPUT_BINARY', 'found NUL or control bytes', input);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeCp1252(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new ParleyError('INPUT_EMPTY', 'only whitespace', input);
  return text;
}

/** NUL bytes, or many control bytes, in the first 8 KB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}

/** HTML or plain text? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).toLowerCase();
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>]/.test(head);
}
