import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

let nlp: ReturnType<typeof winkNLP> | undefined;
const cache = new Map<string, string>();

function lemmaIn(frame: string, index: number, word: string): string {
  const key = `${frame}\u0000${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  const doc = nlp.readDoc(frame.replace('W', word));
  const lemmas = doc.tokens().out(nlp.its.lemma as any) as string[];
  const toks = doc.tokens().out() as string[];
  // A word the tokenizer splits ("n't", "pa'anga") has no single lemma: keep it as written.
  const got = toks.length === frame.split(' ').length ? (lemmas[index] ?? word).toLowerCase() : word;
  cache.set(key, got);
  return got;
}

/** The lemma of a word read as a verb ("held" → "hold", "says" → "say"), by the same engine as articles. */
export function verbLemma(word: string): string {
  return lemmaIn('they W it', 1, word.toLowerCase());
}

/** The lemma of a word read as a noun ("talks" → "talk", "ministries" → "ministry"). */
export function nounLemma(word: string): string {
  return lemmaIn('the W', 1, word.toLowerCase());
}
