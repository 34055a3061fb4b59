import { readFileSync } from 'node:fs';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { ParleyRecord } from '../../model/record.js';
import { codeArticle } from '../../pipeline/code-article.js';

/** Precision, recall, F1 from counts (0 when undefined). */
export function prf(tp: number, found: number, gold: number): { p: number; r: number; f1: number } {
  const p = found ? tp / found : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Size of the multiset intersection of two lists. */
export function multisetOverlap(a: readonly string[], b: readonly string[]): number {
  const count = new Map<string, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) {
    const c = count.get(x) ?? 0;
    if (c > 0) {
      n++;
      count.set(x, c - 1);
    }
  }
  return n;
}

/** The rows of a JSONL file (blank lines skipped; a bad line throws, naming it). */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l.trim())
    .map(([l, i]) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

/** Codes one sentence or short text as an article; null when coding throws (the row counts as a miss). */
export function codeText(
  text: string,
  k: Knowledge,
  published: string | null,
  input: string,
): ParleyRecord | null {
  try {
    return codeArticle({ input, kind: 'text', body: text, meta: { id: input } }, k, { published });
  } catch {
    return null;
  }
}

/** Progress on stderr only (stdout carries the results). */
export function progress(suite: string, done: number, total: number): void {
  if (done === total || done % 50 === 0) process.stderr.write(`[${suite}] ${done}/${total}\n`);
}

/** "a→b ×3; c→d ×2": the most frequent items of a count map. */
export function topCounts(counts: ReadonlyMap<string, number>, n = 8): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, v]) => `${k} ×${v}`)
    .join('; ');
}

/** Adds one to a key of a count map. */
export function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

/** Rounds for a report (4 decimals). */
export const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** The actor codes of a list of actor ids in a record. */
export function actorCodes(rec: ParleyRecord, ids: readonly string[]): string[] {
  return ids.map((id) => rec.actors.find((a) => a.id === id)?.code).filter((c): c is string => !!c);
}

/** Parses CSV (RFC 4180: quoted fields, "" escapes, newlines inside quotes) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
