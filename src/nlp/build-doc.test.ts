import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../clean/clean.js';
import { readFileDoc } from '../source/read-file.js';
import { listArticles } from '../source/read-inputs.js';
import { buildDoc } from './build-doc.js';

// wink learns every word it reads; parley must not: an article's analysis may not depend on
// which articles the same process read before it.
const DEMO = join(import.meta.dirname, '..', '..', 'corpus', 'demo');
const articles = listArticles(DEMO).map((p) => cleanArticle(readFileDoc(p)));
const analysis = (a: { text: string; paragraphs: { start: number; end: number }[] }) =>
  buildDoc(a.text, a.paragraphs as never).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);

describe('buildDoc does not learn from earlier articles', () => {
  it('the demo corpus analysed forwards and backwards gives every article the same tokens', () => {
    const forwards = articles.map(analysis);
    const backwards = [...articles].reverse().map(analysis).reverse();
    for (const [i, a] of articles.entries()) expect(backwards[i], a.title ?? String(i)).toEqual(forwards[i]);
  });

  it('a possessive splits the same before and after wink has read it whole', () => {
    const doc = (text: string) => ({ text, paragraphs: [{ start: 0, end: text.length }] });
    const tweet = doc("Donald Trump's tweet and Hillary Clinton's reply were read in Moscow.");
    const first = analysis(tweet);
    expect(first.slice(0, 3)).toEqual(['Donald/PROPN/donald', 'Trump/PROPN/trump', "'s/PART/'s"]);
    // At a sentence end wink keeps "Trump's" whole, and would then know it as a word.
    expect(analysis(doc("I spoke earlier about Donald J. Trump's. Then about Hillary Clinton's."))).toContain(
      "Trump's/PROPN/trump's",
    );
    expect(analysis(tweet)).toEqual(first);
  });
});

describe('buildDoc keeps words with Latin letters beyond Latin-1 whole', () => {
  it('Polish, Turkish, Czech and Vietnamese names are one token each, with their own text', () => {
    const text = 'Radosław Sikorski met Recep Tayyip Erdoğan, Maroš Šefčovič and Nguyễn Phú Trọng in Kraków.';
    const doc = buildDoc(text, [{ start: 0, end: text.length, kind: 'body' }]);
    const words = doc.tokens.filter((t) => t.pos !== 'PUNCT');
    expect(words.map((t) => t.text)).toEqual(
      'Radosław Sikorski met Recep Tayyip Erdoğan Maroš Šefčovič and Nguyễn Phú Trọng in Kraków'.split(' '),
    );
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.find((t) => t.text === 'Erdoğan')).toMatchObject({
      lower: 'erdoğan',
      lemma: 'erdoğan',
      pos: 'PROPN',
    });
  });
});
