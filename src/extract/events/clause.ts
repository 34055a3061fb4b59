import type { Word } from './words.js';

const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);
const ASIDE_START = new Set([
  'despite',
  'including',
  'after',
  'although',
  'though',
  'while',
  'unlike',
  'like',
  'according',
]);
const BOUNDARY_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'but',
  'hoping',
  'saying',
  'as',
]);
const DASH = /^(--|—|–|-)$/;

/**
 * Word ranges that are asides inside a clause: ", which …," / "— which … —" relative clauses
 * and ", despite …," phrases. A subject search skips them ("The Kremlin, which pulled …, threw").
 */
export function asideRanges(words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.lower !== ',' && !DASH.test(w.lower)) continue;
    const next = words[i + 1];
    if (!next || !(RELATIVE.has(next.lower) || ASIDE_START.has(next.lower))) continue;
    const closer = DASH.test(w.lower) ? (x: Word) => DASH.test(x.lower) : (x: Word) => x.lower === ',';
    let j = i + 2;
    while (j < words.length && !closer(words[j])) j++;
    if (j < words.length) {
      out.push([i, j + 1]);
      i = j;
    }
  }
  return out;
}

const SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'while',
  'since',
  'although',
  'though',
  'because',
  'if',
  'once',
  'until',
  'unless',
]);

/**
 * Leading subordinate clauses: "Three decades after the last Soviet soldier left Afghanistan,
 * Russia …" — from the subordinator to the next comma, when a comma closes it.
 */
export function subordinateRanges(words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!SUBORDINATORS.has(words[i].lower)) continue;
    const prev = words[i - 1];
    if (prev && prev.lower !== ',' && !DASH.test(prev.lower) && i > 4) continue;
    let j = i + 1;
    while (j < words.length && words[j].lower !== ',') j++;
    if (j < words.length && j - i <= 20) {
      out.push([i, j + 1]);
      i = j;
    }
  }
  return out;
}

/** The clause around word `at`: bounded by ; : , — and subordinating/relative words. */
export function clauseAround(words: readonly Word[], at: number): [number, number] {
  const isBoundary = (w: Word) =>
    w.lower === ';' ||
    w.lower === ':' ||
    w.lower === ',' ||
    DASH.test(w.lower) ||
    BOUNDARY_WORDS.has(w.lower);
  let a = at;
  while (a > 0 && !isBoundary(words[a - 1])) a--;
  let b = at + 1;
  while (b < words.length && !isBoundary(words[b])) b++;
  return [a, b];
}
