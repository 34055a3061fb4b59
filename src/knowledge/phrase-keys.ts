import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { fold } from './fold.js';

let nlp: ReturnType<typeof winkNLP> | undefined;

/**
 * A dictionary phrase → the token keys a Doc would have for it. Tokenised by the same engine as
 * articles, so "al-Qaeda" or "Erdoğan" split the same way in both.
 */
export function phraseKeys(phrase: string): string[] {
  nlp ??= winkNLP(model, []);
  return (nlp.readDoc(phrase).tokens().out() as string[]).map(fold);
}
