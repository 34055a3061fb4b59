import { type City, cityIndex } from '../../knowledge/cities.js';
import { fold } from '../../knowledge/fold.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Country } from '../../knowledge/schema.js';
import type { Doc } from '../../nlp/doc.js';
import { type ActorMention, withFields } from './actor-mention.js';
import { metonymIsActor } from './metonymy.js';
import { entryOf, type Segment } from './segments.js';

/**
 * A capital's name that is also a city of another country the sentence names, while it names
 * not the capital's own: "Tripoli" in a sentence about "the north Lebanese port" is Lebanon's
 * Tripoli, not Libya's. The mentions built on that name move to the other country. Only a name
 * used as a place moves ("militias in Tripoli"); a capital used as an actor ("Tripoli said") is
 * its state's.
 */
export function metonymCountries(
  doc: Doc,
  segs: readonly Segment[],
  found: readonly ActorMention[],
  k: Knowledge,
): ActorMention[] {
  const mets = segs.filter((s) => entryOf(s, 'metonym') && !entryOf(s, 'country', 'demonym'));
  if (!mets.length) return [...found];
  const named = new Set<string>();
  for (const s of segs) {
    const e = entryOf(s, 'country', 'demonym');
    if (e) named.add(e.country.code);
  }
  if (!named.size) return [...found];
  let out = [...found];
  for (const seg of mets) {
    const own = entryOf(seg, 'metonym')!.country;
    // "Moscow's role" is Russia's whatever else the sentence names; only a place name moves
    if (named.has(own.code) || metonymIsActor(doc, seg.tokenStart, seg.tokenEnd)) continue;
    const start = doc.tokens[seg.tokenStart].start;
    const end = doc.tokens[seg.tokenEnd - 1].end;
    const name = fold(doc.text.slice(start, end));
    const cands = cityIndex(k.cityAliases).byFirstWord.get(fold(doc.tokens[seg.tokenStart].text)) ?? [];
    const others = namesakeCountries(cands, name, own, named, k);
    if (others.size !== 1) continue;
    const [code] = others;
    const to = k.countryByCode.get(code);
    if (!to) continue;
    const moved: ActorMention[] = [];
    for (const m of out)
      moved.push(m.start <= start && m.end >= end && m.country === own.code ? movedTo(m, own, to) : m);
    out = moved;
  }
  return out;
}

/** Countries the sentence names that have a big city called `name` (not the capital's own). */
function namesakeCountries(
  cands: readonly City[],
  name: string,
  own: Country,
  named: ReadonlySet<string>,
  k: Knowledge,
): Set<string> {
  const others = new Set<string>();
  for (const c of cands) {
    // a namesake big enough to make news on its own (not Moscow, Idaho)
    if (fold(c.name) !== name || c.population < 100_000) continue;
    const code = k.countryByIso2.get(c.iso2)?.code;
    if (code && code !== own.code && named.has(code)) others.add(code);
  }
  return others;
}

/** A mention built on the capital's name, moved from its country to the namesake's. */
function movedTo(m: ActorMention, own: Country, to: Country): ActorMention {
  return withFields(m, {
    country: to.code,
    code: m.code?.startsWith(own.code) ? to.code + m.code.slice(own.code.length) : m.code,
    key: m.key.split(own.code).join(to.code),
    name: m.name === own.name ? to.name : m.name,
  });
}
