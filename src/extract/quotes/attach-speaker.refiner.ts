import type { Actor, Quote, Time } from '../../model/record.js';
import { type Doc, firstStartingAt } from '../../nlp/doc.js';
import type { QuoteCandidate, Span } from './types.js';

interface Hit {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'it']);
const GENERIC = new Set('the a an former senior top deputy acting its his her their'.split(' '));

function mentions(actors: readonly Actor[]): Hit[] {
  const out: Hit[] = [];
  for (const actor of actors) for (const m of actor.mentions) out.push({ actor, start: m.start, end: m.end });
  return out;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The actor whose mention overlaps the speaker phrase most, a person first. */
function overlapping(hits: readonly Hit[], span: Span): Actor | null {
  let best: Hit | null = null;
  let bestScore = 0;
  for (const h of hits) {
    const o = overlap(h, span);
    if (!o) continue;
    const score = o + (h.actor.kind === 'person' ? 1e6 : 0);
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return best?.actor ?? null;
}

/** The actor of the nearest mention ending before `at` that passes `fits`. */
function nearestBefore(hits: readonly Hit[], at: number, fits: (a: Actor) => boolean): Actor | null {
  let best: Hit | null = null;
  for (const h of hits) {
    if (h.end <= at && fits(h.actor) && (!best || h.end > best.end)) best = h;
  }
  return best?.actor ?? null;
}

/** The head word of a role or organisation phrase: "the Russian foreign minister" → "minister". */
function headWord(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !GENERIC.has(w));
  return words.length ? words[words.length - 1] : null;
}

function names(a: Actor): string {
  return [a.name, ...a.mentions.map((m) => m.text)].join(' | ').toLowerCase();
}

/** Links a candidate's speaker phrase to an actor id, or null. */
function speakerActor(c: QuoteCandidate, hits: readonly Hit[], actors: readonly Actor[]): string | null {
  const sp = c.speaker;
  if (!sp) return null;
  const direct = overlapping(hits, sp);
  if (direct) return direct.id;
  const lower = sp.text.toLowerCase();
  const head = headWord(sp.text);
  switch (c.speakerKind) {
    case 'pronoun':
      if (PERSON_PRONOUNS.has(lower))
        return nearestBefore(hits, sp.start, (a) => a.kind === 'person')?.id ?? null;
      if (GROUP_PRONOUNS.has(lower))
        return nearestBefore(hits, sp.start, (a) => a.kind !== 'person')?.id ?? null;
      return null;
    case 'role':
      // "the minister": the nearest person before whose role holds the word. Plural roles stay unlinked.
      if (!head || head.endsWith('s')) return null;
      return (
        nearestBefore(
          hits,
          sp.start,
          (a) => a.kind === 'person' && !!a.role && a.role.toLowerCase().includes(head),
        )?.id ?? null
      );
    case 'organization':
      if (!head) return null;
      return nearestBefore(hits, sp.start, (a) => a.kind !== 'person' && names(a).includes(head))?.id ?? null;
    case 'name': {
      // A name with no overlapping mention: an actor whose name or mention holds its last word.
      if (!head) return null;
      const found = actors.filter((a) =>
        names(a)
          .split(/[^\p{L}\p{N}'’-]+/u)
          .includes(head),
      );
      return (found.find((a) => a.kind === 'person') ?? found[0])?.id ?? null;
    }
    default:
      return null;
  }
}

/**
 * Builds the record's quotes from the quote stage's candidates: ids q1… in text order, the
 * speaker linked to an actor (the actor whose mention overlaps the speaker phrase, a person
 * first; for a pronoun or a role the nearest fitting person mentioned before; for an
 * organisation the organisation), and the time of the attribution clause.
 */
export function attachSpeakers(
  candidates: readonly QuoteCandidate[],
  actors: readonly Actor[],
  times: readonly Time[],
  doc: Doc,
): Quote[] {
  const hits = mentions(actors);
  const sorted = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  const timesByStart = [...times].sort((a, b) => a.start - b.start);
  return sorted.map((c, i) => {
    const time = timeWithin(timesByStart, c.clause.start, c.clause.end);
    return {
      id: `q${i + 1}`,
      text: doc.text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      direct: c.direct,
      speaker: speakerActor(c, hits, actors),
      speakerText: c.speaker?.text ?? null,
      cue: c.cue,
      time: time?.id ?? null,
    };
  });
}

/** The first time (by start) inside [start, end]: a binary search, as a long article has many of each. */
function timeWithin<T extends { start: number; end: number }>(
  byStart: readonly T[],
  start: number,
  end: number,
): T | undefined {
  for (let i = firstStartingAt(byStart, start); i < byStart.length && byStart[i].start <= end; i++)
    if (byStart[i].end <= end) return byStart[i];
  return undefined;
}
