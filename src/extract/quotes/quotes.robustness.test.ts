import { describe, expect, it } from 'vitest';
import type { Doc } from '../../nlp/doc.js';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { extractQuotes } from './quotes.stage.js';

/** Every candidate stays inside the text, its text is its span, and it covers no more than the paragraphs its marks allow. */
function wellFormed(doc: Doc): void {
  for (const q of extractQuotes(doc)) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(doc.text.length);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.text).toBe(doc.text.slice(q.start, q.end));
    expect(q.clause.end).toBeGreaterThanOrEqual(q.clause.start);
  }
}

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  "''",
  ' he said',
  ' Lavrov said',
  ', ',
  '. ',
  ':',
  '\n',
  'We will go',
  ' according to officials',
  ' the minister told reporters that',
  ' talks',
  ' on Thursday',
  '—',
  ' (',
  ')',
  ' said',
  ' Mr.',
];

describe('extractQuotes: unbalanced and odd input', () => {
  it('ends an unclosed quote with its paragraph instead of swallowing the article', () => {
    const text = [
      'Lavrov said "further delays are unacceptable.',
      'The talks in Moscow went on for two days and ended without a statement.',
      '"We will meet again," Blinken said.',
      'Analysts said the talks were a curtain-raiser.',
    ].join('\n');
    const qs = extractQuotes(docFromText(text));
    const firstPara = text.indexOf('\n');
    for (const q of qs) expect(q.start >= firstPara || q.end <= firstPara).toBe(true);
    expect(qs.map((q) => q.text)).toContain('We will meet again');
    expect(qs.find((q) => q.text.startsWith('further'))?.end ?? 0).toBeLessThanOrEqual(firstPara);
  });

  it('survives a lone opening mark at the very end', () => {
    expect(() => extractQuotes(docFromText('He said "'))).not.toThrow();
  });

  it('survives only quote marks', () => {
    for (const t of ['"', '""', '"""', '“”“', "''''", '‘’‘', '"\n"\n"']) wellFormed(docFromText(t));
  });

  it('survives a Doc with no paragraphs', () => {
    const doc = docFromText('"We go," he said.');
    expect(() => extractQuotes({ ...doc, paragraphs: [] })).not.toThrow();
  });

  it('never crashes on random mixes of marks, cues and line breaks', () => {
    const next = rng(42);
    for (let n = 0; n < 150; n++) {
      let text = '';
      const len = 5 + Math.floor(next() * 40);
      for (let k = 0; k < len; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      wellFormed(docFromText(text));
    }
  });

  it('keeps a quote that stray marks leave open within its paragraph', () => {
    const text = 'One "two, three.\nFour five six seven.\nEight "nine," he said.';
    const qs = extractQuotes(docFromText(text));
    expect(qs.map((q) => q.text)).toEqual(['nine']);
  });
});
