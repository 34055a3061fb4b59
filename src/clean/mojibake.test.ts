import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean.js';
import { repairMojibake } from './mojibake.js';

describe('repairMojibake', () => {
  it('reads UTF-8 that went through a Windows-1252 decoder as what it was', () => {
    const cases: [string, string][] = [
      ['Spanish Prime Minister Pedro SÃ¡nchez said', 'Spanish Prime Minister Pedro Sánchez said'],
      ['detainees at GuantÃ¡namo Bay', 'detainees at Guantánamo Bay'],
      ['FranÃ§ois Hollande and SÃ£o Paulo', 'François Hollande and São Paulo'],
      ['Recep Tayyip ErdoÄŸan', 'Recep Tayyip Erdoğan'],
      ['Itâ€™s a â€œdealâ€\u009d, he said â€” again', 'It’s a “deal”, he said — again'],
      ['10Â°C and Â« quotes Â»', '10°C and « quotes »'],
      ['President FranÃ\u0083Â§ois Hollande', 'President François Hollande'],
      ['the cleric Fethullah GÃ1⁄4len', 'the cleric Fethullah Gülen'],
      ['Ségolène: SégolÃ \u0308ne Royal', 'Ségolène: Ségolène Royal'],
    ];
    for (const [broken, fixed] of cases) expect(repairMojibake(broken)).toBe(fixed);
  });

  it('leaves correct text alone, accented or not', () => {
    for (const text of [
      'Lavrov said the talks were useful.',
      'Sánchez, Guantánamo, François, São Paulo, Erdoğan, “quoted” — done.',
      'Ã alone, Ã followed by a space, and Â.',
      // accented letters before quotes and guillemets are not mojibake, even where their bytes would decode
      '„Das ist zu groß“, sagte er.',
      '« Nous avons été\u00a0», a-t-il dit.',
      '“OLÉ” and JOSÉ’S plan, ÉTÉ» — and PÅ” too.',
    ])
      expect(repairMojibake(text)).toBe(text);
  });

  /** A plain-text article as a feed or JSONL row would give it. */
  const cleaned = (body: string, title?: string) =>
    cleanArticle({ input: 'feed-item.txt', kind: 'text', body, meta: title ? { title } : {} });

  it('cleaning repairs the body and the title', () => {
    const article = cleaned(
      'Spanish Prime Minister Pedro SÃ¡nchez met Portuguese leaders in Lisbon on Monday, officials said.',
      'SÃ¡nchez visits Lisbon',
    );
    expect(article.title).toBe('Sánchez visits Lisbon');
    expect(article.text).toContain('Pedro Sánchez met');
    expect(article.text).not.toContain('Ã');
  });

  it('cleaning composes decomposed accents (NFC), so a name is one word', () => {
    const nfd = cleaned(
      'Turkish President Recep Tayyip Erdog\u0306an met Czech Prime Minister Petr Fiala in Ankara on Monday.',
    );
    expect(nfd.text).toContain('Recep Tayyip Erdoğan met');
    // mojibake whose lead letter arrived decomposed too ("A" + combining tilde + "©")
    const both = cleaned(
      'Marc TrA\u0303\u00a9vidic, the Paris prosecutor, said on Monday the inquiry would go on for months.',
    );
    expect(both.text).toContain('Marc Trévidic');
  });
});
