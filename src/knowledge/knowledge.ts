import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { type ActorLexicon, buildActorLexicon } from './actor-lexicon.js';
import { type EventKnowledge, loadEventKnowledge } from './event-knowledge.js';
import {
  type Country,
  CountrySchema,
  type Organization,
  OrganizationSchema,
  type Person,
  PersonSchema,
  type Sector,
  SectorSchema,
  type Title,
  TitleSchema,
} from './schema.js';

/** Everything the stages know, loaded once per process from `knowledge/`. */
export interface Knowledge {
  /** Hash of the knowledge files, stored in every record's meta. */
  readonly version: string;
  readonly countries: readonly Country[];
  readonly countryByCode: ReadonlyMap<string, Country>;
  readonly countryByIso2: ReadonlyMap<string, Country>;
  readonly organizations: readonly Organization[];
  readonly people: readonly Person[];
  readonly sectors: readonly Sector[];
  readonly titles: readonly Title[];
  readonly lexicon: ActorLexicon;
  readonly events: EventKnowledge;
  /** Capitalised words that are never place names on their own ("March", "Police"). */
  readonly placeStopwords: ReadonlySet<string>;
  /** US states (GeoNames admin1 codes), to place "Paris" in a Texas story in Texas. */
  readonly usStates: readonly { code: string; name: string }[];
  /** English names of cities that GeoNames spells otherwise ("Geneva" for Genève). */
  readonly cityAliases: readonly { name: string; geonameid: number }[];
  /** Regions inside one state that news names as places ("the West Bank", "Darfur"). */
  readonly regions: readonly Region[];
}

/** A region of one state, with its other names and a central point. */
export interface Region {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

/** The knowledge folder shipped with parley. */
export const DEFAULT_KNOWLEDGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge');

let cached: Knowledge | undefined;

/** Loads (once) and validates the knowledge files; a bad file fails loudly, naming it. */
export function loadKnowledge(
  dir = DEFAULT_KNOWLEDGE_DIR,
  extra: { people?: Person[]; organizations?: Organization[] } = {},
): Knowledge {
  if (cached && dir === DEFAULT_KNOWLEDGE_DIR && !extra.people && !extra.organizations) return cached;
  const hash = createHash('sha256');
  const read = <T>(file: string, schema: z.ZodType<T>): T[] => {
    const path = join(dir, file);
    if (!existsSync(path)) return [];
    const text = readFileSync(path, 'utf8');
    hash.update(text);
    const parsed = schema.array().safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new Error(
        `knowledge file ${path} is invalid: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
      );
    return parsed.data;
  };
  const countries = read('actors/countries.json', CountrySchema);
  const organizations = [
    ...read('actors/organizations.json', OrganizationSchema),
    ...read('actors/groups.json', OrganizationSchema),
    ...(extra.organizations ?? []),
  ];
  const peopleDir = join(dir, 'people');
  const people = mergePeople([
    ...(existsSync(peopleDir)
      ? readdirSync(peopleDir)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : []
    ).flatMap((f) => read(`people/${f}`, PersonSchema)),
    ...(extra.people ?? []),
  ]);
  const sectors = read('actors/sectors.json', SectorSchema);
  const titles = read('actors/titles.json', TitleSchema);
  const stopPath = join(dir, 'places', 'stopwords.json');
  const placeStopwords = new Set<string>(
    existsSync(stopPath)
      ? (JSON.parse(readFileSync(stopPath, 'utf8')) as string[]).map((s) => s.toLowerCase())
      : [],
  );
  const statesPath = join(dir, 'places', 'us-states.json');
  const usStates = existsSync(statesPath)
    ? (JSON.parse(readFileSync(statesPath, 'utf8')) as { code: string; name: string }[])
    : [];
  const aliasPath = join(dir, 'places', 'city-aliases.json');
  const cityAliases = existsSync(aliasPath)
    ? (JSON.parse(readFileSync(aliasPath, 'utf8')) as { name: string; geonameid: number }[])
    : [];
  const regionPath = join(dir, 'places', 'regions.json');
  const regions = existsSync(regionPath) ? (JSON.parse(readFileSync(regionPath, 'utf8')) as Region[]) : [];
  const events = loadEventKnowledge(dir, hash);
  const k: Knowledge = {
    version: hash.digest('hex').slice(0, 12),
    countries,
    countryByCode: new Map(countries.map((c) => [c.code, c])),
    countryByIso2: new Map(countries.map((c) => [c.iso2, c])),
    organizations,
    people,
    sectors,
    titles,
    lexicon: buildActorLexicon({ countries, organizations, people, sectors, titles }),
    events,
    placeStopwords,
    usStates,
    cityAliases,
    regions,
  };
  if (dir === DEFAULT_KNOWLEDGE_DIR && !extra.people && !extra.organizations) cached = k;
  return k;
}

/** Several people files may hold the same person (a leader who was a minister first): one entry each. */
export function mergePeople(list: readonly Person[]): Person[] {
  const byName = new Map<string, Person>();
  for (const p of list) {
    const key = p.name.toLowerCase();
    const have = byName.get(key);
    if (!have) {
      byName.set(key, { ...p, aliases: [...p.aliases], roles: [...p.roles] });
      continue;
    }
    for (const a of p.aliases) if (!have.aliases.includes(a)) have.aliases.push(a);
    for (const r of p.roles) {
      if (
        !have.roles.some(
          (x) =>
            x.code === r.code &&
            x.title.toLowerCase() === r.title.toLowerCase() &&
            x.from.slice(0, 7) === r.from.slice(0, 7),
        )
      )
        have.roles.push(r);
    }
  }
  return [...byName.values()];
}
