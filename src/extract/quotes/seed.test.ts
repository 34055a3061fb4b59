import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { extractQuotes } from './quotes.stage.js';

const SEED = new URL('../../../../shared/corpus/seed/russia-hosts-afghan-talks.txt', import.meta.url);
const GOLD = new URL('../../../../shared/gold/russia-hosts-afghan-talks.gold.json', import.meta.url);

interface GoldQuote {
  speaker: string;
  text: string;
}

describe.skipIf(!existsSync(SEED) || !existsSync(GOLD))('seed article quotes (needs ../shared)', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const gold = existsSync(GOLD)
    ? (JSON.parse(readFileSync(GOLD, 'utf8')).quotes as { required: GoldQuote[]; optional: GoldQuote[] })
    : { required: [], optional: [] };
  const found = extractQuotes(docFromText(text));
  const surname = (g: GoldQuote) => g.speaker.split(' ').pop() ?? '';
  const matches = (g: GoldQuote) =>
    found.find((q) => q.text.includes(g.text) && g.text.length >= q.text.length * 0.8);

  it('finds every required quote with the right speaker', () => {
    for (const g of gold.required) {
      const q = matches(g);
      expect(q, g.text).toBeDefined();
      expect(q?.speaker?.text).toContain(surname(g));
    }
  });

  it('finds Lavrov twice, once with his full title, and Biden\'s "tough"', () => {
    expect(found.map((q) => q.speaker?.text)).toEqual(
      expect.arrayContaining(['Russian Foreign Minister Sergei Lavrov', 'Lavrov', 'US President Joe Biden']),
    );
    const tough = found.find((q) => q.text === 'tough');
    expect(tough).toMatchObject({ direct: true, cue: 'say' });
    expect(text.slice(tough!.clause.start, tough!.clause.end)).toContain('on Wednesday');
  });

  it('finds no quote beyond the required and optional ones', () => {
    const allowed = [...gold.required, ...gold.optional];
    for (const q of found)
      expect(
        allowed.some((g) => q.text.includes(g.text) || g.text.includes(q.text)),
        q.text,
      ).toBe(true);
  });

  it('gives Lavrov\'s second quote the clause with "on Thursday"', () => {
    const q = found.find((x) => x.text.startsWith('In a degrading'));
    expect(text.slice(q!.clause.start, q!.clause.end)).toBe('Lavrov said on Thursday');
  });
});
