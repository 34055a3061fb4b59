import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Doc, DocParagraph, EntitySpan, Sentence, Token } from './doc.js';

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
    nlp = winkNLP(captured as typeof model, ['sbd', 'pos', 'ner', 'negation']);
    docsSinceLoad = 0;
  }
  docsSinceLoad++;
  return nlp;
}

/**
 * wink adds every out-of-vocabulary word it reads to the model's lexicon, and its tokenizer then
 * treats that word as known ("Clinton’s" stays one token once seen, else it splits into
 * "Clinton" "’s"): the analysis of an article would depend on the articles read before it in the
 * same process. Forget those words after each article, so each is analysed as if first.
 */
function forgetOutOfVocabulary(): void {
  if (!lexemes) return;
  const { hash, list } = lexemes;
  for (let i = mark; i < list.length; i++) if (hash[list[i]] === i) delete hash[list[i]];
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

function analyse(w: ReturnType<typeof winkNLP>, text: string, paragraphs: readonly DocParagraph[]): Doc {
  const its = w.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const entities: EntitySpan[] = [];
  paragraphs.forEach((para, p) => {
    const slice = text.slice(para.start, para.end);
    if (!slice.trim()) return;
    const wd = w.readDoc(slice);
    const values = wd.tokens().out(its.value) as string[];
    const pos = wd.tokens().out(its.pos) as string[];
    const lemmas = wd.tokens().out(its.lemma as any) as string[];
    const neg = wd.tokens().out(its.negationFlag) as boolean[];
    const base = tokens.length;
    let cursor = 0;
    const starts: number[] = [];
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      let at = slice.indexOf(v, cursor);
      if (at < 0) at = cursor; // wink normalised the token; keep offsets monotone
      starts.push(at);
      cursor = at + v.length;
    }
    const spans = wd.sentences().out(its.span) as [number, number][];
    for (const [a, b] of spans) {
      const si = sentences.length;
      for (let k = a; k <= b; k++) {
        const start = para.start + starts[k];
        const end = Math.min(para.end, start + values[k].length);
        tokens.push({
          i: base + k,
          start,
          end,
          text: text.slice(start, end),
          lower: values[k].toLowerCase(),
          lemma: (lemmas[k] ?? values[k]).toLowerCase(),
          pos: pos[k] ?? 'X',
          negated: !!neg[k],
          sent: si,
        });
      }
      sentences.push({
        i: si,
        start: tokens[base + a].start,
        end: tokens[base + b].end,
        tokenStart: base + a,
        tokenEnd: base + b + 1,
        paragraph: p,
      });
    }
    const ents = wd.entities().out(its.detail) as unknown as { type: string }[];
    const entSpans = wd.entities().out(its.span) as unknown as [number, number][];
    ents.forEach((e, k) => {
      const [a, b] = entSpans[k];
      entities.push({
        type: e.type,
        start: tokens[base + a].start,
        end: tokens[base + b].end,
        tokenStart: base + a,
        tokenEnd: base + b + 1,
      });
    });
  });
  return { text, paragraphs, tokens, sentences, entities };
}
