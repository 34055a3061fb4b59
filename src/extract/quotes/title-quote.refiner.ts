import { tokenAt } from '../../nlp/doc.js';
import type { QuoteContext } from './context.js';
import { isCapitalized } from './context.js';
import type { Found, MarkedSpan } from './types.js';

const NAMING = new Set(
  'titled entitled named dubbed headlined nicknamed so-called of on in for from with about at by into to as'.split(
    ' ',
  ),
);
const SMALL = new Set('a an the of and or in on to for with at by is my me from'.split(' '));

/** "Sunday Morning Futures", "Make America Great Again": every longer word capitalised. */
function titleCase(words: readonly string[]): boolean {
  const big = words.filter((w) => !SMALL.has(w.toLowerCase()));
  return big.length >= 2 && big.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** Is the marked span a name, a title or a term rather than words someone said? */
export function looksLikeTitle(ctx: QuoteContext, m: MarkedSpan): boolean {
  const { doc } = ctx;
  const words = doc.text.slice(m.start, m.end).split(/\s+/).filter(Boolean);
  if (words.length > 10) return false;
  if (titleCase(words) && !/[,.?!]$/.test(doc.text.slice(m.start, m.close).replace(/["“”'’‘`»\s]+$/, '')))
    return true;
  const before = tokenAt(doc, m.open) - 1;
  const para = doc.paragraphs[m.paragraph];
  const prev =
    before >= 0 && !ctx.quoted[before] && doc.tokens[before].start >= para.start
      ? doc.tokens[before]
      : undefined;
  // Inside a noun phrase: "on ABC's “This Week”", "a ''dissent channel'' memo", "titled “Scam”".
  if (prev && (prev.pos === 'DET' || /^['’]s$/.test(prev.lower) || NAMING.has(prev.lower))) {
    // "described the plan as “dead on arrival,” adding …": speech, not a name.
    return !(prev.lower === 'as' && m.endsWithPunct);
  }
  if (m.endsWithPunct) return false;
  const after = tokenAt(doc, m.close);
  const next = doc.tokens[after];
  return !!next && next.start >= m.close && next.pos === 'NOUN' && !isCapitalized(next);
}

/** Drops direct quotes built from one marked span that reads as a title or a term. */
export function dropTitles(ctx: QuoteContext, found: readonly Found[]): Found[] {
  return found.filter((f) => !(f.direct && f.marks?.length === 1 && looksLikeTitle(ctx, f.marks[0])));
}
