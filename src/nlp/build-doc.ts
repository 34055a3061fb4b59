import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Doc, DocParagraph, Sentence, Token } from './doc.js';
import { textForWink } from './wink-text.js';

// Loading the model costs ~200 ms: do it once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | undefined;
/** The lexeme table of the loaded model (wink keeps words it has seen in it). */
let lexemes: { hash: Record<string, number>; list: string[] } | undefined;
/** Length of the lexeme list when the last article started. */
let mark = 0;
let docsSinceLoad = 0;
/** Reload the model now and then: forgetting words (below) leaves their slots behind. */
const RELOAD_EVERY = 5000;
function engine(): ReturnType<typeof winkNLP> {
  if (!nlp || docsSinceLoad >= RELOAD_EVERY) {
    const core = (
      model as unknown as {
        core: () => { features: { lexeme: { hash: Record<string, number>; list: string[] } } };
      }
    ).core;
    const captured = {
      ...model,
      core: () => {
        const m = core.call(model);
        lexemes = m.features.lexeme;
        mark = lexemes.list.length;
        return m;
      },
    };
    // No 'ner': wink's entities cost a fifth of its time and POS tags do not depend on them;
    // time expressions come from parley's own times stage.
    nlp = winkNLP(captured as typeof model, ['sbd', 'pos', 'negation']);
    docsSinceLoad = 0;
  }
  docsSinceLoad++;
  return nlp;
}

/**
 * wink adds every out-of-vocabulary word it reads to the model's lexicon, and its tokenizer then
 * treats that word as known ("Clinton’s" stays one token once seen, else it splits into
 * "Clinton" "’s"): the analysis of an article would depend on the articles read before it in the
 * same process. Forget those words after each article, so each is analysed as if first —
 * except words of plain letters or digits ("Lavrov", "2021": nine in ten of them), which the
 * tokenizer keeps whole whether it knows them or not, and whose features wink computes from the
 * text alone. Keeping those saves re-adding ~75 words per article (~7% of the coding time).
 */
const ALWAYS_WHOLE = /^[A-Za-z0-9]+$/;
function forgetOutOfVocabulary(): void {
  if (!lexemes) return;
  const { hash, list } = lexemes;
  for (let i = mark; i < list.length; i++) {
    const word = list[i];
    if (hash[word] === i && !ALWAYS_WHOLE.test(word)) delete hash[word];
  }
  mark = list.length;
}

/**
 * Builds the Doc of an article. Each paragraph is analysed on its own, because wink does not
 * treat a single newline as a sentence boundary; offsets are mapped back into `text`.
 */
export function buildDoc(text: string, paragraphs: readonly DocParagraph[]): Doc {
  try {
    return analyse(engine(), text, paragraphs);
  } finally {
    forgetOutOfVocabulary();
  }
}

/**
 * One wink document for the whole text (per-paragraph documents cost twice as much), then
 * sentences cut at paragraph ends: wink does not always end a sentence at a blank line.
 */
function analyse(w: ReturnType<typeof winkNLP>, text: string, paragraphs: readonly DocParagraph[]): Doc {
  const its = w.its;
  // wink reads a same-length copy whose rarer Latin letters are made plain (see wink-text.ts)
  const winkText = textForWink(text);
  const standIns = winkText !== text; // compared once: a string comparison per token would scan the text
  const wd = w.readDoc(winkText);
  const values = wd.tokens().out(its.value) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const lemmas = wd.tokens().out(its.lemma as any) as string[];
  const neg = wd.tokens().out(its.negationFlag) as boolean[];
  // paragraph of each token start: token starts never decrease, so a pointer only moves forward
  // (the last paragraph starting at or before the offset, -1 if none)
  let para = 0;
  const paraOf = (offset: number): number => {
    while (para + 1 < paragraphs.length && paragraphs[para + 1].start <= offset) para++;
    return para < paragraphs.length && paragraphs[para].start <= offset ? para : -1;
  };
  const tokens: Token[] = [];
  const tokenPara: number[] = [];
  const winkToOurs: number[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    let at = winkText.indexOf(v, cursor);
    const found = at >= 0;
    if (!found) at = cursor; // wink normalised the token; keep offsets monotone
    cursor = at + v.length;
    const p = paraOf(at);
    if (p < 0 || at >= paragraphs[p].end) {
      winkToOurs.push(-1); // between paragraphs (whitespace only)
      continue;
    }
    winkToOurs.push(tokens.length);
    tokenPara.push(p);
    const end = Math.min(paragraphs[p].end, at + v.length);
    // v is that very text, unless wink read a stand-in letter
    const real = found && standIns ? text.slice(at, at + v.length) : v;
    const lower = real.toLowerCase();
    // a lemma that is only the stand-in spelling of the word is the word itself
    const lemma = real !== v && (lemmas[k] ?? v).toLowerCase() === v.toLowerCase() ? v : (lemmas[k] ?? v);
    tokens.push({
      i: tokens.length,
      start: at,
      end,
      text: found && end === at + v.length ? real : text.slice(at, end),
      lower,
      lemma: lemma === v ? lower : lemma.toLowerCase(),
      pos: pos[k] ?? 'X',
      negated: !!neg[k],
      sent: -1,
    });
  }
  const sentences: Sentence[] = [];
  const spans = wd.sentences().out(its.span) as [number, number][];
  for (const [a, b] of spans) {
    let first = -1;
    const close = (lastExclusive: number) => {
      if (first < 0 || lastExclusive <= first) return;
      const si = sentences.length;
      for (let t = first; t < lastExclusive; t++) (tokens[t] as { sent: number }).sent = si;
      sentences.push({
        i: si,
        start: tokens[first].start,
        end: tokens[lastExclusive - 1].end,
        tokenStart: first,
        tokenEnd: lastExclusive,
        paragraph: tokenPara[first],
      });
    };
    let prev = -1;
    for (let k = a; k <= b; k++) {
      const t = winkToOurs[k];
      if (t < 0) continue;
      if (first >= 0 && tokenPara[t] !== tokenPara[prev]) {
        close(prev + 1);
        first = -1;
      }
      if (first < 0) first = t;
      prev = t;
    }
    if (prev >= 0) close(prev + 1);
  }
  return { text, paragraphs, tokens, sentences };
}
