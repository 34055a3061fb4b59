import type { SlotT } from '../event-schema.js';
import { nounLemma, verbLemma } from './lemma.js';

/**
 * One PETRARCH verb pattern (`- PRE * POST [CODE]`) → parley pattern tokens after the verb.
 *
 * What maps, and how:
 * - words → lemma alternatives ("TALKS" → "talks|talk"); `_` (consecutive) → adjacent tokens;
 *   a blank (PETRARCH: other words may come between) → `...` (a gap of 0–4 tokens);
 * - `&SYNSET` → alternatives, or one pattern per phrase when the synset holds phrases;
 * - `(PREP …)` and `{…}` (PETRARCH2 phrase groups) → their words, connectors as written;
 * - `+` / `$` right after a preposition → target / source slot `pp:PREP`; `+` / `$` elsewhere
 *   after the verb → a `{np}` slot for the target / source; `^` (skip a phrase) → a gap;
 * - before the verb only `$` (the subject is the source: parley's default), `+` (the subject is
 *   the target) and `^` can be expressed: parley patterns begin at the verb, so any word before
 *   `*` makes the pattern unexpressible, as does `%` (compound actor).
 */
export interface PatternTail {
  /** Pattern text after the head, one string per variant (synset phrases give several); may be "". */
  readonly tails: string[];
  readonly source: SlotT | null;
  readonly target: SlotT | null;
  /** Synset phrases left out because a word of theirs cannot be a pattern word ("&WEAPON MI-24VM/HIND"). */
  readonly dropped: string[];
}

/** Synsets: name (with its `&`) → phrases (each a list of upper-case words). */
export type Synsets = ReadonlyMap<string, readonly (readonly string[])[]>;

type Item = { conn: 'tight' | 'loose' } & (
  | { k: 'word'; w: string }
  | { k: 'syn'; name: string }
  | { k: 'mark'; m: '$' | '+' | '%' | '^' }
);

const PREPS = new Set(
  'about above across after against along among around at before behind below beneath beside between beyond by despite down during for from in inside into near of off on onto out outside over past since through throughout to toward towards under until up upon with within without'.split(
    ' ',
  ),
);
const WORD = /^[a-z0-9][a-z0-9'.-]*$/;
const MAX_VARIANTS = 64;

/** Lemma alternatives of a PETRARCH word, or null when it cannot be a parley pattern word. */
export function wordAlternatives(w: string): string[] | null {
  const lower = w.toLowerCase().replace(/_+$/, '');
  if (!WORD.test(lower)) return null;
  return [...new Set([lower, nounLemma(lower), verbLemma(lower)])].filter((a) => WORD.test(a));
}

/** Splits one side of a pattern into items; connectors say whether the item follows its predecessor directly. */
export function tokenizeSide(side: string, synsets: Synsets, firstConn: 'tight' | 'loose'): Item[] {
  const out: Item[] = [];
  let conn: 'tight' | 'loose' = firstConn;
  let i = 0;
  const names = [...synsets.keys()].sort((a, b) => b.length - a.length);
  while (i < side.length) {
    const c = side[i];
    if (/\s/.test(c)) {
      conn = 'loose';
      i++;
    } else if (c === '_') {
      if (conn !== 'loose') conn = 'tight';
      i++;
    } else if ('(){}'.includes(c)) i++;
    else if ('$+%^'.includes(c)) {
      out.push({ conn, k: 'mark', m: c as '$' | '+' | '%' | '^' });
      conn = 'tight';
      i++;
    } else if (c === '&') {
      const rest = side.slice(i).toUpperCase();
      const name =
        names.find((n) => rest.startsWith(n) && !/[A-Z0-9]/.test(rest[n.length] ?? '')) ??
        `&${/^&([A-Z0-9]*)/.exec(rest)![1]}`;
      out.push({ conn, k: 'syn', name });
      conn = 'tight';
      i += name.length;
    } else {
      const m = /^[^\s_(){}$+%^&*]+/.exec(side.slice(i))!;
      out.push({ conn, k: 'word', w: m[0] });
      conn = 'tight';
      i += m[0].length;
    }
  }
  return out;
}

/** Phrases of a synset, nested synsets expanded; null when one is undefined. */
function expandSynset(name: string, synsets: Synsets, seen: Set<string> = new Set()): string[][] | null {
  const phrases = synsets.get(name);
  if (!phrases || seen.has(name)) return null;
  seen.add(name);
  const out: string[][] = [];
  for (const p of phrases) {
    if (p.length === 1 && p[0].startsWith('&')) {
      const inner = expandSynset(p[0], synsets, seen);
      if (!inner) return null;
      out.push(...inner);
    } else out.push([...p]);
  }
  return out;
}

/**
 * Converts the parts of a pattern around `*` into pattern tails and slots, or gives the reason it
 * cannot be expressed.
 */
export function convertPattern(
  pre: string,
  post: string,
  synsets: Synsets,
): PatternTail | { reason: string } {
  const before = tokenizeSide(pre, synsets, 'loose');
  let source: SlotT | null = null;
  let target: SlotT | null = null;
  for (const it of before) {
    if (it.k !== 'mark')
      return { reason: `words before the verb ("${pre.trim()}"): parley patterns begin at the verb` };
    if (it.m === '%') return { reason: 'compound-actor marker % has no parley slot' };
    if (it.m === '+') target = 'subject';
  }
  const items = tokenizeSide(post, synsets, /^_/.test(post) ? 'tight' : 'loose');
  // pieces: each a list of alternative word sequences (one per synset phrase), or the {np} slot
  type Piece =
    | { conn: 'tight' | 'loose'; np: true }
    | { conn: 'tight' | 'loose'; np: false; seqs: string[][][] };
  const pieces: Piece[] = [];
  let npUsed = false;
  let forceLoose = false;
  const dropped: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const conn = forceLoose ? 'loose' : it.conn;
    const afterSkip = forceLoose;
    forceLoose = false;
    if (it.k === 'mark') {
      if (it.m === '%') return { reason: 'compound-actor marker % has no parley slot' };
      if (afterSkip && (it.m === '$' || it.m === '+'))
        return {
          reason: `actor marker ${it.m} after a skipped phrase (^): parley has no slot for "the second phrase after …"`,
        };
      if (it.m === '^') {
        if (k < items.length - 1) forceLoose = true;
        continue;
      }
      const prev = pieces[pieces.length - 1];
      const prevWord =
        prev && !prev.np && prev.seqs.length === 1 && prev.seqs[0].length === 1 ? prev.seqs[0][0][0] : null;
      let slot: SlotT;
      if (prevWord && PREPS.has(prevWord)) slot = `pp:${prevWord}` as SlotT;
      else if (!npUsed) {
        pieces.push({ conn, np: true });
        npUsed = true;
        slot = 'object';
      } else
        return { reason: `a second actor marker (${it.m}) inside the pattern: parley has one {np} slot` };
      if (it.m === '$') {
        if (source) return { reason: 'two source markers ($)' };
        source = slot;
      } else {
        if (target) return { reason: 'two target markers (+)' };
        target = slot;
      }
      continue;
    }
    if (it.k === 'syn') {
      const phrases = expandSynset(it.name, synsets);
      if (!phrases) return { reason: `synset ${it.name} is not defined (PETRARCH skips such patterns too)` };
      const seqs: string[][][] = [];
      for (const p of phrases) {
        const seq = p.map(wordAlternatives);
        if (seq.every((a): a is string[] => a !== null)) seqs.push(seq);
        else dropped.push(`${it.name} ${p.join(' ')}`);
      }
      if (!seqs.length)
        return { reason: `no phrase of synset ${it.name} can be written as parley pattern words` };
      // single-word phrases merge into one alternatives token
      const singles = seqs.filter((s) => s.length === 1);
      const multi = seqs.filter((s) => s.length > 1);
      const merged = singles.length ? [[[...new Set(singles.flatMap((s) => s[0]))]]] : [];
      pieces.push({ conn, np: false, seqs: [...merged, ...multi] });
      continue;
    }
    const alts = wordAlternatives(it.w);
    if (!alts) return { reason: `word "${it.w}" cannot be a parley pattern word` };
    pieces.push({ conn, np: false, seqs: [[alts]] });
  }
  if (target === 'subject' && source == null) source = 'none';
  // cartesian product of the pieces' alternative sequences
  let variants: string[][] = [[]];
  for (const p of pieces) {
    const last = (v: string[]) => v[v.length - 1] ?? 'HEAD';
    if (p.np) {
      variants = variants.map((v) => [...v, '{np}']);
      continue;
    }
    const next: string[][] = [];
    for (const v of variants) {
      for (const seq of p.seqs) {
        const gap = p.conn === 'loose' && last(v) !== '{np}' && last(v) !== '...';
        next.push([...v, ...(gap ? ['...'] : []), ...seq.map((alts) => alts.join('|'))]);
      }
    }
    variants = next;
    if (variants.length > MAX_VARIANTS)
      return { reason: `synsets expand to more than ${MAX_VARIANTS} patterns` };
  }
  return { tails: [...new Set(variants.map((v) => v.join(' ')))], source, target, dropped };
}
