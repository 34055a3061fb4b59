import data from '../../knowledge/languages/languages.json' with { type: 'json' };

/** The format of knowledge/languages/languages.json. */
interface LanguageData {
  scripts: { script: string; language: string; marks: { language: string; letters: string }[] }[];
  functionWords: Record<string, string[]>;
}
const knowledge = data as LanguageData;

// Enough of an article to tell its language (~170 words); the rest would only cost time.
const SAMPLE = 1000;
/** Fewer words than this, or no clear winner, and the guess is "don't know". */
const MIN_WORDS = 12;

const scripts = knowledge.scripts.map((s) => ({
  ...s,
  test: new RegExp(`\\p{Script=${s.script}}`, 'u'),
  marks: s.marks.map((m) => ({ language: m.language, letters: new Set(m.letters) })),
}));
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
// Latin letters with their accented and extended forms (é, ç, ğ, ı, ł…): only Latin-script
// text is scored by words.
const WORD = /[a-z\u00c0-\u024f]+/g;
const languages = Object.keys(knowledge.functionWords);
/** Function word → the indexes (in `languages`) of the languages it belongs to. */
const wordLanguages = new Map<string, number[]>();
for (const [i, language] of languages.entries())
  for (const w of knowledge.functionWords[language]) {
    const list = wordLanguages.get(w);
    if (list) list.push(i);
    else wordLanguages.set(w, [i]);
  }

/**
 * The language of an article's text (ISO 639-1), or null when the text does not say clearly.
 * Non-Latin script: the language of the script that holds most letters (Arabic → ar, or fa/ur
 * when their own letters occur). Latin script: the language whose function words cover most
 * words, if it covers clearly more than the next.
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  let letters = 0;
  let latin = 0;
  const byScript = new Array<number>(scripts.length).fill(0);
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k);
    if (c < 128) {
      // ASCII (most of an English text) without a regular expression
      if ((c | 32) >= 97 && (c | 32) <= 122) {
        letters++;
        latin++;
      }
      continue;
    }
    const ch = String.fromCodePoint(sample.codePointAt(k) ?? c);
    if (ch.length === 2) k++;
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) {
      latin++;
      continue;
    }
    for (let i = 0; i < scripts.length; i++)
      if (scripts[i].test.test(ch)) {
        byScript[i]++;
        break;
      }
  }
  if (letters === 0) return null;
  if (latin * 2 < letters) return byScriptLanguage(sample, byScript);
  return byFunctionWords(sample);
}

function byScriptLanguage(sample: string, counts: number[]): string | null {
  const best = counts.indexOf(Math.max(...counts));
  if (counts[best] === 0) return null;
  const script = scripts[best];
  // Japanese text is mostly Han with kana between: any kana makes it Japanese.
  if (script.language === 'zh' && counts.some((n, i) => n > 0 && scripts[i].language === 'ja')) return 'ja';
  // A neighbour's own letters must be more than a borrowed word ("پ" in "Pepsi" in Arabic text).
  const enough = Math.max(3, counts[best] / 100);
  for (const mark of script.marks) {
    let n = 0;
    for (const ch of sample) if (mark.letters.has(ch) && ++n >= enough) return mark.language;
  }
  return script.language;
}

function byFunctionWords(sample: string): string | null {
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return null;
  const hits = new Array<number>(languages.length).fill(0);
  for (const w of words) {
    const list = wordLanguages.get(w);
    if (list) for (const i of list) hits[i]++;
  }
  let first = 0;
  let second = -1;
  for (let i = 1; i < hits.length; i++) {
    if (hits[i] > hits[first]) {
      second = first;
      first = i;
    } else if (second < 0 || hits[i] > hits[second]) second = i;
  }
  const runnerUp = second < 0 ? 0 : hits[second];
  // A clear winner: a tenth of the words, and half as many again as the runner-up.
  return hits[first] >= words.length / 10 && hits[first] >= 1.5 * runnerUp ? languages[first] : null;
}
