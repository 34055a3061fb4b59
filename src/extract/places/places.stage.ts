import { type City, cityIndex } from '../../knowledge/cities.js';
import { fold } from '../../knowledge/fold.js';
import type { Knowledge, Region } from '../../knowledge/knowledge.js';
import type { Actor, Place } from '../../model/record.js';
import { type Doc, tokenAt } from '../../nlp/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { isLocative, metonymIsActor } from '../actors/metonymy.js';
import { entryOf, segmentSentence, tokenKeys } from '../actors/segments.js';

/** A set of codes as pickCity reads it (the article's US states are found lazily). */
interface CodeSet {
  has(code: string): boolean;
}
const NO_CODES: CodeSet = new Set<string>();

interface PlaceHit {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly key: string;
  readonly place: Omit<Place, 'id' | 'mentions'>;
}

/**
 * Places: countries named as locations ("in Afghanistan"), capitals and cities not used as
 * actors ("in Moscow", "the Moscow conference"), resolved to GeoNames with coordinates. An
 * ambiguous city name goes to the candidate in a country the article names, else the largest.
 */
export function extractPlaces(doc: Doc, k: Knowledge, actors: readonly Actor[]): Place[] {
  const cities = cityIndex(k.cityAliases);
  const keys = tokenKeys(doc);
  const articleCountries = new Set(actors.map((a) => a.country).filter(Boolean) as string[]);
  // US states the article names: looked for only when a US city is scored (50 text scans)
  let named: ReadonlySet<string> | undefined;
  const states: CodeSet = {
    has: (code) => {
      if (!named) named = new Set(k.usStates.filter((st) => doc.text.includes(st.name)).map((st) => st.code));
      return named.has(code);
    },
  };
  const hits: PlaceHit[] = [];
  const taken = new Set<number>();
  const countryPlace = (code: string, name: string): Omit<Place, 'id' | 'mentions'> => {
    const c = k.countryByCode.get(code);
    const cap = c ? cities.capitalOf.get(c.iso2) : undefined;
    return {
      name,
      country: code,
      geonameid: null,
      lat: cap?.lat ?? null,
      lon: cap?.lon ?? null,
      kind: 'country',
    };
  };
  // Regions first ("East Jerusalem" before the metonym "Jerusalem"), unless part of an actor.
  const inActor = (a: number, b: number) =>
    actors.some((x) => x.mentions.some((m) => m.start < b && m.end > a));
  for (const h of regionHits(doc, k.regions)) {
    if (inActor(h.start, h.end)) continue;
    hits.push(h);
    for (const t of doc.tokens) if (t.start >= h.start && t.end <= h.end) taken.add(t.i);
  }
  for (const s of doc.sentences) {
    for (const seg of segmentSentence(doc, keys, s, k)) {
      if (taken.has(seg.tokenStart) || taken.has(seg.tokenEnd - 1)) continue;
      const start = doc.tokens[seg.tokenStart].start;
      const end = doc.tokens[seg.tokenEnd - 1].end;
      const country = entryOf(seg, 'country');
      const met = entryOf(seg, 'metonym');
      // "up to US $50 million": a currency, not a place
      const currency = /^(\$|dollars?)$/.test(doc.tokens[seg.tokenEnd]?.lower ?? '');
      if (country && !met && isLocative(doc, seg.tokenStart) && !currency) {
        hits.push({
          start,
          end,
          tokenStart: seg.tokenStart,
          key: `C:${country.country.code}`,
          place: countryPlace(country.country.code, country.country.name),
        });
      } else if (
        met &&
        !metonymIsActor(doc, seg.tokenStart, seg.tokenEnd) &&
        !personNameAfter(doc, seg.tokenStart, seg.tokenEnd)
      ) {
        const name = doc.text.slice(start, end);
        const city = pickCity(
          cities.byFirstWord.get(keys[seg.tokenStart]) ?? [],
          name,
          // "Tripoli" in a story about Lebanon, not Libya: the article's countries pull, unless
          // they hold the capital's own
          articleCountries.has(met.country.code) || !articleCountries.size
            ? new Set([met.country.code])
            : articleCountries,
          k,
          true,
          states,
        );
        if (city)
          hits.push({
            start,
            end,
            tokenStart: seg.tokenStart,
            key: `G:${city.geonameid}`,
            place: cityPlace(city, k),
          });
      } else continue;
      for (let i = seg.tokenStart; i < seg.tokenEnd; i++) taken.add(i);
    }
  }
  // Other cities: capitalised, not part of an actor or place already, locative or large.
  const actorTokens = new Set<number>();
  for (const a of actors)
    for (const m of a.mentions)
      for (let i = tokenAt(doc, m.start); i < doc.tokens.length && doc.tokens[i].end <= m.end; i++)
        actorTokens.add(i);
  for (const t of doc.tokens) {
    if (taken.has(t.i) || actorTokens.has(t.i) || t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text)) continue;
    if (k.placeStopwords.has(t.lower)) continue;
    const cands = cities.byFirstWord.get(keys[t.i]);
    if (!cands) continue;
    const locative = isLocative(doc, t.i);
    const city = pickCity(
      cands,
      doc.text.slice(t.start, t.start + 40),
      articleCountries,
      k,
      locative,
      states,
    );
    if (!city || (!locative && city.population < 1_000_000 && !city.capital)) continue;
    if (!/\s/.test(city.name) && personNameAfter(doc, t.i, t.i + 1)) continue;
    const end = t.start + city.name.length;
    hits.push({
      start: t.start,
      end,
      tokenStart: t.i,
      key: `G:${city.geonameid}`,
      place: cityPlace(city, k),
    });
    for (const u of doc.tokens) if (u.start >= t.start && u.end <= end) taken.add(u.i);
  }
  return groupPlaces(doc.text, hits);
}

/** Mentions of known regions ("the West Bank", "North Darfur"): the longest name at a place wins. */
function regionHits(doc: Doc, regions: readonly Region[]): PlaceHit[] {
  const names = regions
    .flatMap((r) => [r.name, ...r.aliases].map((n) => ({ n, r })))
    .sort((a, b) => b.n.length - a.n.length);
  if (!names.length) return [];
  const byName = new Map(names.map((x) => [x.n, x.r]));
  const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${names.map((x) => esc(x.n)).join('|')})(?![\\p{L}\\d])`, 'gu');
  const out: PlaceHit[] = [];
  for (const m of doc.text.matchAll(re)) {
    const r = byName.get(m[0])!;
    const start = m.index;
    const tokenStart = tokenAt(doc, start);
    if (tokenStart < 0 || doc.tokens[tokenStart]?.start !== start) continue;
    out.push({
      start,
      end: start + m[0].length,
      tokenStart,
      key: `R:${r.name}`,
      place: { name: r.name, country: r.country, geonameid: null, lat: r.lat, lon: r.lon, kind: 'region' },
    });
  }
  return out;
}

/**
 * The city a name means here: the largest, unless the article names the country of a smaller
 * one (a modest pull) or, in the US, its state (a strong pull: "Paris" in a Texas story).
 */
function pickCity(
  cands: readonly City[],
  textFrom: string,
  countries: ReadonlySet<string>,
  k: Knowledge,
  lenient: boolean,
  states: CodeSet = NO_CODES,
): City | undefined {
  const head = fold(textFrom);
  const fits = cands.filter((c) => {
    const n = fold(c.name);
    return head.startsWith(n) && !/[\p{L}\d]/u.test(head.charAt(n.length));
  });
  if (!fits.length) return undefined;
  const score = (c: City) =>
    Math.log(Math.max(c.population, 1000)) +
    (countries.has(k.countryByIso2.get(c.iso2)?.code ?? '') ? 2 : 0) +
    (c.iso2 === 'US' && states.has(c.admin1) ? 8 : 0);
  const best = [...fits].sort((a, b) => score(b) - score(a))[0];
  return lenient || best.population > 100_000 || countries.has(k.countryByIso2.get(best.iso2)?.code ?? '')
    ? best
    : undefined;
}

function cityPlace(c: City, k: Knowledge): Omit<Place, 'id' | 'mentions'> {
  return {
    name: c.name,
    country: k.countryByIso2.get(c.iso2)?.code ?? null,
    geonameid: c.geonameid,
    lat: c.lat,
    lon: c.lon,
    kind: 'city',
  };
}

/** "Paris Hilton": a one-word place name right before another capitalised name, not after a locative word. */
function personNameAfter(doc: Doc, tokenStart: number, tokenEnd: number): boolean {
  const after = doc.tokens[tokenEnd];
  return (
    !isLocative(doc, tokenStart) &&
    !!after &&
    after.sent === doc.tokens[tokenStart].sent &&
    after.pos === 'PROPN' &&
    /^\p{Lu}/u.test(after.text) &&
    after.start === doc.tokens[tokenEnd - 1].end + 1
  );
}

function groupPlaces(text: string, hits: PlaceHit[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const h of hits.sort((a, b) => a.start - b.start)) {
    let p = byKey.get(h.key);
    if (!p) {
      p = { id: `p${byKey.size + 1}`, ...h.place, mentions: [] };
      byKey.set(h.key, p);
    }
    p.mentions.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end) });
  }
  return [...byKey.values()];
}

export const placesStage: Stage<'places'> = {
  name: 'places',
  requires: ['actors'],
  assigns: 'places',
  run: (doc, k, _ctx, got) => extractPlaces(doc, k, got.actors ?? []),
};
