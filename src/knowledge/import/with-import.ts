import { buildActorLexicon } from '../actor-lexicon.js';
import { compileTriggers } from '../event-knowledge.js';
import { type Knowledge, mergePeople } from '../knowledge.js';
import type { Sector } from '../schema.js';
import type { PetrarchImport } from './types.js';

/**
 * parley's knowledge with an import laid over it: imported people and organizations added,
 * imported sector words merged into the sectors of the same code (new codes appended), and the
 * imported triggers either added before parley's own (`'add'`: they win ties) or used instead of them
 * (`'replace'`, to code as the imported dictionary alone would). Countries, titles, places and
 * the CAMEO/PLOVER tables stay parley's.
 */
export function withImport(
  base: Knowledge,
  imp: Pick<PetrarchImport, 'people' | 'organizations' | 'sectors' | 'triggers'>,
  triggers: 'add' | 'replace',
): Knowledge {
  const people = mergePeople([...base.people, ...imp.people]);
  const organizations = [...base.organizations, ...imp.organizations];
  const sectors: Sector[] = base.sectors.map((s) => {
    const more = imp.sectors.find((x) => x.code === s.code);
    return more ? { ...s, triggers: [...new Set([...s.triggers, ...more.triggers])] } : s;
  });
  for (const s of imp.sectors) if (!sectors.some((x) => x.code === s.code)) sectors.push(s);
  // imported first: on a tie between entries at one head, the earlier one wins (matching rule 5)
  const list =
    triggers === 'replace' ? imp.triggers : [...imp.triggers, ...base.events.triggers.map((c) => c.trigger)];
  return {
    ...base,
    version: `${base.version}+import`,
    people,
    organizations,
    sectors,
    lexicon: buildActorLexicon({
      countries: base.countries,
      organizations,
      people,
      sectors,
      titles: base.titles,
    }),
    events: { ...base.events, ...compileTriggers(list) },
  };
}
