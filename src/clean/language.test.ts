import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileDoc } from '../source/read-file.js';
import { listArticles } from '../source/read-inputs.js';
import { cleanArticle } from './clean.js';
import { guessLanguage } from './language.js';

const ROOT = join(import.meta.dirname, '..', '..');
// Optional: the shared news corpus (../shared/data/news), present in CI and evaluation.
const NEWS = join(ROOT, '..', 'shared', 'data', 'news', 'news.jsonl');

describe('guessLanguage', () => {
  it('names the language of news in other languages', () => {
    const cases: [string, string][] = [
      [
        "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré jeudi à Moscou que les pourparlers avec les talibans et le gouvernement afghan étaient un bon début. Les États-Unis doivent retirer leurs troupes d'ici le 1er mai.",
        'fr',
      ],
      [
        'El ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov, dijo el jueves en Moscú que las conversaciones con los talibanes y el gobierno afgano fueron un buen comienzo para la paz.',
        'es',
      ],
      [
        'Der russische Außenminister Sergej Lawrow sagte am Donnerstag in Moskau, die Gespräche mit den Taliban und der afghanischen Regierung seien ein guter Anfang für den Frieden.',
        'de',
      ],
      [
        'Il ministro degli Esteri russo Sergei Lavrov ha detto giovedì a Mosca che i colloqui con i talebani e il governo afghano sono stati un buon inizio per la pace nella regione.',
        'it',
      ],
      [
        'O ministro das Relações Exteriores da Rússia, Serguei Lavrov, disse na quinta-feira em Moscou que as conversas com o Talibã e o governo afegão foram um bom começo para a paz.',
        'pt',
      ],
      [
        'Министр иностранных дел России Сергей Лавров заявил в четверг в Москве, что переговоры были хорошим началом.',
        'ru',
      ],
      [
        'Міністр закордонних справ Росії Сергій Лавров заявив у четвер, що переговори у Москві були гарним початком.',
        'uk',
      ],
      ['وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات في موسكو كانت بداية جيدة.', 'ar'],
      ['وزیر امور خارجه روسیه سرگئی لاوروف گفت که گفتگوها در مسکو آغاز خوبی بود.', 'fa'],
      ['俄罗斯外长拉夫罗夫星期四在莫斯科表示，与塔利班和阿富汗政府的会谈是一个良好的开端。', 'zh'],
      ['ロシアのラブロフ外相は木曜日、モスクワでの協議は良いスタートだったと述べた。', 'ja'],
      ['러시아 외무장관 라브로프는 목요일 모스크바 회담이 좋은 출발이었다고 말했다.', 'ko'],
      ['שר החוץ הרוסי סרגיי לברוב אמר ביום חמישי כי השיחות במוסקבה היו התחלה טובה.', 'he'],
    ];
    for (const [text, want] of cases) expect(guessLanguage(text), text.slice(0, 30)).toBe(want);
  });

  it('a borrowed word with a Persian letter leaves Arabic text Arabic', () => {
    expect(
      guessLanguage(
        'وقال وزير الخارجية إن شركة بيبسي (پيبسي) ستفتح مصنعا جديدا في القاهرة الأسبوع المقبل بعد المحادثات.',
      ),
    ).toBe('ar');
  });

  it('does not guess from too little text, or from text without words', () => {
    expect(guessLanguage('Moscow talks')).toBeNull();
    expect(guessLanguage('1 2 3 4 5 6 7 8 9 10 11 12 13 14 15')).toBeNull();
    expect(guessLanguage('🙂🙂🙂')).toBeNull();
  });

  it('an English report quoting French is English', () => {
    const text =
      'Macron told reporters in Paris on Monday that France would not send troops. "Nous ne sommes pas en guerre," he said, adding that the talks with Russia had to go on and that Europe was ready to help.';
    expect(guessLanguage(text)).toBe('en');
  });

  it('reads every article of the demo corpus as English, and the source language wins over the guess', () => {
    for (const p of listArticles(join(ROOT, 'corpus', 'demo')))
      expect(cleanArticle(readFileDoc(p)).language, p).toBe('en');
    const fr = {
      input: 'fr.txt',
      kind: 'text' as const,
      body: 'Le ministre russe a déclaré jeudi à Moscou que les pourparlers avec les talibans étaient un bon début pour la paix.',
      meta: {},
    };
    expect(cleanArticle(fr).language).toBe('fr');
    expect(cleanArticle({ ...fr, meta: { language: 'en' } }).language).toBe('en');
  });

  it.skipIf(!existsSync(NEWS))(
    'reads all 928 articles of the shared news corpus as English (needs ../shared)',
    () => {
      const rows = readFileSync(NEWS, 'utf8').split('\n').filter(Boolean);
      const notEnglish = rows.map((l) => JSON.parse(l)).filter((r) => guessLanguage(r.text) !== 'en');
      expect(notEnglish.map((r) => r.id)).toEqual([]);
    },
  );
});
