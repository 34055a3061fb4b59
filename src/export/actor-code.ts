import type { Knowledge } from '../knowledge/knowledge.js';

/** What a CAMEO-style actor code says, block by block. */
export interface CodeParts {
  /** ISO alpha-3 country of the first block, when it is one. */
  readonly country: string | null;
  /** The first block that is neither the country nor a sector (TAL, UNO…). */
  readonly knownGroup: string | null;
  /** Sector blocks in order (GOV, MIL, IGO…). */
  readonly types: readonly string[];
  /** A readable name: the organisation's, else country and sector names. */
  readonly name: string;
}

interface Index {
  readonly sectors: ReadonlyMap<string, string>;
  readonly orgs: ReadonlyMap<string, string>;
  readonly memo: Map<string, CodeParts>;
}
const indexes = new WeakMap<Knowledge, Index>();

function indexOf(knowledge: Knowledge): Index {
  let index = indexes.get(knowledge);
  if (!index) {
    index = {
      sectors: new Map(knowledge.sectors.map((s) => [s.code, s.name])),
      orgs: new Map(knowledge.organizations.map((o) => [o.code, o.name])),
      memo: new Map(),
    };
    indexes.set(knowledge, index);
  }
  return index;
}

/**
 * Splits a code into its 3-letter blocks: `AFGGOV` → country AFG, types [GOV];
 * `IGOUNO` → types [IGO], group UNO; `TAL` → group TAL. Memoised per knowledge.
 */
export function describeCode(code: string, knowledge: Knowledge): CodeParts {
  const index = indexOf(knowledge);
  const known = index.memo.get(code);
  if (known) return known;
  const blocks = code.match(/[A-Z0-9]{3}/g) ?? [];
  let country: string | null = null;
  let knownGroup: string | null = null;
  const types: string[] = [];
  blocks.forEach((b, i) => {
    if (i === 0 && knowledge.countryByCode.has(b)) country = b;
    else if (index.sectors.has(b)) types.push(b);
    else knownGroup ??= b;
  });
  const composed = [
    country ? knowledge.countryByCode.get(country)?.name : null,
    ...types.map((t) => index.sectors.get(t)),
  ];
  const name = index.orgs.get(code) ?? (composed.filter(Boolean).join(' ') || code);
  const parts = { country, knownGroup, types, name };
  if (index.memo.size > 50_000) index.memo.clear(); // bounded: exports stay constant-memory
  index.memo.set(code, parts);
  return parts;
}

/** Names of sector codes ("GOV" → "Government"); unknown codes as given. */
export function sectorNames(codes: readonly string[], knowledge: Knowledge): string[] {
  const { sectors } = indexOf(knowledge);
  return codes.map((c) => sectors.get(c) ?? c);
}
