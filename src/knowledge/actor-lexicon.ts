import { phraseKeys } from './phrase-keys.js';
import type { Country, Organization, Person, Sector, Title } from './schema.js';
import { TokenTrie } from './token-trie.js';

/** What a dictionary phrase can be; one phrase may have several ("Washington": metonym, city). */
export type LexEntry = LexKind & {
  /** The alias is an acronym ("US", "IS", "WHO"): the text must be upper case too. */
  readonly caps: boolean;
};

type LexKind =
  | { readonly kind: 'country'; readonly country: Country }
  | { readonly kind: 'demonym'; readonly country: Country; readonly plural: boolean }
  | { readonly kind: 'metonym'; readonly country: Country }
  | { readonly kind: 'institution'; readonly country: Country; readonly sector: string }
  | { readonly kind: 'org'; readonly org: Organization }
  | { readonly kind: 'person'; readonly person: Person; readonly surnameOnly: boolean }
  | { readonly kind: 'title'; readonly title: Title }
  | { readonly kind: 'sector'; readonly sector: Sector };

export interface ActorLexicon {
  readonly trie: TokenTrie<LexEntry>;
}

/** Builds one token trie over every actor name, alias, demonym, metonym, title and sector word. */
export function buildActorLexicon(k: {
  countries: readonly Country[];
  organizations: readonly Organization[];
  people: readonly Person[];
  sectors: readonly Sector[];
  titles: readonly Title[];
}): ActorLexicon {
  const trie = new TokenTrie<LexEntry>();
  const add = (phrase: string, kind: LexKind) => {
    const keys = phraseKeys(phrase);
    const e = lexEntry(kind, /^[A-Z][A-Z.&-]{0,6}$/.test(phrase));
    trie.insert(keys, e);
    // "the Kremlin" and "Kremlin" both: articles drop or keep the article.
    if (keys[0] === 'the' && keys.length > 1) trie.insert(keys.slice(1), e);
  };
  for (const c of k.countries) {
    for (const n of new Set([c.name, ...c.aliases])) add(n, { kind: 'country', country: c });
    for (const d of c.demonyms)
      add(d, { kind: 'demonym', country: c, plural: /s$/i.test(d) && !/ss$|ese$/i.test(d) });
    for (const m of c.metonyms) add(m, { kind: 'metonym', country: c });
    for (const i of c.institutions) add(i.name, { kind: 'institution', country: c, sector: i.sector });
  }
  for (const o of k.organizations)
    for (const n of new Set([o.name, ...o.aliases])) add(n, { kind: 'org', org: o });
  for (const p of k.people) {
    add(p.name, { kind: 'person', person: p, surnameOnly: false });
    for (const a of p.aliases) add(a, { kind: 'person', person: p, surnameOnly: !/\s/.test(a) });
  }
  for (const t of k.titles)
    for (const n of new Set([t.title, ...t.aliases])) add(n, { kind: 'title', title: t });
  for (const s of k.sectors) for (const n of s.triggers) add(n, { kind: 'sector', sector: s });
  return { trie };
}

// One shape per kind, `caps` always present: V8 recompiles the stages that read entries when it varies.
function lexEntry(k: LexKind, caps: boolean): LexEntry {
  switch (k.kind) {
    case 'country':
      return { kind: k.kind, country: k.country, caps };
    case 'demonym':
      return { kind: k.kind, country: k.country, plural: k.plural, caps };
    case 'metonym':
      return { kind: k.kind, country: k.country, caps };
    case 'institution':
      return { kind: k.kind, country: k.country, sector: k.sector, caps };
    case 'org':
      return { kind: k.kind, org: k.org, caps };
    case 'person':
      return { kind: k.kind, person: k.person, surnameOnly: k.surnameOnly, caps };
    case 'title':
      return { kind: k.kind, title: k.title, caps };
    case 'sector':
      return { kind: k.kind, sector: k.sector, caps };
  }
}
