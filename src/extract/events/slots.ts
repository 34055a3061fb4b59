import type { SlotSpecT, SlotT } from '../../knowledge/event-schema.js';
import type { ActorMention } from '../actors/actor-mention.js';
import { asideRanges, clauseAround, subordinateRanges } from './clause.js';
import { nounPhraseEnd } from './noun-phrase.js';
import type { TriggerMatch } from './trigger-match.parser.js';
import type { Word } from './words.js';

/** What slot resolution needs about one sentence. */
export interface SlotContext {
  readonly words: readonly Word[];
  /** Actor mentions by the word they start at (several can start at one word: rare). */
  readonly mentionsInWords: (from: number, to: number) => ActorMention[];
  /** Actor mentions that overlap word `i`. */
  readonly mentionsAround: (i: number) => ActorMention[];
  /** The quote speaker's actor mentions, when the trigger stands in a quote. */
  readonly speaker: ActorMention[] | null;
  readonly asides: [number, number][];
}

const SKIP_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const CLAUSE_STOP = new Set([';', ':', '.', '"', '“', '”']);
const RELATIVE = new Set(['which', 'who', 'that']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our']);

export function makeSlotContext(
  words: readonly Word[],
  mentions: readonly ActorMention[],
  speaker: ActorMention[] | null,
): SlotContext {
  return {
    words,
    speaker,
    asides: [...asideRanges(words), ...subordinateRanges(words)],
    mentionsAround: (i) => mentions.filter((m) => m.start < words[i].end && m.end > words[i].start),
    mentionsInWords: (from, to) => {
      if (to <= from) return [];
      const a = words[from].start;
      const b = words[to - 1].end;
      return mentions.filter((m) => m.start >= a && m.end <= b);
    },
  };
}

const inAside = (cx: SlotContext, i: number) => cx.asides.find(([a, b]) => i >= a && i < b);

/** The subject of the verb at word `v`: the noun phrase before it, skipping asides and adverbs. */
export function subjectOf(cx: SlotContext, v: number, depth = 0): ActorMention[] {
  const { words } = cx;
  let i = v - 1;
  let infinitive = false;
  // "to withdraw" after "for US troops": the infinitive's subject is the "for" phrase.
  while (i >= 0 && (SKIP_BEFORE_VERB.has(words[i].pos) || words[i].lower === 'to')) {
    if (words[i].lower === 'to') infinitive = true;
    i--;
  }
  // VP coordination: "has welcomed X and also consulted Y" → the subject of "welcomed".
  if (i >= 0 && (words[i].lower === 'and' || words[i].lower === 'but') && depth < 3) {
    for (let j = i - 1; j >= 0 && !CLAUSE_STOP.has(words[j].lower); j--) {
      if (words[j].pos === 'VERB') return subjectOf(cx, j, depth + 1);
    }
  }
  let seenTokens = 0;
  for (; i >= 0; i--) {
    const aside = inAside(cx, i);
    // skip an aside, unless the verb stands in it ("If Russia invades Ukraine, …")
    if (aside && !(v >= aside[0] && v < aside[1])) {
      i = aside[0];
      continue;
    }
    const w = words[i];
    if (CLAUSE_STOP.has(w.lower)) break;
    if (RELATIVE.has(w.lower) && depth < 3) {
      // "…, which pulled troops": the relative pronoun stands for the phrase before the comma.
      let j = i - 1;
      if (j >= 0 && words[j].lower === ',') j--;
      const found = mentionsEndingAt(cx, j);
      if (found.length) return found;
    }
    const here = mentionsEndingAt(cx, i);
    if (here.length) return here;
    // "Gbagbo announced that he will …", "Iraq said it would …": a subject pronoun stands for
    // the nearest fitting actor before it in the sentence.
    if (w.pos === 'PRON' && SUBJECT_PRONOUNS.has(w.lower) && depth < 3) {
      const person = w.lower === 'he' || w.lower === 'she';
      const before = cx
        .mentionsInWords(0, i)
        .filter((x) => (person ? x.kind === 'person' : x.kind !== 'person'));
      return before.length ? [before[before.length - 1]] : [];
    }
    // "Russian aircraft including helicopter gunships killed …": a list inside the subject
    if (w.pos === 'VERB' && seenTokens > 0 && w.lower !== 'including') {
      // "converged on the capital to protest …": an infinitive of purpose with no actor between
      // it and an earlier verb used without an object has that verb's subject ("began a strike
      // to demand …", "efforts to end …" are left alone).
      const intransitive = ['ADP', 'ADV', 'PUNCT', 'PART'].includes(words[i + 1]?.pos ?? '');
      if (infinitive && intransitive && depth < 3 && !inAside(cx, i)) return subjectOf(cx, i, depth + 1);
      break;
    }
    if (++seenTokens > 12) break;
  }
  return [];
}

/** The actor mentions of the noun phrase ending at word `i` (with its coordinated members). */
function mentionsEndingAt(cx: SlotContext, i: number): ActorMention[] {
  if (i < 0) return [];
  const end = cx.words[i].end;
  const hit = cx
    .mentionsInWords(0, i + 1)
    .filter((m) => m.end === end || (m.end <= end && cx.words[i].lower.match(/^('s|’s|s)$/)));
  if (!hit.length) {
    // the head noun may follow the actor word: "the Afghan government" is one mention, but
    // "Pakistani officials" too; a plain noun ends the phrase without an actor.
    return [];
  }
  // Walk left over coordination: "the Afghan government, the Taliban and the United States".
  let start = i;
  let comma = -1;
  while (start > 0) {
    const p = cx.words[start - 1];
    if (p.lower === ',' && comma < 0) comma = start - 1;
    if (
      p.lower === ',' ||
      p.lower === 'and' ||
      p.pos === 'DET' ||
      p.pos === 'ADJ' ||
      p.pos === 'PROPN' ||
      p.pos === 'NOUN' ||
      p.lower === "'s"
    )
      start--;
    else break;
  }
  // A phrase after a preposition ("in Qatar", "between X and Y") is no subject; "the
  // convoy of Afghan troops" still names who the phrase is about.
  // The mention may itself hold the preposition ("police in Nairobi"): then it is the phrase.
  const prep = cx.words[start - 1];
  if (start > 0 && prep.pos === 'ADP' && prep.lower !== 'of' && !hit.some((m) => m.start < prep.start)) {
    // "Despite warnings by aid agencies, the Kenyan government …": the phrase before the comma
    // is an opening adverbial, not a list the subject belongs to.
    if (comma < 0) return [];
    start = comma + 1;
  }
  // the mention itself may begin before the walk stopped ("US Secretary of State Antony Blinken")
  return [...new Set([...hit, ...cx.mentionsInWords(start, i + 1)])];
}

/**
 * "A camp for Congolese refugees was attacked": a passive subject that is a thing of an actor
 * (a noun, then for/of/on and the actor right before the verb) stands for that actor.
 */
function ofChainBefore(cx: SlotContext, v: number): ActorMention[] {
  const { words } = cx;
  let i = v - 1;
  while (i >= 0 && (words[i].pos === 'AUX' || words[i].pos === 'ADV')) i--;
  const hit = cx.mentionsInWords(0, i + 1).filter((x) => x.end === words[i]?.end);
  if (!hit.length) return [];
  const first = words.findIndex((w) => w.start === hit[0].start);
  const prep = words[first - 1];
  const head = words[first - 2];
  return prep && head && ['for', 'of', 'on'].includes(prep.lower) && head.pos === 'NOUN' ? hit : [];
}

/** Actor mentions in the noun phrase starting at word `from` (and its of/between attachments). */
function mentionsInNp(cx: SlotContext, from: number): ActorMention[] {
  const { words } = cx;
  let end = nounPhraseEnd(words, from);
  // "negotiations between X and Y", "the withdrawal of X": the phrase's own attachments.
  while (end < words.length && ['between', 'of', 'with', 'among'].includes(words[end].lower)) {
    const e2 = nounPhraseEnd(words, end + 1);
    if (e2 === end + 1) break;
    end = e2;
  }
  return cx.mentionsInWords(from, end);
}

function afterPrep(cx: SlotContext, m: TriggerMatch, prep: string): ActorMention[] {
  const { words } = cx;
  // The preposition may be part of the pattern itself ("throw … weight behind", "deal with").
  for (let i = m.head + 1; i < words.length && !CLAUSE_STOP.has(words[i].lower); i++) {
    // "accused of misusing funds by X": a gerund after a preposition is no new clause
    const gerund = /ing$/.test(words[i].lower) && words[i - 1]?.pos === 'ADP';
    if (words[i].pos === 'VERB' && i > m.last + 1 && !gerund) break;
    if (words[i].lower === prep) return cx.mentionsInWords(i + 1, nounPhraseEnd(words, i + 1));
  }
  return [];
}

/** The actor of a "by" phrase later in the clause, over gerund attachments ("of misusing …"). */
function byAgent(cx: SlotContext, m: TriggerMatch): ActorMention[] {
  const { words } = cx;
  for (
    let i = m.head + 1;
    i < words.length && !CLAUSE_STOP.has(words[i].lower) && words[i].lower !== ',';
    i++
  ) {
    if (words[i].lower !== 'by') continue;
    return cx.mentionsInWords(i + 1, nounPhraseEnd(words, i + 1));
  }
  return [];
}

function possessor(cx: SlotContext, m: TriggerMatch): ActorMention[] {
  const { words } = cx;
  let i = m.head - 1;
  // skip modifiers, and coordination of them ("US and allied soldiers")
  const modifier = (w: Word) =>
    w.pos === 'ADJ' ||
    w.lower === 'and' ||
    (w.pos === 'VERB' && /ed$/.test(w.lower)) ||
    (w.pos === 'NOUN' && !cx.mentionsInWords(w.w, w.w + 1).length);
  // The head may sit inside an actor's own phrase ("Kenyan peacekeeping troops arrived").
  const covering = (w: Word) => cx.mentionsAround(w.w).filter((x) => x.start <= w.start && x.end >= w.end);
  const own = () => covering(words[m.head]); // "soldiers" coded with its country
  while (i >= 0 && modifier(words[i]) && !covering(words[i]).length) i--;
  if (i >= 0 && /^('s|’s|')$/.test(words[i].lower)) i--;
  if (i < 0) return own();
  // The possessor's mention may run over the head ("Taliban delegation" is one mention), and
  // have coordinated members ("Israel and Lebanon renewed negotiations").
  const got = covering(words[i]);
  if (!got.length) return own();
  return [...new Set([...mentionsEndingAt(cx, i), ...got])].sort((a, b) => a.start - b.start);
}

function resolveOne(cx: SlotContext, m: TriggerMatch, spec: SlotSpecT): ActorMention[] {
  const { words } = cx;
  const head = words[m.head];
  const verbHead = head.pos === 'VERB' || m.rule.pos === 'VERB';
  // "a conference hosted by Moscow": a participle with its agent is passive too.
  const reduced = verbHead && /ed$|en$/.test(head.lower) && words[m.head + 1]?.lower === 'by';
  // "was accused of misusing funds … by X": the agent may stand far from the participle.
  const passive =
    reduced ||
    (verbHead &&
      m.head > 0 &&
      words[m.head - 1].lemma === 'be' &&
      /ed$|en$/.test(head.lower) &&
      (words.slice(m.head + 1, m.head + 6).some((w) => w.lower === 'by') || byAgent(cx, m).length > 0));
  switch (spec) {
    case 'none':
      return [];
    case 'speaker':
      return cx.speaker ?? [];
    case 'subject': {
      if (passive) return afterPrep(cx, m, 'by');
      // "Kenya is ready to contribute …": a predicate adjective's subject is the copula's.
      if (head.pos === 'ADJ' && words[m.head - 1]?.lemma === 'be') return subjectOf(cx, m.head);
      if (!verbHead) {
        // A noun's subject is the subject of the verb it is the object of ("X held talks");
        // not of a verb it only hangs off by a preposition ("X said at the conference").
        for (let j = m.head - 1; j >= 0 && !CLAUSE_STOP.has(words[j].lower); j--) {
          // "as part of a deal", "under a deal": the deal belongs to the clause's own verb.
          if ((words[j].lower === 'as' && words[j + 1]?.lower === 'part') || words[j].lower === 'under') {
            for (let v = j - 1; v >= 0 && !CLAUSE_STOP.has(words[v].lower); v--)
              if (words[v].pos === 'VERB') return subjectOf(cx, v);
            return [];
          }
          // a particle of a phrasal verb ("carried out a strike") is no preposition
          const particle =
            words[j - 1]?.pos === 'VERB' && ['out', 'up', 'off', 'on'].includes(words[j].lower);
          // "converged for a rally": a purpose "for" right after a verb used without an object
          const purpose = words[j].lower === 'for' && words[j - 1]?.pos === 'VERB';
          if (words[j].pos === 'ADP' && words[j].lower !== 'of' && !particle && !purpose) return [];
          // "its long-threatened invasion": a participle inside the noun phrase is no verb
          const before = words[j - 1];
          const inNp =
            !!before && (before.pos === 'DET' || before.pos === 'ADJ' || POSSESSIVE.has(before.lower));
          if (words[j].pos === 'VERB' && !inNp) return subjectOf(cx, j);
        }
        return [];
      }
      // ", hosting a meeting …": a participle after a comma shares the main clause's subject.
      if (/ing$/.test(head.lower) && words[m.head - 1]?.lower === ',') {
        const main = words.slice(0, m.head).find((w) => w.pos === 'VERB' && !inAside(cx, w.w));
        if (main) return subjectOf(cx, main.w);
      }
      return subjectOf(cx, m.head);
    }
    case 'object': {
      if (m.np) return mentionsInNp(cx, m.np[0]);
      if (passive) {
        const subj = subjectOf(cx, m.head - 1);
        return subj.length ? subj : ofChainBefore(cx, m.head - 1);
      }
      // The object phrase may hold the pattern's own words ("expelled 45 Russian diplomats"),
      // or follow them ("attacks targeting journalists").
      for (const from of m.last > m.head ? [m.head + 1, m.last + 1] : [m.head + 1]) {
        let i = from;
        while (i < words.length && (words[i].pos === 'ADV' || words[i].pos === 'PART')) i++;
        const got = i < words.length ? mentionsInNp(cx, i) : [];
        if (got.length) return got;
      }
      return [];
    }
    case 'between':
      return afterPrep(cx, m, 'between').length ? betweenAll(cx, m) : [];
    case 'possessor':
      return possessor(cx, m);
    default:
      return afterPrep(cx, m, spec.slice(3));
  }
}

function betweenAll(cx: SlotContext, m: TriggerMatch): ActorMention[] {
  const { words } = cx;
  for (let i = m.head + 1; i < words.length; i++)
    if (words[i].lower === 'between') return mentionsInNp(cx, i + 1);
  return [];
}

/** Resolves a slot (with its fallbacks in order) to actor mentions. */
export function resolveSlot(cx: SlotContext, m: TriggerMatch, slot: SlotT): ActorMention[] {
  for (const spec of Array.isArray(slot) ? slot : [slot]) {
    const got = resolveOne(cx, m, spec);
    if (got.length) return got;
  }
  return [];
}

/**
 * A verb pattern that ends in a complement ("demand that", "refuse to", "try to kill"): its
 * target stands in the embedded clause ("demanded that the US cancel …" → the US), so a
 * `none` target slot still lets the next-actor fallback look there.
 */
export function takesComplement(words: readonly Word[], m: TriggerMatch): boolean {
  for (let i = m.head + 1; i <= m.last; i++)
    if (words[i].lower === 'to' || words[i].lower === 'that') return true;
  // "pushing hard for the EU to back …": who is pressed is a name right after a final "for"
  if (m.last <= m.head || words[m.last].lower !== 'for') return false;
  let i = m.last + 1;
  if (words[i]?.pos === 'DET') i++;
  return words[i]?.pos === 'PROPN';
}

/**
 * The first actor mention after the trigger, up to character `end`, that `ok` accepts, with the
 * actors coordinated with it ("aid for Romania and Poland" → both).
 */
export function nextActorPhrase(
  cx: SlotContext,
  m: TriggerMatch,
  end: number,
  ok: (x: ActorMention) => boolean,
): ActorMention[] {
  const { words } = cx;
  const after = words[m.head].end;
  const from = words.findIndex((w) => w.start >= after);
  if (from < 0) return [];
  const to = words.findIndex((w) => w.end > end);
  const first = cx.mentionsInWords(from, to < 0 ? words.length : to).find(ok);
  if (!first) return [];
  const at = words.findIndex((w) => w.start >= first.start);
  const phrase = cx.mentionsInWords(at, Math.max(at + 1, nounPhraseEnd(words, at))).filter(ok);
  return phrase.includes(first) ? phrase : [first];
}

/**
 * The word index a trigger's target may reach: the end of its clause, or of the "that" clause
 * right after the trigger ("demanded Friday that the US cancel …": the US is asked).
 */
export function targetReach(words: readonly Word[], m: TriggerMatch, clauseEnd: number): number {
  const that = words[clauseEnd];
  if (that?.lower === 'that' && clauseEnd > m.head && clauseEnd <= m.last + 3 && clauseEnd + 1 < words.length)
    return clauseAround(words, clauseEnd + 1)[1];
  return clauseEnd;
}
