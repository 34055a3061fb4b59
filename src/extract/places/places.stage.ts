import { type City, type CityIndex, cityIndex } from '../../knowledge/cities.js';
import { fold } from '../../knowledge/fold.js';
import type { Knowledge, Region } from '../../knowledge/knowledge.js';
import type { Country } from '../../knowledge/schema.js';
import type { Actor, Place } from '../../model/record.js';
import { type Doc, type Sentence, type Token, tokenAt } from '../../nlp/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { isLocative, metonymIsActor } from '../actors/metonymy.js';
import { entryOf, type Segment, segmentSentence, tokenKeys } from '../actors/segments.js';

/** A set of codes as pickCity reads it (the article's US states are found lazily). */
interface CodeSet {
  has(code: string): boolean;
}
const NO_CODES: CodeSet = new Set<string>();

type PlaceFields = Omit<Place, 'id' | 'mentions'>;

interface PlaceHit {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly key: string;
  readonly place: PlaceFields;
}

/** What the place finders share while reading one article. */
interface PlaceContext {
  readonly doc: Doc;
  readonly k: Knowledge;
  readonly cities: CityIndex;
  readonly keys: readonly string[];
  readonly actors: readonly Actor[];
  /** Countries the article's actors belong to. */
  readonly articleCountries: ReadonlySet<string>;
  readonly states: CodeSet;
  /** Tokens inside a place found already. */
  readonly taken: Set<number>;
  readonly hits: PlaceHit[];
}

/**
 * Places: countries named as locations ("in Afghanistan"), capitals and cities not used as
 * actors ("in Moscow", "the Moscow conference"), resolved to GeoNames with coordinates. An
 * ambiguous city name goes to the candidate in a country the article names, else the largest.
 */
export function extractPlaces(doc: Doc, k: Knowledge, actors: readonly Actor[]): Place[] {
  const cx: PlaceContext = {
    doc,
    k,
    cities: cityIndex(k.cityAliases),
    keys: tokenKeys(doc),
    actors,
    articleCountries: countriesOf(actors),
    states: new NamedStates(doc.text, k.usStates),
    taken: new Set<number>(),
    hits: [],
  };
  // Regions first ("East Jerusalem" before the metonym "Jerusalem").
  addRegionPlaces(cx);
  for (const s of doc.sentences) addLexiconPlaces(cx, s);
  addOtherCities(cx);
  return groupPlaces(doc.text, cx.hits);
}

function countriesOf(actors: readonly Actor[]): Set<string> {
  const out = new Set<string>();
  for (const a of actors) if (a.country) out.add(a.country);
  return out;
}

/** The US states an article names: looked for only when a US city is scored (50 text scans). */
class NamedStates implements CodeSet {
  private named: ReadonlySet<string> | undefined;

  constructor(
    private readonly text: string,
    private readonly usStates: Knowledge['usStates'],
  ) {}

  has(code: string): boolean {
    this.named ??= new Set(this.usStates.filter((st) => this.text.includes(st.name)).map((st) => st.code));
    return this.named.has(code);
  }
}

/** Known regions, unless part of an actor. */
function addRegionPlaces(cx: PlaceContext): void {
  for (const h of regionHits(cx.doc, cx.k.regions)) {
    if (inActor(cx.actors, h.start, h.end)) continue;
    cx.hits.push(h);
    takeSpan(cx, h.start, h.end);
  }
}

function inActor(actors: readonly Actor[], a: number, b: number): boolean {
  return actors.some((x) => x.mentions.some((m) => m.start < b && m.end > a));
}

/** Marks the tokens inside [start, end) as a place's. */
function takeSpan(cx: PlaceContext, start: number, end: number): void {
  // from the span's first token on (a scan of every token per place was quadratic on long texts)
  const { tokens } = cx.doc;
  for (let i = tokenAt(cx.doc, start); i < tokens.length && tokens[i].start < end; i++)
    if (tokens[i].start >= start && tokens[i].end <= end) cx.taken.add(i);
}

/** Countries and capitals of the actor lexicon in one sentence, where used as places. */
function addLexiconPlaces(cx: PlaceContext, s: Sentence): void {
  for (const seg of segmentSentence(cx.doc, cx.keys, s, cx.k)) {
    if (cx.taken.has(seg.tokenStart) || cx.taken.has(seg.tokenEnd - 1)) continue;
    if (!addSegmentPlace(cx, seg)) continue;
    for (let i = seg.tokenStart; i < seg.tokenEnd; i++) cx.taken.add(i);
  }
}

/** Adds the place a segment names; true when it is used as a place, even one no city matches. */
function addSegmentPlace(cx: PlaceContext, seg: Segment): boolean {
  const { doc } = cx;
  const country = entryOf(seg, 'country');
  const met = entryOf(seg, 'metonym');
  if (country && !met && isLocative(doc, seg.tokenStart) && !currencyAfter(doc, seg.tokenEnd)) {
    cx.hits.push(segmentHit(cx, seg, `C:${country.country.code}`, countryPlace(cx, country.country)));
    return true;
  }
  if (
    !met ||
    metonymIsActor(doc, seg.tokenStart, seg.tokenEnd) ||
    personNameAfter(doc, seg.tokenStart, seg.tokenEnd)
  )
    return false;
  const city = metonymCity(cx, seg, met.country);
  if (city) cx.hits.push(segmentHit(cx, seg, `G:${city.geonameid}`, cityPlace(city, cx.k)));
  return true;
}

/** "up to US $50 million": a currency, not a place. */
function currencyAfter(doc: Doc, i: number): boolean {
  return /^(\$|dollars?)$/.test(doc.tokens[i]?.lower ?? '');
}

/** The city a capital's name means here. */
function metonymCity(cx: PlaceContext, seg: Segment, own: Country): City | undefined {
  const cands = cx.cities.byFirstWord.get(cx.keys[seg.tokenStart]);
  if (!cands) return undefined;
  const { doc, articleCountries } = cx;
  const name = doc.text.slice(doc.tokens[seg.tokenStart].start, doc.tokens[seg.tokenEnd - 1].end);
  // "Tripoli" in a story about Lebanon, not Libya: the article's countries pull, unless they
  // hold the capital's own
  const pull =
    articleCountries.has(own.code) || !articleCountries.size ? new Set([own.code]) : articleCountries;
  return pickCity(cands, name, pull, cx.k, true, cx.states);
}

function segmentHit(cx: PlaceContext, seg: Segment, key: string, place: PlaceFields): PlaceHit {
  const start = cx.doc.tokens[seg.tokenStart].start;
  const end = cx.doc.tokens[seg.tokenEnd - 1].end;
  return placeHit(start, end, seg.tokenStart, key, place);
}

/** Other cities: capitalised, not part of an actor or place already, locative or large. */
function addOtherCities(cx: PlaceContext): void {
  const actorTokens = actorTokensOf(cx.doc, cx.actors);
  for (const t of cx.doc.tokens) {
    if (cx.taken.has(t.i) || actorTokens.has(t.i)) continue;
    const city = cityAt(cx, t);
    if (!city) continue;
    const end = t.start + city.name.length;
    cx.hits.push(placeHit(t.start, end, t.i, `G:${city.geonameid}`, cityPlace(city, cx.k)));
    takeSpan(cx, t.start, end);
  }
}

function actorTokensOf(doc: Doc, actors: readonly Actor[]): Set<number> {
  const out = new Set<number>();
  for (const a of actors)
    for (const m of a.mentions)
      for (let i = tokenAt(doc, m.start); i < doc.tokens.length && doc.tokens[i].end <= m.end; i++)
        out.add(i);
  return out;
}

/** The city a capitalised proper noun starts, if it is used as a place or is large. */
function cityAt(cx: PlaceContext, t: Token): City | undefined {
  const { doc, k } = cx;
  if (t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text) || k.placeStopwords.has(t.lower)) return undefined;
  const cands = cx.cities.byFirstWord.get(cx.keys[t.i]);
  if (!cands) return undefined;
  const locative = isLocative(doc, t.i);
  const city = pickCity(
    cands,
    doc.text.slice(t.start, t.start + 40),
    cx.articleCountries,
    k,
    locative,
    cx.states,
  );
  if (!city || (!locative && city.population < 1_000_000 && !city.capital)) return undefined;
  if (!/\s/.test(city.name) && personNameAfter(doc, t.i, t.i + 1)) return undefined;
  return city;
}

interface RegionMatcher {
  readonly re: RegExp;
  readonly byName: ReadonlyMap<string, Region>;
}
const matchers = new WeakMap<readonly Region[], RegionMatcher | null>();

/** One pattern over every region name, longest first; built once per region list. */
function regionMatcher(regions: readonly Region[]): RegionMatcher | null {
  let m = matchers.get(regions);
  if (m !== undefined) return m;
  const names = regions
    .flatMap((r) => [r.name, ...r.aliases].map((n) => ({ n, r })))
    .sort((a, b) => b.n.length - a.n.length);
  const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  m = names.length
    ? {
        re: new RegExp(`(?<![\\p{L}\\d])(?:${names.map((x) => esc(x.n)).join('|')})(?![\\p{L}\\d])`, 'gu'),
        byName: new Map(names.map((x) => [x.n, x.r])),
      }
    : null;
  matchers.set(regions, m);
  return m;
}

/** Mentions of known regions ("the West Bank", "North Darfur"): the longest name at a place wins. */
function regionHits(doc: Doc, regions: readonly Region[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  const matcher = regionMatcher(regions);
  if (!matcher) return out;
  for (const m of doc.text.matchAll(matcher.re)) {
    const r = matcher.byName.get(m[0])!;
    const start = m.index;
    const tokenStart = tokenAt(doc, start);
    if (tokenStart < 0 || doc.tokens[tokenStart]?.start !== start) continue;
    const place = placeFields(r.name, r.country, null, r.lat, r.lon, 'region');
    out.push(placeHit(start, start + m[0].length, tokenStart, `R:${r.name}`, place));
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
  let best: City | undefined;
  // scored only once a second name fits (a lone US city needs no state scan)
  let bestScore: number | undefined;
  for (const c of cands) {
    const n = fold(c.name);
    if (!head.startsWith(n) || /[\p{L}\d]/u.test(head.charAt(n.length))) continue;
    if (!best) {
      best = c;
      continue;
    }
    bestScore ??= cityScore(best, countries, k, states);
    const score = cityScore(c, countries, k, states);
    // the first of equal scores stays, as in a stable sort
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (!best) return undefined;
  return lenient || best.population > 100_000 || countries.has(k.countryByIso2.get(best.iso2)?.code ?? '')
    ? best
    : undefined;
}

function cityScore(c: City, countries: ReadonlySet<string>, k: Knowledge, states: CodeSet): number {
  return (
    Math.log(Math.max(c.population, 1000)) +
    (countries.has(k.countryByIso2.get(c.iso2)?.code ?? '') ? 2 : 0) +
    (c.iso2 === 'US' && states.has(c.admin1) ? 8 : 0)
  );
}

/** A country as a place, at its capital's coordinates. */
function countryPlace(cx: PlaceContext, c: Country): PlaceFields {
  const cap = cx.cities.capitalOf.get(c.iso2);
  return placeFields(c.name, c.code, null, cap?.lat ?? null, cap?.lon ?? null, 'country');
}

function cityPlace(c: City, k: Knowledge): PlaceFields {
  return placeFields(c.name, k.countryByIso2.get(c.iso2)?.code ?? null, c.geonameid, c.lat, c.lon, 'city');
}

// One shape for every place and hit (no spread copies): V8 recompiles this stage when it varies.
function placeFields(
  name: string,
  country: string | null,
  geonameid: number | null,
  lat: number | null,
  lon: number | null,
  kind: Place['kind'],
): PlaceFields {
  return { name, country, geonameid, lat, lon, kind };
}

function placeHit(start: number, end: number, tokenStart: number, key: string, place: PlaceFields): PlaceHit {
  return { start, end, tokenStart, key, place };
}

function placeRecord(id: string, f: PlaceFields): Place {
  return {
    id,
    name: f.name,
    country: f.country,
    geonameid: f.geonameid,
    lat: f.lat,
    lon: f.lon,
    kind: f.kind,
    mentions: [],
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
      p = placeRecord(`p${byKey.size + 1}`, h.place);
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
