import { createHash } from 'node:crypto';
import type { EventRow } from '../store/event.repository.js';

/**
 * Actor codes across articles. Codes follow CAMEO: a country (ISO alpha-3) plus optional sector
 * (`RUSGOV`), a named group (`TAL`) or an international organisation (`IGOUNO`). One report says
 * "Russia", another "the Russian government": RUS and RUSGOV are prefix-compatible.
 */

/** First three letters of non-state codes: never a country, so such codes are kept whole. */
export const NON_STATE_PREFIXES: ReadonlySet<string> = new Set([
  'IGO',
  'NGO',
  'NGM',
  'MNC',
  'IMG',
  'UIS',
  'UNK',
]);

/** Two codes may name the same actor: one is a prefix of the other (RUS ~ RUSGOV, TAL ~ TAL). */
export function codesCompatible(a: string, b: string): boolean {
  return a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a));
}

/** Distinct non-empty codes, in first-seen order. */
export function uniqueCodes(...lists: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const list of lists) for (const c of list) if (c) out.add(c);
  return [...out];
}

/**
 * How many actors two code sets share: codes of the smaller set matched one-to-one to
 * prefix-compatible codes of the larger (exact matches first, so RUS+RUSGOV against RUS+TAL is 1).
 */
export function sharedActors(a: readonly string[], b: readonly string[]): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Set<number>();
  let shared = 0;
  const rest: string[] = [];
  for (const code of small) {
    const i = large.findIndex((c, j) => !used.has(j) && c === code);
    if (i >= 0) {
      used.add(i);
      shared++;
    } else rest.push(code);
  }
  for (const code of rest) {
    const i = large.findIndex((c, j) => !used.has(j) && codesCompatible(c, code));
    if (i >= 0) {
      used.add(i);
      shared++;
    }
  }
  return shared;
}

/**
 * Two events' actor sets overlap enough to be one happening: both non-empty, and they share at
 * least two actors, or every actor of a set that has only one. Roles are ignored (one report
 * may swap source and target of a meeting, another may list only some participants).
 */
export function actorsOverlap(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return sharedActors(a, b) >= Math.min(2, a.length, b.length);
}

/**
 * The country-level key of a code: its first three letters when they are a country (RUSGOV →
 * RUS), else the whole code (TAL, IGOUNO). With `countries` (known ISO alpha-3 codes) that is
 * decided exactly; without, every prefix but the non-state ones counts as a country.
 */
export function countryKey(code: string, countries?: ReadonlySet<string>): string {
  const head = code.slice(0, 3);
  if (countries) return countries.has(head) ? head : code;
  return NON_STATE_PREFIXES.has(head) ? code : head;
}

/** Codes at the country level: same actor when the keys are equal or the codes are prefix-compatible. */
export function sameCountryActor(a: string, b: string, countries?: ReadonlySet<string>): boolean {
  return codesCompatible(a, b) || countryKey(a, countries) === countryKey(b, countries);
}

/** True when some code of `a` is the same country-level actor as some code of `b`. */
export function countryOverlap(
  a: readonly string[],
  b: readonly string[],
  countries?: ReadonlySet<string>,
): boolean {
  return a.some((x) => b.some((y) => sameCountryActor(x, y, countries)));
}

/** An event row as the aggregate functions read it; `article_source` is used when the store supplies it. */
export type AggregateRow = EventRow & { readonly article_source?: string | null };

/**
 * The outlet that published a row's article: `outlets` (article id → outlet name) when given,
 * else the row's `article_source`, else the host of `article_url` (without `www.`), else the
 * article id. Lower-cased, so "Kestrel Wire" and "kestrel wire" are one outlet.
 */
export function outletOf(row: AggregateRow, outlets?: ReadonlyMap<string, string>): string {
  const named = outlets?.get(row.article_id) ?? row.article_source;
  if (named?.trim()) return named.trim().toLowerCase();
  if (row.article_url) {
    try {
      const host = new URL(row.article_url).hostname.toLowerCase().replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not a URL: fall through to the article id
    }
  }
  return `article:${row.article_id}`;
}

/** A short stable id: `prefix` + 16 hex digits of the SHA-256 of `parts`. */
export function stableId(prefix: string, ...parts: readonly string[]): string {
  return prefix + createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** Order of reports: article publication, then article id, then event id (rows without a date last). */
export function reportOrder(a: EventRow, b: EventRow): number {
  const pa = a.article_published ?? '\uffff';
  const pb = b.article_published ?? '\uffff';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.article_id !== b.article_id) return a.article_id < b.article_id ? -1 : 1;
  return a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0;
}

/** The most frequent value (ties: the first to reach the top count); undefined for an empty list. */
export function mostFrequent<T>(values: Iterable<T>): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}
