import { fold } from '../../knowledge/fold.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Person } from '../../knowledge/schema.js';
import type { Actor } from '../../model/record.js';
import type { Doc } from '../../nlp/doc.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { type ActorMention, withFields } from './actor-mention.js';
import { bareSectors } from './bare-sector.refiner.js';
import { composeMentions } from './compose.parser.js';
import { groupMentions } from './group-mentions.refiner.js';
import { metonymCountries } from './metonym-country.refiner.js';
import { segmentSentence, tokenKeys } from './segments.js';

/** Actor mentions of a Doc, before grouping (the events stage uses them by token). */
export function findActorMentions(doc: Doc, k: Knowledge, ctx: StageContext): ActorMention[] {
  const keys = tokenKeys(doc);
  const seenPeople = new Set<Person>();
  const seenUnknown = new Map<string, ActorMention>();
  const out: ActorMention[] = [];
  for (const s of doc.sentences) {
    const segs = segmentSentence(doc, keys, s, k);
    const found = metonymCountries(
      doc,
      segs,
      composeMentions(segs, { doc, k, date: ctx.published, seenPeople, seenUnknown }),
      k,
    );
    out.push(...found, ...bareSectors(doc, s, segs, found));
  }
  return linkUnknownSurnames(out);
}

/** "Smith said" after "John Smith" is the same unknown person. */
function linkUnknownSurnames(ms: ActorMention[]): ActorMention[] {
  const fullNames = new Map<string, ActorMention>();
  const out: ActorMention[] = [];
  for (const m of ms) out.push(linkedToFullName(m, fullNames));
  return out;
}

function linkedToFullName(m: ActorMention, fullNames: Map<string, ActorMention>): ActorMention {
  if (m.known || m.kind !== 'person') return m;
  const parts = m.name.split(/\s+/);
  const sur = fold(parts[parts.length - 1]);
  if (parts.length > 1) fullNames.set(sur, m);
  const full = fullNames.get(sur);
  return full && full !== m ? withFields(m, { key: full.key, code: m.code ?? full.code }) : m;
}

/** Actors: gazetteer + composition + metonymy, grouped into one actor per identity. */
export function extractActors(doc: Doc, k: Knowledge, ctx: StageContext): Actor[] {
  return groupMentions(doc.text, findActorMentions(doc, k, ctx));
}

export const actorsStage: Stage<'actors'> = {
  name: 'actors',
  requires: [],
  assigns: 'actors',
  run: (doc, k, ctx) => extractActors(doc, k, ctx),
};
