import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../model/errors.js';
import { ArticleSchema } from '../model/record.js';
import { readFileDoc } from '../source/read-file.js';
import { cleanArticle } from './clean.js';

const DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'html');
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'));
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('HTML cleaning fixtures', () => {
  it('has at least eight page fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(8));
  for (const f of fixtures) {
    const name = f.replace('.expected.json', '');
    it(`cleans ${name}`, () => {
      const want = JSON.parse(readFileSync(join(DIR, f), 'utf8'));
      const article = ArticleSchema.parse(cleanArticle(readFileDoc(join(DIR, `${name}.html`))));
      expect(norm(article.title)).toBe(want.title);
      expect(article.lede).toBe(want.lede);
      expect(article.published).toBe(want.published);
      expect(article.captions.map((c) => ({ text: c.text, credit: c.credit }))).toEqual(want.captions);
      for (const s of want.body_contains) expect(article.text).toContain(s);
      for (const s of want.not_in_text) expect(article.text).not.toContain(s);
      // every paragraph span points at its own text
      for (const p of article.paragraphs)
        expect(article.text.slice(p.start, p.end).trim().length).toBe(p.end - p.start);
      for (const c of article.captions) expect(article.text.slice(c.start, c.end)).toBe(c.text);
    });
  }
  it('refuses a page with no article, naming the input', () => {
    const path = join(DIR, 'no-article.html');
    expect(() => cleanArticle(readFileDoc(path))).toThrowError(ParleyError);
    try {
      cleanArticle(readFileDoc(path));
    } catch (e) {
      expect((e as ParleyError).code).toBe('NO_ARTICLE');
      expect((e as ParleyError).input).toBe(path);
    }
  });

  // Feed items and API payloads carry HTML fragments, not pages.
  const PARA =
    '<p>Russian Foreign Minister Sergei Lavrov said on Thursday that the talks in Moscow were a good start for the Afghan peace process and that more meetings would follow in the coming weeks.</p>';
  const fragment = (body: string) => ({ input: 'item.html', kind: 'html' as const, body, meta: {} });
  it('reads an HTML fragment without <html> or <body>', () => {
    for (const body of [
      PARA + PARA,
      `<!doctype html>${PARA}${PARA}`,
      `<nav><a href="/">Home</a></nav>${PARA}`,
    ]) {
      const article = cleanArticle(fragment(body));
      expect(article.text).toContain('Sergei Lavrov said on Thursday');
      expect(article.paragraphs.length).toBe(body.split('<p>').length - 1);
    }
  });
  it('keeps the <head> of a page that has no <html> tag', () => {
    const article = cleanArticle(
      fragment(`<head><title>Afghan talks in Moscow</title></head><body>${PARA}${PARA}</body>`),
    );
    expect(article.title).toBe('Afghan talks in Moscow');
    expect(article.text).toContain('Sergei Lavrov');
  });
  it('a fragment with no article text is NO_ARTICLE, not an internal error', () => {
    try {
      cleanArticle(fragment('<nav><a href="/">Home</a></nav>'));
      expect.unreachable();
    } catch (e) {
      expect((e as ParleyError).code).toBe('NO_ARTICLE');
      expect((e as ParleyError).input).toBe('item.html');
    }
  });
  it('reads a page nested thousands of elements deep (without Readability, which would stall on it)', () => {
    const body = `${'<div>'.repeat(5000)}${PARA}${PARA}${'</div>'.repeat(5000)}`;
    const article = cleanArticle(fragment(`<html><body>${body}</body></html>`));
    expect(article.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(2);
    expect(article.text).toContain('Sergei Lavrov said on Thursday');
  });
});
