import type { Knowledge } from '../knowledge/knowledge.js';
import { describeCode, sectorNames } from './actor-code.js';
import { countryName, goldstein, mainActor, numericEventId, placeKind, tsv } from './fields.js';
import type { ActorInfo, ExportContext, ExportEvent } from './types.js';

/** The columns of ICEWS event files (as in icews-events.2018.sample.tab), in order. */
export const ICEWS_COLUMNS: readonly string[] = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
];

type Cell = string | number | null | undefined;

/** ICEWS writes NA for a missing value. */
const na = (v: Cell): string => {
  const s = tsv(v);
  return s === '' ? 'NA' : s;
};

/** Name, sectors (comma-joined names) and country name of one side. */
function actorCells(actor: ActorInfo | undefined, knowledge: Knowledge): Cell[] {
  if (!actor) return [null, null, null];
  const parts = actor.code ? describeCode(actor.code, knowledge) : null;
  const types = [...(parts?.types ?? [])];
  if (actor.sector && !types.includes(actor.sector)) types.push(actor.sector);
  return [
    actor.name,
    sectorNames(types, knowledge).join(','),
    countryName(parts?.country ?? actor.country, knowledge),
  ];
}

/** One event as the 20 ICEWS fields (before NA-filling). */
export function icewsFields(r: ExportEvent, knowledge: Knowledge): Cell[] {
  const source = actorCells(mainActor(r, 'source', knowledge), knowledge);
  const target = actorCells(mainActor(r, 'target', knowledge), knowledge);
  const cameo = r.cameo ? knowledge.events.cameoByCode.get(r.cameo) : undefined;
  const kind = placeKind(r, knowledge);
  return [
    numericEventId(r.article_id, r.event_id),
    r.date,
    ...source,
    cameo?.name ?? r.type,
    r.cameo,
    goldstein(r, knowledge),
    ...target,
    r.article_id,
    null,
    r.article_source,
    kind === 'city' ? r.place_name : null,
    null,
    kind === 'region' ? r.place_name : null,
    countryName(r.country, knowledge),
    r.lat,
    r.lon,
  ];
}

/**
 * ICEWS-style tab-separated events: the header of the ICEWS files, then one line per event
 * with NA for missing values. Names are parley's (actor names, country names from the
 * knowledge); Intensity is the Goldstein score of the CAMEO code; Story ID is the article id.
 */
export async function* icewsWriter(
  rows: AsyncIterable<ExportEvent>,
  ctx: ExportContext,
): AsyncIterable<string> {
  yield `${ICEWS_COLUMNS.join('\t')}\n`;
  for await (const r of rows) yield `${icewsFields(r, ctx.knowledge).map(na).join('\t')}\n`;
}
