import { fold } from '../../knowledge/fold.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Country, Organization, Person } from '../../knowledge/schema.js';
import type { Doc } from '../../nlp/doc.js';
import { type ActorMention, type ActorMentionFields, actorMention, withFields } from './actor-mention.js';
import { metonymIsActor } from './metonymy.js';
import { roleAt } from './role-at.js';
import { entryOf, type Segment } from './segments.js';

// Both fields always present: one shape for every owner.
type Owner = { country: Country; org: null } | { country: null; org: Organization };
const countryOwner = (country: Country): Owner => ({ country, org: null });
const orgOwner = (org: Organization): Owner => ({ country: null, org });

export interface ComposeContext {
  readonly doc: Doc;
  readonly k: Knowledge;
  readonly date: string | null;
  /** People already named in full in this article, for surname-only mentions. */
  readonly seenPeople: Set<Person>;
  /** Unknown people named with a title earlier ("Colonel John Smith"), by folded surname. */
  readonly seenUnknown: Map<string, ActorMention>;
}

/**
 * Segments of one sentence → actor mentions, by the composition rules:
 * [owner] title name → person; title name → person; owner sector → country+sector;
 * sector "of" country; person; organisation; country; institution; metonym used as actor.
 */
export function composeMentions(segs: readonly Segment[], cx: ComposeContext): ActorMention[] {
  const out: ActorMention[] = [];
  for (let j = 0; j < segs.length; j++) j = composeAt(segs, j, cx, out);
  return out;
}

/** The mentions segment `j` starts, pushed to `out`; returns the last segment they use. */
function composeAt(segs: readonly Segment[], j: number, cx: ComposeContext, out: ActorMention[]): number {
  const owner = ownerOf(segs[j]);
  const used =
    titledMention(segs, j, owner, cx, out) ??
    ownerSector(segs, j, owner, cx, out) ??
    sectorOfCountry(segs, j, cx, out) ??
    leaderGovernment(segs, j, cx, out);
  if (used !== undefined) return used;
  const m = segmentMention(segs, j, cx);
  if (m) out.push(m);
  return j;
}

/** Two segments are adjacent when only "'s" or nothing stands between them. */
function adjacent(doc: Doc, a: Segment | undefined, b: Segment | undefined): boolean {
  if (!a || !b) return false;
  if (b.tokenStart === a.tokenEnd) return true;
  return b.tokenStart === a.tokenEnd + 1 && /^['’]s?$/.test(doc.tokens[a.tokenEnd].lower);
}

/**
 * An owner reaches its sector or title over a few plain modifiers: "Bangladeshi peacekeeping
 * troops", "Nigerian junior foreign minister", "French paper workers".
 */
function owns(doc: Doc, a: Segment, b: Segment | undefined): boolean {
  return (
    adjacent(doc, a, b) || (!!b && b.tokenStart > a.tokenEnd && plainModifiers(doc, a.tokenEnd, b.tokenStart))
  );
}

/** [owner] title [name]: "the Russian foreign minister", "President Putin". */
function titledMention(
  segs: readonly Segment[],
  j: number,
  owner: Owner | undefined,
  cx: ComposeContext,
  out: ActorMention[],
): number | undefined {
  const { doc } = cx;
  const seg = segs[j];
  const n1 = segs[j + 1];
  const titleAt =
    owner && owns(doc, seg, n1) && entryOf(n1, 'title') ? j + 1 : !owner && entryOf(seg, 'title') ? j : -1;
  if (titleAt < 0) return undefined;
  const titleSeg = segs[titleAt];
  const nameSeg = segs[titleAt + 1];
  const title = entryOf(titleSeg, 'title')!.title;
  const first = owner ? seg : titleSeg;
  if (adjacent(doc, titleSeg, nameSeg) && (entryOf(nameSeg, 'person') || nameSeg.unknownName)) {
    out.push(personMention(first, nameSeg, title.title, title.sector, owner, cx, 'title-name'));
    return titleAt + 1;
  }
  if (!owner?.country) return undefined;
  const holder = holderOf(owner.country, [title.title, ...title.aliases], cx);
  out.push(
    holder
      ? personMention(first, titleSeg, title.title, title.sector, owner, cx, 'owner-title', holder)
      : mention(cx, first, titleSeg, {
          key: `R:${owner.country.code}:${fold(title.title)}`,
          code: owner.country.code + title.sector,
          name: `${owner.country.name} ${title.title}`,
          kind: 'person',
          country: owner.country.code,
          role: title.title,
          sector: title.sector,
          known: false,
          confidence: 0.6,
          reason: 'owner-title',
        }),
  );
  return titleAt;
}

/** owner sector: "the Afghan government", "US troops", "Afghanistan's army". */
function ownerSector(
  segs: readonly Segment[],
  j: number,
  owner: Owner | undefined,
  cx: ComposeContext,
  out: ActorMention[],
): number | undefined {
  const { doc } = cx;
  const seg = segs[j];
  const n1 = segs[j + 1];
  if (!owner || !owns(doc, seg, n1) || !entryOf(n1, 'sector') || entryOf(n1, 'title')) return undefined;
  const code = entryOf(n1, 'sector')!.sector.code;
  // "Sierra Leonean and Liberian refugees", "US and British forces": a coordinated owner
  // before shares the sector, unless it is an actor of its own already.
  const p = segs[j - 1];
  const pOwner = p && ownerOf(p);
  const link = p && seg.tokenStart === p.tokenEnd + 1 ? doc.tokens[p.tokenEnd].lower : '';
  // an adjective ("Liberian") or an abbreviation used as one ("US"), not a name ("Russia and …")
  const pText = p ? doc.text.slice(doc.tokens[p.tokenStart].start, doc.tokens[p.tokenEnd - 1].end) : '';
  const adjectival = !!p && (!!entryOf(p, 'demonym') || /^[A-Z.]{2,5}$/.test(pText));
  if (pOwner?.country && adjectival && (link === 'and' || link === 'or')) {
    const pStart = doc.tokens[p.tokenStart].start;
    const i = out.findIndex((m) => m.start === pStart && m.reason !== 'owner-sector');
    if (i >= 0 && out[i].kind === 'state') out.splice(i, 1);
    if (!out.some((m) => m.start === pStart))
      out.push(sectorMention(p, p, pOwner, code, cx, 'owner-sector-coordinated'));
  }
  out.push(sectorMention(seg, n1, owner, code, cx, 'owner-sector'));
  return j + 1;
}

/**
 * sector "of/from/in" country: "the government of Afghanistan", "soldiers from Gondor",
 * "officials in Kabul" (a capital stands for its state here).
 */
function sectorOfCountry(
  segs: readonly Segment[],
  j: number,
  cx: ComposeContext,
  out: ActorMention[],
): number | undefined {
  const { doc } = cx;
  const seg = segs[j];
  const n1 = segs[j + 1];
  const sec = entryOf(seg, 'sector');
  if (!sec) return undefined;
  // the link word may take "the" before the country ("rebels in the Ivory Coast")
  const gap = n1 ? n1.tokenStart - seg.tokenEnd : 0;
  const linked = gap === 1 || (gap === 2 && doc.tokens[seg.tokenEnd + 1].lower === 'the');
  const link = linked ? doc.tokens[seg.tokenEnd].lower : '';
  const place = link ? linkedCountry(doc, seg, sec.sector.code, link, n1) : undefined;
  if (!place) return undefined;
  out.push(
    sectorMention(seg, n1, countryOwner(place.country), sec.sector.code, cx, `sector-${link}-country`),
  );
  return j + 1;
}

/**
 * The country or capital a sector's link word takes: "of" a country; "in" a capital, or a
 * country for its own people (HOME_SECTORS); "from" only for a sentence's subject ("Soldiers
 * from Gondor", not "pulled troops from X").
 */
function linkedCountry(doc: Doc, seg: Segment, sector: string, link: string, n1: Segment | undefined) {
  const sent = doc.sentences[doc.tokens[seg.tokenStart].sent];
  const opening =
    seg.tokenStart === sent.tokenStart ||
    (doc.tokens[seg.tokenStart - 1]?.pos === 'DET' && doc.tokens[seg.tokenStart - 1].i === sent.tokenStart);
  if (link === 'of') return entryOf(n1, 'country');
  if (link === 'in')
    return (
      entryOf(n1, 'metonym') ??
      // a sentence's subject "in" a country is its own when the sector is one a state
      // keeps at home ("Security forces in Guinea have …"); troops there may be anyone's
      (HOME_SECTORS.has(sector) || (opening && LOCAL_FORCES.has(segText(doc, seg)))
        ? entryOf(n1, 'country')
        : undefined)
    );
  return link === 'from' && opening ? (entryOf(n1, 'country') ?? entryOf(n1, 'metonym')) : undefined;
}

/** "the Bush administration", "the Putin government": a leader's government is their country's. */
function leaderGovernment(
  segs: readonly Segment[],
  j: number,
  cx: ComposeContext,
  out: ActorMention[],
): number | undefined {
  const seg = segs[j];
  const n1 = segs[j + 1];
  const person = entryOf(seg, 'person');
  const ledBy = person && adjacent(cx.doc, seg, n1) ? leaderCountry(person.person, n1, cx) : undefined;
  if (!ledBy) return undefined;
  out.push(sectorMention(seg, n1!, countryOwner(ledBy), 'GOV', cx, 'leader-government'));
  return j + 1;
}

/** The mention one segment makes on its own: a person, organisation, institution or state. */
function segmentMention(segs: readonly Segment[], j: number, cx: ComposeContext): ActorMention | undefined {
  const { doc } = cx;
  const seg = segs[j];
  const person = entryOf(seg, 'person');
  if (person && (!person.surnameOnly || isSurnameOk(person.person, cx)))
    return personMention(seg, seg, null, null, undefined, cx, 'person-name');
  const org = entryOf(seg, 'org');
  if (org) {
    // "NATO-member Norway", "EU member Hungary": the organisation only describes the state
    const t1 = doc.tokens[seg.tokenEnd];
    const memberOf =
      (t1?.lower === 'member' || (t1?.lower === '-' && doc.tokens[seg.tokenEnd + 1]?.lower === 'member')) &&
      !!entryOf(segs[j + 1], 'country');
    return memberOf ? undefined : orgMention(cx, seg, seg, org.org, 0.9, 'organization');
  }
  const inst = entryOf(seg, 'institution');
  if (inst) return sectorMention(seg, seg, countryOwner(inst.country), inst.sector, cx, 'institution');
  const country = entryOf(seg, 'country');
  // "US $50 million", "US dollars": a currency, not the state
  if (country)
    return /^(\$|dollars?)$/.test(doc.tokens[seg.tokenEnd]?.lower ?? '')
      ? undefined
      : stateMention(cx, seg, country.country, 0.9, 'country');
  if (seg.unknownName) return unknownSurname(seg, cx);
  return statePeopleOrPlace(seg, cx);
}

/** "Smith added …" after "Colonel John Smith": the same unknown person. */
function unknownSurname(seg: Segment, cx: ComposeContext): ActorMention | undefined {
  const sur = fold(cx.doc.tokens[seg.tokenEnd - 1].text);
  const first = cx.seenUnknown.get(sur);
  return first && seg.tokenEnd - seg.tokenStart <= 2
    ? mention(cx, seg, seg, withFields(first, { confidence: 0.55, reason: 'unknown-surname' }))
    : undefined;
}

/** A demonym or a capital standing for its state. */
function statePeopleOrPlace(seg: Segment, cx: ComposeContext): ActorMention | undefined {
  const { doc } = cx;
  // "The Palestinians reject …": a plural demonym on its own is the people of the state.
  const dem = entryOf(seg, 'demonym');
  if (dem?.plural && !entryOf(seg, 'country', 'org', 'person'))
    return stateMention(cx, seg, dem.country, 0.7, 'plural-demonym');
  // "rejected an Australian ultimatum": a demonym owning a thing stands for its state, as
  // "Australia's ultimatum" would; only when a plain noun follows it.
  if (dem && !dem.plural && !entryOf(seg, 'country', 'org', 'person') && ownsThing(doc, seg.tokenEnd))
    return stateMention(cx, seg, dem.country, 0.5, 'demonym-owner');
  const met = entryOf(seg, 'metonym');
  return met && metonymIsActor(doc, seg.tokenStart, seg.tokenEnd)
    ? stateMention(cx, seg, met.country, 0.75, 'metonym')
    : undefined;
}

const MAX_MODIFIERS = 2;
// Sectors whose members "in" a country are its own people ("rebels in Chad"); troops or
// diplomats there may be anyone's.
const HOME_SECTORS = new Set(['REB', 'OPP', 'CVL', 'LAB', 'EDU', 'AGR', 'REL', 'BUS', 'ELI']);

// Bodies a state keeps at home: "officials in Kyiv", "police in Togo" are that state's own.
const LOCAL_FORCES = new Set([
  'security forces',
  'security services',
  'police',
  'riot police',
  'authorities',
  'officials',
  'government officials',
  'army',
  'armed forces',
  'courts',
]);
const segText = (doc: Doc, seg: Segment) =>
  fold(doc.text.slice(doc.tokens[seg.tokenStart].start, doc.tokens[seg.tokenEnd - 1].end));

/** Tokens [from, to) are at most two lower-case adjectives or nouns ("peacekeeping", "junior"). */
function plainModifiers(doc: Doc, from: number, to: number): boolean {
  if (to - from > MAX_MODIFIERS) return false;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    // not a verb: "attacks in Afghanistan targeting journalists"
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  }
  return true;
}

// "the Thai border", "the Iraqi city of Basra": a place of the country, not an act of its state.
const PLACE_NOUNS = new Set([
  'border',
  'borders',
  'frontier',
  'capital',
  'city',
  'town',
  'village',
  'villages',
  'coast',
  'side',
  'soil',
  'territory',
  'waters',
  'airspace',
  'province',
  'region',
  'island',
  'port',
  'mainland',
  'countryside',
  // a currency or a language is no act of the state: "the Australian dollar", "the Russian language"
  'dollar',
  'dollars',
  'language',
  'languages',
]);

/** A lower-case noun (after at most one adjective) at token `i`: "ultimatum", "peace plan". */
function ownsThing(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const u = doc.tokens[i + 1];
  const lower = (x: typeof t | undefined) => !!x && /^\p{Ll}/u.test(x.text);
  const noun = t?.pos === 'NOUN' ? t : t?.pos === 'ADJ' && u?.pos === 'NOUN' ? u : undefined;
  return lower(t) && lower(noun) && !PLACE_NOUNS.has(noun!.lower);
}

function ownerOf(seg: Segment): Owner | undefined {
  const c = entryOf(seg, 'demonym', 'country');
  if (c) return countryOwner(c.country);
  const o = entryOf(seg, 'org');
  return o ? orgOwner(o.org) : undefined;
}

const LEADER_GOVERNMENT = new Set([
  'administration',
  'government',
  'cabinet',
  'regime',
  'junta',
  'presidency',
]);

/**
 * The country whose government a leader's name before "administration"/"government" names: the
 * leader's role on the date, else their highest office with a country.
 */
function leaderCountry(p: Person, next: Segment | undefined, cx: ComposeContext): Country | undefined {
  if (!next || next.tokenEnd - next.tokenStart !== 1 || entryOf(next, 'sector')?.sector.code !== 'GOV')
    return;
  if (!LEADER_GOVERNMENT.has(cx.doc.tokens[next.tokenStart].lower)) return;
  const now = roleAt(p, cx.date);
  const code = now.current
    ? now.country
    : [...p.roles].sort((a, b) => leaderRank(a.title) - leaderRank(b.title)).find((r) => r.country)?.country;
  return code ? cx.k.countryByCode.get(code) : undefined;
}

const leaderRank = (title: string) => {
  const i = ['president', 'prime minister', 'chancellor', 'king', 'emir', 'leader'].findIndex((o) =>
    title.toLowerCase().includes(o),
  );
  return i < 0 ? 9 : i;
};

function isSurnameOk(p: Person, cx: ComposeContext): boolean {
  return cx.seenPeople.has(p) || roleAt(p, cx.date).current;
}

/** The person who held a title for a country on the date ("the Russian foreign minister" in 2021). */
function holderOf(country: Country, titles: readonly string[], cx: ComposeContext): Person | undefined {
  if (!cx.date) return undefined;
  const names = new Set(titles.map(fold));
  return peopleOf(cx.k.people, country.code).find((p) => {
    const r = roleAt(p, cx.date);
    return r.current && r.country === country.code && r.title != null && names.has(fold(r.title));
  });
}

function personMention(
  first: Segment,
  nameSeg: Segment,
  title: string | null,
  sector: string | null,
  owner: Owner | undefined,
  cx: ComposeContext,
  reason: string,
  holder?: Person,
): ActorMention {
  const known = holder ?? entryOf(nameSeg, 'person')?.person;
  if (known) {
    cx.seenPeople.add(known);
    const r = roleAt(known, cx.date);
    return mention(cx, first, nameSeg, {
      key: `P:${known.name}`,
      code: r.code,
      name: known.name,
      kind: 'person',
      country: r.country,
      role: r.title ?? title,
      sector: r.code ? r.code.slice(3, 6) || null : sector,
      known: true,
      confidence: 0.9,
      reason,
    });
  }
  const name = cx.doc.text.slice(
    cx.doc.tokens[nameSeg.tokenStart].start,
    cx.doc.tokens[nameSeg.tokenEnd - 1].end,
  );
  const country = owner?.country ? owner.country.code : owner?.org ? owner.org.country : null;
  const code = owner?.org ? owner.org.code : country && sector ? country + sector : country;
  const m = mention(cx, first, nameSeg, {
    key: `U:${fold(name.split(/\s+/).pop()!)}`,
    code,
    name,
    kind: 'person',
    country,
    role: title,
    sector,
    known: false,
    confidence: 0.6,
    reason,
  });
  cx.seenUnknown.set(fold(name.split(/\s+/).pop()!), m);
  return m;
}

function sectorMention(
  first: Segment,
  last: Segment,
  owner: Owner,
  sector: string,
  cx: ComposeContext,
  reason: string,
): ActorMention {
  if (owner.org) {
    const o = owner.org;
    return orgMention(cx, first, last, o, 0.85, reason);
  }
  const c = owner.country;
  const kind =
    sector === 'GOV' || sector === 'LEG' || sector === 'JUD'
      ? 'government'
      : sector === 'MIL' || sector === 'REB' || sector === 'INS'
        ? 'armed-group'
        : 'sector';
  const text = cx.doc.text
    .slice(cx.doc.tokens[first.tokenStart].start, cx.doc.tokens[last.tokenEnd - 1].end)
    .replace(/^the\s+/i, '');
  return mention(cx, first, last, {
    key: `C:${c.code}${sector}`,
    code: c.code + sector,
    name: sector === 'GOV' ? `Government of ${c.name}` : text,
    kind,
    country: c.code,
    role: null,
    sector,
    known: true,
    confidence: 0.85,
    reason,
  });
}

/** A mention of a state itself ("Russia", "Moscow's role", "the Palestinians"). */
function stateMention(
  cx: ComposeContext,
  seg: Segment,
  c: Country,
  confidence: number,
  reason: string,
): ActorMention {
  return mention(cx, seg, seg, {
    key: `S:${c.code}`,
    code: c.code,
    name: c.name,
    kind: 'state',
    country: c.code,
    role: null,
    sector: null,
    known: true,
    confidence,
    reason,
  });
}

/** A mention of an organisation or group, whatever sector word follows it ("Taliban delegation"). */
function orgMention(
  cx: ComposeContext,
  first: Segment,
  last: Segment,
  o: Organization,
  confidence: number,
  reason: string,
): ActorMention {
  const kind = o.kind === 'government' ? 'government' : o.kind;
  return mention(cx, first, last, {
    key: `O:${o.code}`,
    code: o.code,
    name: o.name,
    kind,
    country: o.country,
    role: null,
    sector: o.sector,
    known: true,
    confidence,
    reason,
  });
}

function mention(cx: ComposeContext, first: Segment, last: Segment, m: ActorMentionFields): ActorMention {
  let ts = first.tokenStart;
  if (cx.doc.tokens[ts].lower === 'the' && ts + 1 < last.tokenEnd) ts++;
  return actorMention(cx.doc.tokens[ts].start, cx.doc.tokens[last.tokenEnd - 1].end, ts, last.tokenEnd, m);
}

const PEOPLE_BY_COUNTRY = new WeakMap<readonly Person[], Map<string, Person[]>>();

/**
 * The people with a role in a country, in knowledge order: only they can hold its titles, and
 * working out the role of every known person on a date for each "the Russian foreign minister"
 * cost more than the rest of the actor stage's composition.
 */
function peopleOf(people: readonly Person[], country: string): readonly Person[] {
  let index = PEOPLE_BY_COUNTRY.get(people);
  if (!index) {
    index = new Map();
    for (const p of people)
      for (const c of new Set(p.roles.map((r) => r.country))) {
        if (!c) continue;
        const list = index.get(c);
        if (list) list.push(p);
        else index.set(c, [p]);
      }
    PEOPLE_BY_COUNTRY.set(people, index);
  }
  return index.get(country) ?? [];
}
