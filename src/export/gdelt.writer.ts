import type { Knowledge } from '../knowledge/knowledge.js';
import { describeCode } from './actor-code.js';
import {
  countryName,
  dateParts,
  goldstein,
  mainActor,
  numericEventId,
  placeKind,
  quadClass,
  tsv,
} from './fields.js';
import type { ActorInfo, ExportContext, ExportEvent } from './types.js';

const ACTOR = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

/** The 61 columns of the GDELT 2.0 event table, in GDELT order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`),
  ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`),
  ...GEO.map((c) => `Actor2Geo_${c}`),
  ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED',
  'SOURCEURL',
];

type Cell = string | number | null | undefined;

/** The 10 actor columns: code, name, country, known group, (no ethnic/religion), up to 3 types. */
function actorCells(actor: ActorInfo | undefined, knowledge: Knowledge): Cell[] {
  if (!actor) return Array(10).fill('');
  const parts = actor.code ? describeCode(actor.code, knowledge) : null;
  const types = [...(parts?.types ?? [])];
  if (actor.sector && !types.includes(actor.sector)) types.push(actor.sector);
  return [
    actor.code,
    actor.name,
    parts?.country ?? actor.country,
    parts?.knownGroup,
    '',
    '',
    '',
    types[0],
    types[1],
    types[2],
  ];
}

/** GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state/region. */
function geoType(r: ExportEvent, knowledge: Knowledge): number | null {
  const kind = placeKind(r, knowledge);
  if (kind === 'country') return 1;
  if (kind === 'region') return r.country === 'USA' ? 2 : 5;
  if (kind === 'city') return r.country === 'USA' ? 3 : 4;
  return null;
}

function actionGeo(r: ExportEvent, knowledge: Knowledge): Cell[] {
  if (!r.place_name) return Array(8).fill('');
  const country = countryName(r.country, knowledge);
  const full = country && country !== r.place_name ? `${r.place_name}, ${country}` : r.place_name;
  return [geoType(r, knowledge), full, r.country, '', '', r.lat, r.lon, r.geonameid];
}

/** YYYYMMDDHHMMSS (UTC) of an ISO timestamp. */
const stamp = (iso: string) =>
  iso
    .replace(/[^0-9]/g, '')
    .slice(0, 14)
    .padEnd(14, '0');

/** One event as the 61 GDELT fields. */
export function gdeltFields(r: ExportEvent, ctx: ExportContext, now: Date): Cell[] {
  const { knowledge } = ctx;
  const d = dateParts(r.date);
  const cameo = r.cameo ?? '';
  const fraction = d ? (Number(d.y) + (Number(d.m ?? 0) * 30 + Number(d.d ?? 0)) / 365).toFixed(4) : '';
  return [
    numericEventId(r.article_id, r.event_id),
    d ? `${d.y}${d.m ?? '00'}${d.d ?? '00'}` : '',
    d ? `${d.y}${d.m ?? '00'}` : '',
    d?.y,
    fraction,
    ...actorCells(mainActor(r, 'source', knowledge), knowledge),
    ...actorCells(mainActor(r, 'target', knowledge), knowledge),
    '',
    cameo,
    cameo.slice(0, 3),
    cameo.slice(0, 2),
    quadClass(r.type, knowledge),
    goldstein(r, knowledge),
    1,
    1,
    1,
    '',
    ...Array(16).fill(''),
    ...actionGeo(r, knowledge),
    stamp(r.article_created_at ?? now.toISOString()),
    r.article_url,
  ];
}

/**
 * The GDELT 2.0 event table: 61 tab-separated fields per event, no header unless asked. parley
 * values where they exist, empty otherwise; country codes are ISO alpha-3 (not FIPS).
 */
export async function* gdeltWriter(
  rows: AsyncIterable<ExportEvent>,
  ctx: ExportContext,
): AsyncIterable<string> {
  const now = ctx.now ?? new Date();
  if (ctx.header) yield `${GDELT_COLUMNS.join('\t')}\n`;
  for await (const r of rows) yield `${gdeltFields(r, ctx, now).map(tsv).join('\t')}\n`;
}
