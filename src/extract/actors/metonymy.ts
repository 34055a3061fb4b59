import type { Doc } from '../../nlp/doc.js';

const LOCATIVE = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'into',
  'outside',
  'inside',
  'across',
  'around',
  'via',
  'through',
  'toward',
  'towards',
  'within',
  'throughout',
  'over',
  'visit',
  'visited',
  'visiting',
  'leave',
  'left',
  'reach',
  'reached',
  'arrive',
  'flew',
  'fly',
  'travel',
  'travelled',
  'traveled',
]);

/**
 * Does a capital or place name stand for its state here? "Moscow's role", "Washington wants",
 * "talks between Kabul and …" → actor; "in Moscow", "the Moscow conference" → place.
 */
export function metonymIsActor(doc: Doc, tokenStart: number, tokenEnd: number): boolean {
  const prev = doc.tokens[tokenStart - 1];
  const next = doc.tokens[tokenEnd];
  const sameSent = (t: (typeof doc.tokens)[number] | undefined) =>
    t && t.sent === doc.tokens[tokenStart].sent;
  if (sameSent(prev) && LOCATIVE.has(prev!.lower)) return false;
  if (sameSent(next) && (next!.lower === "'s" || next!.lower === '’s' || next!.lower === "'")) return true;
  if (sameSent(next) && (next!.pos === 'VERB' || next!.pos === 'AUX')) return true;
  // "Washington also wants": an adverb between the name and its verb.
  const after = doc.tokens[tokenEnd + 1];
  if (
    sameSent(next) &&
    next!.pos === 'ADV' &&
    sameSent(after) &&
    (after!.pos === 'VERB' || after!.pos === 'AUX')
  )
    return true;
  // "Washington along with its allies demanded", "Moscow, together with Beijing, rejected": a
  // companion phrase between the name and its verb.
  if (sameSent(next) && companionThenVerb(doc, tokenEnd)) return true;
  if (
    sameSent(prev) &&
    (prev!.lower === 'between' ||
      prev!.lower === 'and' ||
      prev!.lower === 'with' ||
      prev!.lower === 'by' ||
      prev!.lower === 'on' ||
      prev!.lower === 'against' ||
      prev!.lower === 'urged' ||
      prev!.lower === 'accused')
  ) {
    return !(next && next.pos === 'NOUN');
  }
  return false;
}

const COMPANION = new Set(['along', 'together', 'joined', 'backed', 'supported']);

/** From token `i`: an optional comma, a companion phrase ("along with its allies"), then a verb. */
function companionThenVerb(doc: Doc, i: number): boolean {
  const sent = doc.tokens[i].sent;
  const comma = doc.tokens[i].lower === ',';
  const first = doc.tokens[comma ? i + 1 : i];
  if (!first || first.sent !== sent || !COMPANION.has(first.lower)) return false;
  const by = doc.tokens[first.i + 1];
  if (!by || !['with', 'by'].includes(by.lower)) return false;
  for (let j = first.i + 2; j < Math.min(doc.tokens.length, first.i + 10); j++) {
    const t = doc.tokens[j];
    if (t.sent !== sent || ['.', ';', ':'].includes(t.lower)) return false;
    if (t.lower === ',') {
      const v = doc.tokens[j + 1];
      return comma && !!v && v.sent === sent && (v.pos === 'VERB' || v.pos === 'AUX');
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') return !comma;
  }
  return false;
}

/** Is the name used as a place: after a locative word, or as a modifier ("the Moscow conference")? */
export function isLocative(doc: Doc, tokenStart: number): boolean {
  let prev = doc.tokens[tokenStart - 1];
  // "in northern Israel", "in south Lebanon": a direction word between
  if (prev && DIRECTION.test(prev.lower)) prev = doc.tokens[tokenStart - 2];
  return !!prev && prev.sent === doc.tokens[tokenStart].sent && LOCATIVE.has(prev.lower);
}

const DIRECTION = /^((north|south)(-?(east|west))?(ern)?|(east|west|central)(ern)?)$/;
