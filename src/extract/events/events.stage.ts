import type { EventKnowledge } from '../../knowledge/event-knowledge.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Actor, ParleyEvent, Place, Quote, Time } from '../../model/record.js';
import type { Doc } from '../../nlp/doc.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import type { ActorMention } from '../actors/actor-mention.js';
import { foldAttackMethods, isAttackMeans } from './attack-method.refiner.js';
import { clauseAround } from './clause.js';
import { complementHosts, withComplement } from './complements.js';
import { eventDate } from './event-date.js';
import { mergeEvents } from './merge-events.refiner.js';
import { asDemand, demandOver, reportedDemands } from './reported-demand.js';
import {
  makeSlotContext,
  nextActorPhrase,
  resolveSlot,
  subjectOf,
  takesComplement,
  targetReach,
} from './slots.js';
import { asStatedIntent } from './stated-intent.js';
import { eventStatus } from './status.js';
import { matchTriggers, type TriggerMatch } from './trigger-match.parser.js';
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
  const ids = (ms: readonly ActorMention[]) => [...new Set(ms.map((m) => idOf.get(m)!).filter(Boolean))];
  const actors: Actor[] = [...inp.actors];
  const added: Actor[] = [];
  /** The state actor of a place's country; one is added (its mention the place's) if none is named. */
  const stateFor = (place: Place, at: Place['mentions'][number]): string | undefined => {
    const code = place.country;
    if (!code) return undefined;
    const have = actors.find((a) => a.kind === 'state' && a.code === code);
    if (have) return have.id;
    const c = k.countryByCode.get(code);
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
    actors.push(a);
    added.push(a);
    return a.id;
  };
  const events: ParleyEvent[] = [];
  for (const s of doc.sentences) {
    const words = sentenceWords(doc, s);
    const matches = matchTriggers(words, ek);
    const quote = (pos: number) => inp.quotes.find((q) => pos >= q.start && pos < q.end);
    const hostOf = complementHosts(words, matches);
    // each host's first complement (the act it asks for, promises, refuses …)
    const innerOf = new Map<TriggerMatch, TriggerMatch>();
    for (const [inner, host] of hostOf) if (!innerOf.has(host)) innerOf.set(host, inner);
    // a name used as a location ("in south Lebanon", "in the eastern Congo") is no actor slot
    const located = (x: ActorMention) =>
      LOCATED_BEFORE.test(doc.text.slice(Math.max(0, x.start - 30), x.start));
    const sentenceCx = makeSlotContext(words, mentions, null);
    const demands = reportedDemands(sentenceCx, (i) => {
      const sq = quote(words[i].start);
      return sq?.speaker ? mentions.filter((x) => idOf.get(x) === sq.speaker) : null;
    });
    const covered = new Set<(typeof demands)[number]>();
    for (const m of matches) {
      const t = m.ct.trigger;
      const head = words[m.head];
      // "called for a ceasefire": the ceasefire is what is asked for, not an event of its own.
      if (hostOf.has(m)) continue;
      const inner = innerOf.get(m);
      const q = quote(head.start);
      const speaker = q?.speaker ? mentions.filter((x) => idOf.get(x) === q.speaker) : null;
      const cx = makeSlotContext(words, mentions, speaker);
      let source = ids(resolveSlot(cx, m, t.source));
      let target = ids(resolveSlot(cx, m, t.target)).filter(
        (id) => !source.includes(id) || t.source === t.target,
      );
      const [ca, cb] = clauseAround(words, m.head);
      const clause: [number, number] = [words[ca].start, words[cb - 1].end];
      // "the mission in Afghanistan would end": a noun-headed pattern's status is its verb's.
      const statusAt = head.pos !== 'VERB' && words[m.last].pos === 'VERB' ? m.last : m.head;
      let st = eventStatus(words, statusAt, ca, t.status);
      // "will provide nearly 25,000 tons of food aid": a noun takes the status of its verb.
      if (st.rule === 'status.default' && head.pos === 'NOUN') {
        const gv = governingVerb(words, m.head, ca);
        if (gv !== null) {
          const vst = eventStatus(words, gv, ca, t.status);
          if (vst.rule !== 'status.default') st = vst;
        }
      }
      let type = t.type;
      let mode = t.mode;
      let cameo: string | null = t.cameo;
      let reason = `${t.id} ${st.rule}`;
      // "Washington wants the Taliban to agree": a request by the one who wants it.
      if (st.status === 'hypothetical' && WISH_RULE.test(st.rule)) {
        const gov = [...words.slice(ca, m.head)].reverse().find((w) => w.pos === 'VERB');
        const asker = gov ? ids(subjectOf(cx, gov.w)) : [];
        // "Turkey had wanted to hold the meeting": wanting to act oneself is intent, not a request.
        const self = asker.length > 0 && source.length > 0 && source.every((id) => asker.includes(id));
        if (asker.length && !self) {
          target = source.length ? source : target;
          source = asker;
          type = 'REQUEST';
          mode = null;
          cameo = ek.ploverByType.get('REQUEST')?.cameo ?? '10';
          reason = `request.embedded ${t.id}`;
        }
      }
      // A host's guests are the actors named after it in the sentence ("hosted a conference …
      // that brought together the Afghan government and the Taliban with envoys from …").
      if (!target.length && type === 'CONSULT' && mode === 'host') {
        // Up to where the clause ends: a comma that opens a new clause ("…, hoping to …"), not
        // one inside a list of guests ("the United States, China and Pakistan").
        let stop = s.end;
        for (let i = m.head + 1; i < words.length; i++) {
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
        const cue = words.slice(m.head + 1).find((w) => w.start < stop && GUEST_CUES.has(w.lemma));
        const after = cue
          ? mentions.filter((x) => x.start > cue.end && x.end <= stop && !quote(x.start))
          : [];
        target = ids(after).filter((id) => !source.includes(id));
      }
      // "demanded that the United States cancel …": who is asked is the asked act's subject.
      if (inner && !target.length && (type === 'REQUEST' || type === 'REJECT')) {
        target = ids(resolveSlot(cx, inner, inner.ct.trigger.source)).filter((id) => !source.includes(id));
        // else the first name between the request and the act ("demanded that X …")
        if (!target.length) {
          const asked = cx.mentionsInWords(Math.max(m.head, m.last) + 1, inner.head);
          target = ids(asked.slice(0, 1)).filter((id) => !source.includes(id));
        }
      }
      // No slot found an actor: take the nearest actor of the trigger's own clause, before it
      // as the source, else after it as the target (with less confidence, and said in `reason`).
      let fallback = false;
      if (!source.length && !target.length && (head.pos === 'VERB' || t.pos === 'VERB')) {
        // not a name used as a location ("… in Qatar to negotiate"), nor one after from/to
        const fromTo = (x: ActorMention) =>
          /\b(from|to)\s+(the\s+)?$/i.test(doc.text.slice(Math.max(0, x.start - 10), x.start));
        const inClause = mentions.filter(
          (x) =>
            x.start >= clause[0] &&
            x.end <= clause[1] &&
            !(q && !quote(x.start)) &&
            !located(x) &&
            !fromTo(x),
        );
        const before = inClause.filter((x) => x.end <= head.start);
        const after = inClause.filter((x) => x.start >= head.end);
        if (before.length) source = ids([before[before.length - 1]]);
        else if (after.length) target = ids([after[0]]);
        fallback = source.length + target.length > 0;
      }
      // A verb with a source but no target slot filled: the first actor after it in its clause
      // ("X expelled … from Y"), as PETRARCH-style coders take it; said in `reason`.
      if (
        source.length &&
        !target.length &&
        !fallback &&
        // "willing to forgive X": a predicate adjective with a complement acts like a verb
        (head.pos === 'VERB' || t.pos === 'VERB' || (head.pos === 'ADJ' && takesComplement(words, m))) &&
        (t.target !== 'none' || takesComplement(words, m) || (type === 'PROTEST' && purposeAfter(words, m)))
      ) {
        const next = nextActorPhrase(
          cx,
          m,
          words[targetReach(words, m, cb) - 1].end,
          (x) => !located(x) && !source.includes(idOf.get(x)!) && (!!q || !quote(x.start)),
        );
        if (next.length) {
          target = ids(next);
          reason = `${reason} target.fallback-next`;
        }
      }
      const placeIn = inp.places.find((p) =>
        p.mentions.some((pm) => pm.start >= clause[0] && pm.end <= clause[1]),
      );
      // An act on a territory with no one named as its target acts on the place's state: "imposed
      // a curfew in Abidjan" → Ivory Coast, "arrived in Amman" → Jordan (a visit's host).
      let placeTarget = false;
      // "threatened to institute a curfew in Algiers": the act a complement names counts too.
      const territorial =
        TERRITORY_TYPES.has(type) ||
        (!!inner && TERRITORY_TYPES.has(inner.ct.trigger.type)) ||
        (type === 'THREATEN' && TERRITORY_THREATS.test(cameo ?? '')) ||
        // "ready to contribute troops to a force in Mali": an offer of aid is for the place too
        (type === 'AGREE' && /^033/.test(cameo ?? '')) ||
        type === 'CONSULT';
      if (!target.length && source.length > 0 && territorial) {
        const pm = placeMentionAfter(inp.places, clause, head.end);
        // a visit inside one's own country ("the president arrived in Orlando") has no host
        const home =
          type === 'CONSULT' &&
          !!pm &&
          source.every((id) => actors.find((a) => a.id === id)?.country === pm.place.country);
        const host = pm && !home ? stateFor(pm.place, pm.mention) : undefined;
        if (host && !source.includes(host)) {
          target = [host];
          placeTarget = true;
          reason = `${reason} target.place-country`;
        }
      }
      // The means of an attack without actors ("in a bomb attack") may still name how another
      // trigger's harm was done; it is kept until the attack is folded, then dropped.
      const meansOnly = !source.length && !target.length && type === 'ASSAULT' && isAttackMeans(cameo);
      if (!source.length && !target.length && !meansOnly) continue;
      if (meansOnly) reason = `${reason} means-only`;
      const others = matches.filter((o) => o !== m).map((o) => words[o.head].start);
      const d = eventDate(
        inp.times,
        clause,
        [s.start, s.end],
        words[statusAt].start,
        st.status,
        ctx.published,
        others,
      );
      const status = d.deadline && st.status === 'occurred' ? 'planned' : st.status;
      // "would end on August 31, moving the deadline": a planned date the sentence calls a deadline.
      const deadline =
        d.deadline ||
        (status === 'planned' && d.from === 'clause' && words.some((w) => w.lemma === 'deadline'));
      const evidenceEnd = words[Math.max(m.head, m.last)].end;
      // "will withdraw its force unless …", "must drop barriers or face tariffs": an ultimatum.
      const conditional = words
        .slice(m.head + 1)
        .some((w, i, rest) => w.lower === 'unless' || (w.lower === 'or' && rest[i + 1]?.lemma === 'face'));
      const event: ParleyEvent = {
        id: '',
        type: type as ParleyEvent['type'],
        mode,
        context: [...t.context],
        cameo,
        source,
        target,
        time: d.time?.id ?? null,
        date: d.date,
        date_from: d.from,
        place: placeIn?.id ?? null,
        status,
        deadline,
        quote: q?.id ?? null,
        evidence: {
          sentence: { start: s.start, end: s.end },
          trigger: { start: head.start, end: evidenceEnd, text: doc.text.slice(head.start, evidenceEnd) },
        },
        confidence: fallback
          ? 0.35
          : Math.min(
              0.95,
              Math.round(
                100 *
                  (0.5 +
                    (source.length ? 0.15 : 0) +
                    (target.length ? (placeTarget ? 0.05 : 0.15) : 0) +
                    (d.from === 'clause' ? 0.1 : 0)),
              ) / 100,
            ),
        reason: fallback ? `${reason} slot.fallback-nearest` : reason,
      };
      const hosted = inner ? withComplement(event, inner.ct.trigger, ek) : event;
      const demand = demandOver(sentenceCx, demands, statusAt);
      if (demand) covered.add(demand);
      events.push(
        demand
          ? asDemand(hosted, demand, ids(demand.speaker), ids(demand.obliged), ek, ctx.published)
          : asStatedIntent(hosted, st.rule, conditional, ek, ctx.published),
      );
    }
    // "China must drop barriers to U.S. exports, the administration declared": a demand whose
    // act has no trigger of its own is still a demand.
    for (const d of demands) {
      if (covered.has(d)) continue;
      const v = words.findIndex((w, i) => i > d.modal && i <= d.modal + 3 && w.pos === 'VERB');
      if (v < 0) continue;
      const [ca, cb] = clauseAround(words, d.modal);
      const dd = eventDate(
        inp.times,
        [words[ca].start, words[cb - 1].end],
        [s.start, s.end],
        words[d.modal].start,
        'occurred',
        ctx.published,
      );
      const cameo = d.strong ? '100' : '020';
      const q = quote(words[d.modal].start);
      events.push({
        id: '',
        type: 'REQUEST',
        mode: null,
        context: [],
        cameo,
        source: ids(d.speaker),
        target: ids(d.obliged),
        time: dd.time?.id ?? null,
        date: dd.date,
        date_from: dd.from,
        place: null,
        status: 'occurred',
        deadline: false,
        quote: q?.id ?? null,
        evidence: {
          sentence: { start: s.start, end: s.end },
          trigger: {
            start: words[d.modal].start,
            end: words[v].end,
            text: doc.text.slice(words[d.modal].start, words[v].end),
          },
        },
        confidence: 0.8,
        reason: `request.reported-${d.strong ? 'must' : 'should'}`,
      });
    }
  }
  const folded = foldAttackMethods(events);
  // A guessed actor (nearest in the clause) is worth an event only where the sentence has no
  // better one: beside a coded event it is mostly a side mention ("… where 28 were killed").
  const sure = new Set(
    folded.filter((e) => !e.reason?.includes('slot.fallback-nearest')).map((e) => e.evidence.sentence.start),
  );
  const kept = folded.filter(
    (e) => !e.reason?.includes('slot.fallback-nearest') || !sure.has(e.evidence.sentence.start),
  );
  // Added actors the kept events use get the next ids, in order of first use.
  const rename = new Map<string, string>();
  for (const e of kept)
    for (const id of [...e.source, ...e.target])
      if (id.startsWith('+') && !rename.has(id)) rename.set(id, `a${inp.actors.length + rename.size + 1}`);
  const to = (ids: string[]) => ids.map((id) => rename.get(id) ?? id);
  for (const e of kept) {
    e.source = to(e.source);
    e.target = to(e.target);
  }
  const extra = added.filter((a) => rename.has(a.id)).map((a) => ({ ...a, id: rename.get(a.id)! }));
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
  return places
    .flatMap((place) => place.mentions.map((mention) => ({ place, mention })))
    .filter(({ mention }) => mention.start >= after && mention.end <= clause[1])
    .sort((a, b) => a.mention.start - b.mention.start)[0];
}

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
