import { describe, expect, it } from 'vitest';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { parseIsoDate } from './calendar.js';
import { chronoParser, chronoWindows } from './chrono.parser.js';
import type { SentenceCtx } from './types.js';

function parse(text: string) {
  const doc = docFromText(text);
  const dct = parseIsoDate('2021-03-18');
  return doc.sentences.flatMap((sentence) => {
    const t = doc.text.slice(sentence.start, sentence.end);
    const ctx: SentenceCtx = { doc, sentence, text: t, lower: t.toLowerCase(), words: new Set(), dct };
    return chronoParser.parse(ctx).map((c) => `${doc.text.slice(c.start, c.end)}=${c.value}`);
  });
}

describe('chrono parser', () => {
  it('leaves weekdays and "ago" to the own parsers', () => {
    expect(parse('He left on Friday at 10:30, three days ago, on 12 March.')).toEqual([
      '10:30=2021-03-18T10:30',
      '12 March=2021-03-12',
    ]);
  });
  it('reads clock times only when written as times', () => {
    expect(parse('It closed at 8,579.19 and gave iPhone 4 a case at 6:40 p.m.')).toEqual([
      '6:40 p.m.=2021-03-18T18:40',
    ]);
  });
  it('needs a year on slash dates', () => {
    expect(parse('About 3/4 of them, on 7/8/07.')).toEqual(['7/8/07=2007-07-08']);
  });
  it('gives chrono short windows around triggers only', () => {
    const text = `${'word '.repeat(40)}on March 18, 2021 ${'word '.repeat(40)}`;
    const windows = chronoWindows(text);
    expect(windows).toHaveLength(1);
    const [a, b] = windows[0];
    expect(text.slice(a, b)).toContain('March 18, 2021');
    expect(b - a).toBeLessThan(100);
    expect(chronoWindows('no digits here, nor months')).toEqual([]);
  });
});
