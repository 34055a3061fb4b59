import type { EventKnowledge } from '../../knowledge/event-knowledge.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Actor, ParleyEvent, Place, Quote, Time } from '../../model/record.js';
import { type Doc, firstStartingAt, type Sentence } from '../../nlp/doc.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import type { ActorMention } from '../actors/actor-mention.js';
import { foldAttackMethods, isAttackMeans } from './attack-method.refiner.js';
import { clauseAround } from './clause.js';
import { complementHosts, withComplement } from './complements.js';
import { type EventDate, eventDate, type TimeSpot, timeSpots } from './event-date.js';
import { mergeEvents } from './merge-events.refiner.js';
import { asDemand, demandOver, type ReportedDemand, reportedDemands } from './reported-demand.js';
import {
  makeSlotContext,
  nextActorPhrase,
  resolveSlot,
  type SlotContext,
  subjectOf,
  takesComplement,
  targetReach,
} from './slots.js';
import { asStatedIntent } from './stated-intent.js';
import { eventStatus, type StatusResult } from './status.js';
import { matchTriggers, type TriggerMatch, type TriggerRule } from './trigger-match.parser.js';
import { sentenceWords, type Word } from './words.js';

const GUEST_CUES = new Set([
  'between',
  'with',
  'bring',
  'together',
  'include',
  'including',
  'among',
  'gather',
  'attend',
  'join',
]);
/**
 * Event types that act on a territory: with no actor as target, a place in the clause is one.
 * RETREAT too: "evacuated settlements in X", "lifted the curfew in X", "allowed aid into X".
 */
const TERRITORY_TYPES = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'SANCTION', 'AID', 'RETREAT']);
/** Threats of curfews, emergency rule, repression or force (CAMEO 132, 137, 138) act on a territory too. */
const TERRITORY_THREATS = /^13[278]/;
const LOCATED_BEFORE =
  /\b(in|at|near|into)\s+(the\s+)?((north|south)(-?(east|west))?(ern)?\s+|(east|west|central)(ern)?\s+)?$/i;
const WISH_RULE = /^status\.(want|hope|seek|wish|urge|ask|call|press|push|demand|get|persuade|encourage)-to$/;

export interface EventInputs {
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly times: readonly Time[];
  readonly quotes: readonly Quote[];
}

/** The verb whose object phrase holds the noun at `i` ("provide … aid"), within 8 words. */
function governingVerb(words: readonly Word[], i: number, clauseStart: number): number | null {
  for (let j = i - 1; j >= Math.max(clauseStart, i - 8); j--) {
    const w = words[j];
    if (w.pos === 'VERB') return j;
    if ((w.pos === 'ADP' && w.lower !== 'of') || [',', ';', ':', 'and', 'or', 'but'].includes(w.lower))
      return null;
  }
  return null;
}

/** Actor mentions rebuilt from grouped actors, so slots can point back to actor ids. */
function mentionIndex(actors: readonly Actor[]): {
  mentions: ActorMention[];
  idOf: Map<ActorMention, string>;
} {
  const mentions: ActorMention[] = [];
  const idOf = new Map<ActorMention, string>();
  for (const a of actors) {
    for (const m of a.mentions) {
      const am: ActorMention = {
        start: m.start,
        end: m.end,
        tokenStart: 0,
        tokenEnd: 0,
        key: a.id,
        code: a.code,
        name: a.name,
        kind: a.kind,
        country: a.country,
        role: a.role,
        sector: a.sector,
        known: a.known,
        confidence: a.confidence,
        reason: 'index',
      };
      mentions.push(am);
      idOf.set(am, a.id);
    }
  }
  return { mentions: mentions.sort((x, y) => x.start - y.start), idOf };
}

/** What coding one article's events needs; the states added as targets accumulate here. */
interface ArticleScope {
  readonly doc: Doc;
  readonly k: Knowledge;
  readonly ek: EventKnowledge;
  readonly published: string | null;
  readonly inp: EventInputs;
  readonly times: readonly TimeSpot[];
  readonly mentions: readonly ActorMention[];
  readonly idOf: ReadonlyMap<ActorMention, string>;
  /** The input actors, then the states added as targets. */
  readonly actors: Actor[];
  readonly added: Actor[];
  /** Each quote speaker's mentions, looked up once. */
  readonly speakerMentions: Map<string, ActorMention[]>;
}

/** What coding the triggers of one sentence needs. */
interface SentenceScope {
  readonly art: ArticleScope;
  readonly s: Sentence;
  readonly words: readonly Word[];
  readonly matches: readonly TriggerMatch[];
  /** Each complement's host, and each host's first complement (the act it asks for, promises …). */
  readonly hostOf: ReadonlyMap<TriggerMatch, TriggerMatch>;
  readonly innerOf: ReadonlyMap<TriggerMatch, TriggerMatch>;
  /** The actor mentions in the sentence: slots only look there (all of the article's made long texts quadratic). */
  readonly mentions: readonly ActorMention[];
  /** Slot context with no quote speaker, for the reported demands. */
  readonly cx: SlotContext;
  readonly demands: readonly ReportedDemand[];
  /** The demands an event of a trigger already stands for. */
  readonly covered: Set<ReportedDemand>;
}

/** One trigger match being coded: where it stands, and the slots and code the rules settle. */
interface Coding {
  readonly m: TriggerMatch;
  readonly t: TriggerRule;
  readonly head: Word;
  /** The act in the trigger's complement, when it hosts one. */
  readonly inner: TriggerMatch | undefined;
  readonly quote: Quote | undefined;
  readonly cx: SlotContext;
  /** The trigger's clause in words [ca, cb) and in characters. */
  readonly ca: number;
  readonly cb: number;
  readonly clause: [number, number];
  readonly statusAt: number;
  readonly st: StatusResult;
  type: string;
  mode: string | null;
  cameo: string | null;
  reason: string;
  source: string[];
  target: string[];
  /** The actor is only the nearest one in the clause. */
  fallback: boolean;
  /** The target is the state of the place acted on. */
  placeTarget: boolean;
}

/** The actor ids of mentions, once each, in order. */
function idsOf(sc: SentenceScope, ms: readonly ActorMention[]): string[] {
  const out: string[] = [];
  for (const m of ms) {
    const id = sc.art.idOf.get(m);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The quote that holds character `pos`. */
function quoteAt(art: ArticleScope, pos: number): Quote | undefined {
  const quotes = art.inp.quotes;
  // most articles quote no one
  return quotes.length ? quotes.find((q) => pos >= q.start && pos < q.end) : undefined;
}

/** The mentions of a quote's speaker, when it has one. */
function speakerMentions(art: ArticleScope, q: Quote | undefined): ActorMention[] | null {
  const speaker = q?.speaker;
  if (!speaker) return null;
  let ms = art.speakerMentions.get(speaker);
  if (!ms) {
    ms = art.mentions.filter((x) => art.idOf.get(x) === speaker);
    art.speakerMentions.set(speaker, ms);
  }
  return ms;
}

/** A name used as a location ("in south Lebanon", "in the eastern Congo") is no actor slot. */
const located = (art: ArticleScope, x: ActorMention) =>
  LOCATED_BEFORE.test(art.doc.text.slice(Math.max(0, x.start - 30), x.start));

/** The state actor of a place's country; one is added (its mention the place's) if none is named. */
function stateFor(art: ArticleScope, place: Place, at: Place['mentions'][number]): string | undefined {
  const code = place.country;
  if (!code) return undefined;
  const have = art.actors.find((a) => a.kind === 'state' && a.code === code);
  if (have) return have.id;
  const c = art.k.countryByCode.get(code);
  const a: Actor = {
    id: `+${code}`,
    code,
    name: c?.name ?? code,
    kind: 'state',
    country: code,
    role: null,
    sector: null,
    mentions: [{ start: at.start, end: at.end, text: at.text }],
    known: true,
    confidence: 0.5,
  };
  art.actors.push(a);
  art.added.push(a);
  return a.id;
}

/** A sentence's words, triggers, complements and reported demands. */
function sentenceScope(art: ArticleScope, s: Sentence): SentenceScope {
  const words = sentenceWords(art.doc, s);
  const matches = matchTriggers(words, art.ek);
  const hostOf = complementHosts(words, matches);
  const innerOf = new Map<TriggerMatch, TriggerMatch>();
  for (const [inner, host] of hostOf) if (!innerOf.has(host)) innerOf.set(host, inner);
  const mentions = mentionsOf(art, s);
  const cx = makeSlotContext(words, mentions, null);
  const demands = reportedDemands(cx, (i) => speakerMentions(art, quoteAt(art, words[i].start)));
  return {
    art,
    s,
    words,
    matches,
    hostOf,
    innerOf,
    mentions,
    cx,
    demands,
    covered: new Set<ReportedDemand>(),
  };
}

/** The mentions that overlap sentence `s` (`art.mentions` is sorted by start). */
function mentionsOf(art: ArticleScope, s: Sentence): ActorMention[] {
  const ms = art.mentions;
  let lo = firstStartingAt(ms, s.start);
  // one that starts just before the sentence and runs into it (a mention is a few words)
  while (lo > 0 && ms[lo - 1].start > s.start - 1000) lo--;
  const out: ActorMention[] = [];
  for (let i = lo; i < ms.length && ms[i].start < s.end; i++) if (ms[i].end > s.start) out.push(ms[i]);
  return out;
}

/** The status of a trigger, read at `statusAt`. */
function triggerStatus(words: readonly Word[], m: TriggerMatch, statusAt: number, ca: number): StatusResult {
  const t = m.rule;
  const st = eventStatus(words, statusAt, ca, t.status);
  // "will provide nearly 25,000 tons of food aid": a noun takes the status of its verb.
  if (st.rule !== 'status.default' || words[m.head].pos !== 'NOUN') return st;
  const gv = governingVerb(words, m.head, ca);
  if (gv === null) return st;
  const vst = eventStatus(words, gv, ca, t.status);
  return vst.rule !== 'status.default' ? vst : st;
}

/** The trigger's site and what its own slots name. */
function codingOf(sc: SentenceScope, m: TriggerMatch): Coding {
  const { words } = sc;
  const t = m.rule;
  const head = words[m.head];
  const q = quoteAt(sc.art, head.start);
  const cx = makeSlotContext(words, sc.mentions, speakerMentions(sc.art, q));
  const source = idsOf(sc, resolveSlot(cx, m, t.source));
  const target = idsOf(sc, resolveSlot(cx, m, t.target)).filter(
    (id) => !source.includes(id) || t.source === t.target,
  );
  const [ca, cb] = clauseAround(words, m.head);
  // "the mission in Afghanistan would end": a noun-headed pattern's status is its verb's.
  const statusAt = head.pos !== 'VERB' && words[m.last].pos === 'VERB' ? m.last : m.head;
  const st = triggerStatus(words, m, statusAt, ca);
  return {
    m,
    t,
    head,
    inner: sc.innerOf.get(m),
    quote: q,
    cx,
    ca,
    cb,
    clause: [words[ca].start, words[cb - 1].end],
    statusAt,
    st,
    type: t.type,
    mode: t.mode,
    cameo: t.cameo,
    reason: `${t.id} ${st.rule}`,
    source,
    target,
    fallback: false,
    placeTarget: false,
  };
}

/** "Washington wants the Taliban to agree": a request by the one who wants it. */
function requestOfWisher(sc: SentenceScope, c: Coding): void {
  if (c.st.status !== 'hypothetical' || !WISH_RULE.test(c.st.rule)) return;
  const gov = [...sc.words.slice(c.ca, c.m.head)].reverse().find((w) => w.pos === 'VERB');
  const asker = gov ? idsOf(sc, subjectOf(c.cx, gov.w)) : [];
  // "Turkey had wanted to hold the meeting": wanting to act oneself is intent, not a request.
  const self = asker.length > 0 && c.source.length > 0 && c.source.every((id) => asker.includes(id));
  if (!asker.length || self) return;
  c.target = c.source.length ? c.source : c.target;
  c.source = asker;
  c.type = 'REQUEST';
  c.mode = null;
  c.cameo = sc.art.ek.ploverByType.get('REQUEST')?.cameo ?? '10';
  c.reason = `request.embedded ${c.t.id}`;
}

/**
 * A host's guests are the actors named after it in the sentence ("hosted a conference … that
 * brought together the Afghan government and the Taliban with envoys from …").
 */
function guestsOf(sc: SentenceScope, c: Coding): string[] {
  const { words } = sc;
  // Up to where the clause ends: a comma that opens a new clause ("…, hoping to …"), not
  // one inside a list of guests ("the United States, China and Pakistan").
  let stop = sc.s.end;
  for (let i = c.m.head + 1; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const listComma =
      w.lower === ',' &&
      next &&
      (['PROPN', 'DET', 'NOUN', 'ADJ'].includes(next.pos) || GUEST_CUES.has(next.lemma));
    if ([';', ':', '.', '--', '—', '–', '-'].includes(w.lower) || (w.lower === ',' && !listComma)) {
      stop = w.start;
      break;
    }
  }
  // Guests follow a word that brings them in: "between", "with", "brought together", "including".
  const cue = words.slice(c.m.head + 1).find((w) => w.start < stop && GUEST_CUES.has(w.lemma));
  const after = cue
    ? sc.mentions.filter((x) => x.start > cue.end && x.end <= stop && !quoteAt(sc.art, x.start))
    : [];
  return idsOf(sc, after).filter((id) => !c.source.includes(id));
}

/** "demanded that the United States cancel …": who is asked is the asked act's subject. */
function askedParty(sc: SentenceScope, c: Coding, inner: TriggerMatch): string[] {
  const subject = idsOf(sc, resolveSlot(c.cx, inner, inner.rule.source)).filter(
    (id) => !c.source.includes(id),
  );
  if (subject.length) return subject;
  // else the first name between the request and the act ("demanded that X …")
  const asked = c.cx.mentionsInWords(Math.max(c.m.head, c.m.last) + 1, inner.head);
  return idsOf(sc, asked.slice(0, 1)).filter((id) => !c.source.includes(id));
}

/**
 * No slot found an actor: the nearest actor of the trigger's own clause, before it as the
 * source, else after it as the target (with less confidence, and said in `reason`).
 */
function nearestActor(sc: SentenceScope, c: Coding): void {
  const { art } = sc;
  // not a name used as a location ("… in Qatar to negotiate"), nor one after from/to
  const fromTo = (x: ActorMention) =>
    /\b(from|to)\s+(the\s+)?$/i.test(art.doc.text.slice(Math.max(0, x.start - 10), x.start));
  const inClause = sc.mentions.filter(
    (x) =>
      x.start >= c.clause[0] &&
      x.end <= c.clause[1] &&
      !(c.quote && !quoteAt(art, x.start)) &&
      !located(art, x) &&
      !fromTo(x),
  );
  const before = inClause.filter((x) => x.end <= c.head.start);
  const after = inClause.filter((x) => x.start >= c.head.end);
  if (before.length) c.source = idsOf(sc, [before[before.length - 1]]);
  else if (after.length) c.target = idsOf(sc, [after[0]]);
  c.fallback = c.source.length + c.target.length > 0;
}

/** Does a verb with a source but no target take the first actor after it as its target? */
function wantsTargetAfter(sc: SentenceScope, c: Coding): boolean {
  const words = sc.words;
  const m = c.m;
  if (!c.source.length || c.target.length || c.fallback) return false;
  // "willing to forgive X": a predicate adjective with a complement acts like a verb
  const verbal =
    c.head.pos === 'VERB' || c.t.pos === 'VERB' || (c.head.pos === 'ADJ' && takesComplement(words, m));
  return (
    verbal &&
    (c.t.target !== 'none' || takesComplement(words, m) || (c.type === 'PROTEST' && purposeAfter(words, m)))
  );
}

/**
 * A verb with a source but no target slot filled: the first actor after it in its clause
 * ("X expelled … from Y"), as PETRARCH-style coders take it; said in `reason`.
 */
function targetAfterVerb(sc: SentenceScope, c: Coding): void {
  const { art, words } = sc;
  const next = nextActorPhrase(
    c.cx,
    c.m,
    words[targetReach(words, c.m, c.cb) - 1].end,
    (x) => !located(art, x) && !c.source.includes(art.idOf.get(x)!) && (!!c.quote || !quoteAt(art, x.start)),
  );
  if (!next.length) return;
  c.target = idsOf(sc, next);
  c.reason = `${c.reason} target.fallback-next`;
}

/** Does the event act on a territory, so that a place in its clause may be its target? */
function territorial(c: Coding): boolean {
  const { type, cameo, inner } = c;
  return (
    TERRITORY_TYPES.has(type) ||
    // "threatened to institute a curfew in Algiers": the act a complement names counts too.
    (!!inner && TERRITORY_TYPES.has(inner.rule.type)) ||
    (type === 'THREATEN' && TERRITORY_THREATS.test(cameo ?? '')) ||
    // "ready to contribute troops to a force in Mali": an offer of aid is for the place too
    (type === 'AGREE' && /^033/.test(cameo ?? '')) ||
    type === 'CONSULT'
  );
}

/**
 * An act on a territory with no one named as its target acts on the place's state: "imposed
 * a curfew in Abidjan" → Ivory Coast, "arrived in Amman" → Jordan (a visit's host).
 */
function placeState(sc: SentenceScope, c: Coding): void {
  const { art } = sc;
  const pm = placeMentionAfter(art.inp.places, c.clause, c.head.end);
  // a visit inside one's own country ("the president arrived in Orlando") has no host
  const home =
    c.type === 'CONSULT' &&
    !!pm &&
    c.source.every((id) => art.actors.find((a) => a.id === id)?.country === pm.place.country);
  const host = pm && !home ? stateFor(art, pm.place, pm.mention) : undefined;
  if (!host || c.source.includes(host)) return;
  c.target = [host];
  c.placeTarget = true;
  c.reason = `${c.reason} target.place-country`;
}

/** Slots first, then the fallbacks in order, each only where the ones before found no actor. */
function fillSlots(sc: SentenceScope, c: Coding): void {
  requestOfWisher(sc, c);
  if (!c.target.length && c.type === 'CONSULT' && c.mode === 'host') c.target = guestsOf(sc, c);
  const inner = c.inner;
  if (inner && !c.target.length && (c.type === 'REQUEST' || c.type === 'REJECT'))
    c.target = askedParty(sc, c, inner);
  if (!c.source.length && !c.target.length && (c.head.pos === 'VERB' || c.t.pos === 'VERB'))
    nearestActor(sc, c);
  if (wantsTargetAfter(sc, c)) targetAfterVerb(sc, c);
  if (!c.target.length && c.source.length > 0 && territorial(c)) placeState(sc, c);
}

/** Less for a guessed actor; more for each side named, and for a date of the clause's own. */
function confidenceOf(c: Coding, from: EventDate['from']): number {
  if (c.fallback) return 0.35;
  const score =
    0.5 +
    (c.source.length ? 0.15 : 0) +
    (c.target.length ? (c.placeTarget ? 0.05 : 0.15) : 0) +
    (from === 'clause' ? 0.1 : 0);
  return Math.min(0.95, Math.round(100 * score) / 100);
}

/** "will withdraw its force unless …", "must drop barriers or face tariffs": an ultimatum. */
const conditionalAfter = (words: readonly Word[], head: number) =>
  words
    .slice(head + 1)
    .some((w, i, rest) => w.lower === 'unless' || (w.lower === 'or' && rest[i + 1]?.lemma === 'face'));

/** Where the sentence's other triggers start. */
function otherTriggers(sc: SentenceScope, m: TriggerMatch): number[] {
  // pushed onto a literal: one array shape for the date search, as for its default (no others)
  const out: number[] = [];
  for (const o of sc.matches) if (o !== m) out.push(sc.words[o.head].start);
  return out;
}

/** The event of a coded trigger, with its date, place, status and evidence. */
function eventOf(sc: SentenceScope, c: Coding): ParleyEvent {
  const { art, words, s } = sc;
  const m = c.m;
  const d = eventDate(
    art.times,
    c.clause,
    [s.start, s.end],
    words[c.statusAt].start,
    c.st.status,
    art.published,
    otherTriggers(sc, m),
  );
  const status = d.deadline && c.st.status === 'occurred' ? 'planned' : c.st.status;
  // "would end on August 31, moving the deadline": a planned date the sentence calls a deadline.
  const deadline =
    d.deadline || (status === 'planned' && d.from === 'clause' && words.some((w) => w.lemma === 'deadline'));
  const evidenceEnd = words[Math.max(m.head, m.last)].end;
  return {
    id: '',
    type: c.type as ParleyEvent['type'],
    mode: c.mode,
    context: [...c.t.context],
    cameo: c.cameo,
    source: c.source,
    target: c.target,
    time: d.time,
    date: d.date,
    date_from: d.from,
    place: placeInClause(art.inp.places, c.clause)?.id ?? null,
    status,
    deadline,
    quote: c.quote?.id ?? null,
    evidence: {
      sentence: { start: s.start, end: s.end },
      trigger: { start: c.head.start, end: evidenceEnd, text: art.doc.text.slice(c.head.start, evidenceEnd) },
    },
    confidence: confidenceOf(c, d.from),
    reason: c.fallback ? `${c.reason} slot.fallback-nearest` : c.reason,
    act: undefined,
  };
}

/** The event of one trigger match, as a demand or stated intent where it is one; null if none. */
function codeMatch(sc: SentenceScope, m: TriggerMatch): ParleyEvent | null {
  const c = codingOf(sc, m);
  fillSlots(sc, c);
  // The means of an attack without actors ("in a bomb attack") may still name how another
  // trigger's harm was done; it is kept until the attack is folded, then dropped.
  const meansOnly = !c.source.length && !c.target.length && c.type === 'ASSAULT' && isAttackMeans(c.cameo);
  if (!c.source.length && !c.target.length && !meansOnly) return null;
  if (meansOnly) c.reason = `${c.reason} means-only`;
  const { ek, published } = sc.art;
  const event = eventOf(sc, c);
  const hosted = c.inner ? withComplement(event, c.inner.rule, ek) : event;
  const demand = demandOver(sc.cx, sc.demands, c.statusAt);
  if (!demand) return asStatedIntent(hosted, c.st.rule, conditionalAfter(sc.words, m.head), ek, published);
  sc.covered.add(demand);
  return asDemand(hosted, demand, idsOf(sc, demand.speaker), idsOf(sc, demand.obliged), ek, published);
}

/**
 * "China must drop barriers to U.S. exports, the administration declared": a demand whose act
 * has no trigger of its own is still a demand.
 */
function untriggeredDemand(sc: SentenceScope, d: ReportedDemand): ParleyEvent | null {
  const { art, words, s } = sc;
  const v = words.findIndex((w, i) => i > d.modal && i <= d.modal + 3 && w.pos === 'VERB');
  if (v < 0) return null;
  const [ca, cb] = clauseAround(words, d.modal);
  const modal = words[d.modal];
  const dd = eventDate(
    art.times,
    [words[ca].start, words[cb - 1].end],
    [s.start, s.end],
    modal.start,
    'occurred',
    art.published,
  );
  return {
    id: '',
    type: 'REQUEST',
    mode: null,
    context: [],
    cameo: d.strong ? '100' : '020',
    source: idsOf(sc, d.speaker),
    target: idsOf(sc, d.obliged),
    time: dd.time,
    date: dd.date,
    date_from: dd.from,
    place: null,
    status: 'occurred',
    deadline: false,
    quote: quoteAt(art, modal.start)?.id ?? null,
    evidence: {
      sentence: { start: s.start, end: s.end },
      trigger: { start: modal.start, end: words[v].end, text: art.doc.text.slice(modal.start, words[v].end) },
    },
    confidence: 0.8,
    reason: `request.reported-${d.strong ? 'must' : 'should'}`,
    act: undefined,
  };
}

/** The events of one sentence: its triggers', then its demands' that no trigger stands for. */
function sentenceEvents(art: ArticleScope, s: Sentence, out: ParleyEvent[]): void {
  const sc = sentenceScope(art, s);
  for (const m of sc.matches) {
    // "called for a ceasefire": the ceasefire is what is asked for, not an event of its own.
    if (sc.hostOf.has(m)) continue;
    const e = codeMatch(sc, m);
    if (e) out.push(e);
  }
  for (const d of sc.demands) {
    if (sc.covered.has(d)) continue;
    const e = untriggeredDemand(sc, d);
    if (e) out.push(e);
  }
}

const guessed = (e: ParleyEvent) => !!e.reason?.includes('slot.fallback-nearest');

/**
 * A guessed actor (nearest in the clause) is worth an event only where the sentence has no
 * better one: beside a coded event it is mostly a side mention ("… where 28 were killed").
 */
function withoutSideGuesses(events: readonly ParleyEvent[]): ParleyEvent[] {
  const sure = new Set(events.filter((e) => !guessed(e)).map((e) => e.evidence.sentence.start));
  return events.filter((e) => !guessed(e) || !sure.has(e.evidence.sentence.start));
}

/**
 * Added actors the kept events use get the next ids, in order of first use; the events are
 * renamed to them. Returns those actors under their new ids.
 */
function renameAdded(kept: readonly ParleyEvent[], inputCount: number, added: readonly Actor[]): Actor[] {
  const rename = new Map<string, string>();
  for (const e of kept)
    for (const id of [...e.source, ...e.target])
      if (id.startsWith('+') && !rename.has(id)) rename.set(id, `a${inputCount + rename.size + 1}`);
  if (!rename.size) return [];
  const to = (ids: string[]) => ids.map((id) => rename.get(id) ?? id);
  for (const e of kept) {
    e.source = to(e.source);
    e.target = to(e.target);
  }
  // renamed in place: an added actor is the article's own, and keeps the actors' one shape
  const used = added.filter((a) => rename.has(a.id));
  for (const a of used) a.id = rename.get(a.id)!;
  return used;
}

/**
 * Events: triggers from the lexicon on lemmas and POS, source and target from the clause,
 * status from its words, date from its time expressions, place from the clause, evidence
 * always. Events with no actor on either side are dropped; duplicates within the article merge.
 */
export function extractEvents(
  doc: Doc,
  k: Knowledge,
  ctx: StageContext,
  inp: EventInputs,
): { events: ParleyEvent[]; added: Actor[] } {
  const ek: EventKnowledge = k.events;
  if (!ek.triggers.length) return { events: [], added: [] };
  const { mentions, idOf } = mentionIndex(inp.actors);
  const art: ArticleScope = {
    doc,
    k,
    ek,
    published: ctx.published,
    inp,
    times: timeSpots(inp.times),
    mentions,
    idOf,
    actors: [...inp.actors],
    added: [],
    speakerMentions: new Map(),
  };
  const events: ParleyEvent[] = [];
  for (const s of doc.sentences) sentenceEvents(art, s, events);
  if (!events.length) return { events, added: [] };
  const kept = withoutSideGuesses(foldAttackMethods(events));
  const extra = renameAdded(kept, inp.actors.length, art.added);
  return { events: mergeEvents(kept, [...inp.actors, ...extra]), added: extra };
}

/**
 * A purpose infinitive after a protest ("blocked a road to denounce X", "… on Sunday in order to
 * press Y"): whom the protest is aimed at stands in it.
 */
function purposeAfter(words: readonly Word[], m: TriggerMatch): boolean {
  // over a date or a place ("blocked roads on Sunday to press …"), within the clause
  for (let i = m.last + 1; i < Math.min(words.length - 1, m.last + 12); i++) {
    if (/^[.;:,"“”]$/.test(words[i].lower)) return false;
    if (words[i].lower === 'to' && words[i].pos === 'PART' && words[i + 1].pos === 'VERB') return true;
  }
  return false;
}

/**
 * The place an event acts on: the first in its clause after the trigger ("imposed a curfew in
 * Abidjan"); one before it mostly belongs to the source ("demonstrators in Baghdad blocked").
 */
function placeMentionAfter(
  places: readonly Place[],
  clause: readonly [number, number],
  after: number,
): { place: Place; mention: Place['mentions'][number] } | undefined {
  let best: Place | undefined;
  let at: Place['mentions'][number] | undefined;
  for (const place of places)
    for (const mention of place.mentions)
      if (mention.start >= after && mention.end <= clause[1] && (!at || mention.start < at.start)) {
        best = place;
        at = mention;
      }
  return best && at ? { place: best, mention: at } : undefined;
}

/** The first place named in the clause. */
const placeInClause = (places: readonly Place[], clause: readonly [number, number]) =>
  places.find((p) => p.mentions.some((pm) => pm.start >= clause[0] && pm.end <= clause[1]));

export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['actors', 'places', 'times', 'quotes'],
  assigns: 'events',
  run: (doc, k, ctx, got) => {
    const { events, added } = extractEvents(doc, k, ctx, {
      actors: got.actors ?? [],
      places: got.places ?? [],
      times: got.times ?? [],
      quotes: got.quotes ?? [],
    });
    // A state added as an event's target ("a curfew in Abidjan" → Ivory Coast) joins the actors.
    if (added.length && got.actors) got.actors.push(...added);
    return events;
  },
};
