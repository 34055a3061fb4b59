import { z } from 'zod';

/**
 * The formats of parley's knowledge files (under `knowledge/`). Knowledge is data authored by
 * this project; these schemas are checked by the knowledge lint test and at load time.
 */

const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
const Code = z.string().regex(/^[A-Z]{3}([A-Z]{3})*$/, 'CAMEO-style code: groups of three capitals');

/** knowledge/actors/countries.json */
export const CountrySchema = z.object({
  code: z.string().regex(/^[A-Z]{3}$/),
  iso2: z.string().regex(/^[A-Z]{2}$/),
  name: z.string(),
  /** Other names: "US", "U.S.", "America", "United States of America". */
  aliases: z.array(z.string()),
  /** Adjectives and demonyms: "Afghan", "Afghans", "Russian". */
  demonyms: z.array(z.string()),
  capital: z.string().nullable(),
  /** Place names that stand for the state when used as an actor (capital, seat of government). */
  metonyms: z.array(z.string()),
  /** "the Kremlin" → GOV of this country. */
  institutions: z.array(z.object({ name: z.string(), sector: z.string().regex(/^[A-Z]{3}$/) })),
  /** true for UN members; false for observers and territories. */
  un: z.boolean(),
  /** Valid from/to, for states that ended or began (Soviet Union to 1991-12-26). */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

/** knowledge/actors/sectors.json */
export const SectorSchema = z.object({
  code: z.string().regex(/^[A-Z]{3}$/),
  name: z.string(),
  /** Nouns that, after a country or demonym, make "country + sector": "government", "troops". */
  triggers: z.array(z.string()),
  /** Which actor kind a composed actor of this sector is. */
  kind: z.enum(['government', 'organization', 'armed-group', 'sector', 'group']),
});

/** knowledge/actors/organizations.json and knowledge/actors/groups.json */
export const OrganizationSchema = z.object({
  code: Code,
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(['organization', 'armed-group', 'group', 'government']),
  /** Home country, when the group has one (Taliban: AFG). */
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  sector: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export const RoleSchema = z.object({
  /** Actor code while the role is held: USAGOV, RUSGOV, TAL, IGOUNO … */
  code: Code,
  /** "President", "Foreign Minister", "Secretary-General". */
  title: z.string(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  from: IsoDate,
  /** null: still holds it. */
  to: IsoDate.nullable(),
});

/** knowledge/people/*.json */
export const PersonSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(RoleSchema).min(1),
});

/** knowledge/actors/titles.json: role words that precede a name and say which sector it is. */
export const TitleSchema = z.object({
  title: z.string(),
  sector: z.string().regex(/^[A-Z]{3}$/),
  /** Words that also mean this title ("foreign secretary" for "Foreign Minister"). */
  aliases: z.array(z.string()),
});

export type Country = z.infer<typeof CountrySchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Title = z.infer<typeof TitleSchema>;
