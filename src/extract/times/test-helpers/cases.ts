import { expect } from 'vitest';
import type { Time } from '../../../model/record.js';
import { docFromText } from '../../../test-helpers/doc-from-text.js';
import { extractTimes } from '../times.stage.js';

/** Test support: case tables of text → the times it must give (and only those). */

/** Thursday 2021-03-18, the seed article's publication date. */
export const SEED_DATE = '2021-03-18';

export interface Want {
  readonly text: string;
  readonly value: string;
  readonly type?: Time['type'];
  readonly deadline?: boolean;
  readonly end_value?: string;
  readonly anchor?: string | null;
}

export interface Case {
  readonly label: string;
  readonly text: string;
  /** Defaults to SEED_DATE; null for an article without a date. */
  readonly published?: string | null;
  readonly want: readonly Want[];
}

/** Shorthand: [label, text, [[span, value], …], published?]. */
export type Row = readonly [string, string, readonly (readonly [string, string] | Want)[], (string | null)?];

export function cases(rows: readonly Row[]): Case[] {
  return rows.map(([label, text, want, published]) => ({
    label,
    text,
    published: published === undefined ? SEED_DATE : published,
    want: want.map((w) => ('text' in w ? w : { text: w[0], value: w[1] })),
  }));
}

export function timesOf(text: string, published: string | null = SEED_DATE): Time[] {
  return extractTimes(docFromText(text), { published });
}

/** Every wanted time, in order, and nothing else; extra fields checked where given. */
export function check(c: Case): void {
  const found = timesOf(c.text, c.published ?? null);
  expect(found.map((t) => [t.text, t.value])).toEqual(c.want.map((w) => [w.text, w.value]));
  c.want.forEach((w, k) => {
    const t = found[k];
    if (w.type !== undefined) expect(t.type).toBe(w.type);
    if (w.deadline !== undefined) expect(t.deadline ?? false).toBe(w.deadline);
    if (w.end_value !== undefined) expect(t.end_value).toBe(w.end_value);
    if (w.anchor !== undefined) expect(t.anchor).toBe(w.anchor);
  });
}
