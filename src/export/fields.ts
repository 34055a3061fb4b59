import { createHash } from 'node:crypto';
import type { Knowledge } from '../knowledge/knowledge.js';
import { describeCode } from './actor-code.js';
import type { ActorInfo, ExportEvent } from './types.js';

/** A stable whole-number id for an event (52 bits of sha256 of article and event id). */
export function numericEventId(articleId: string, eventId: string): number {
  return Number.parseInt(
    createHash('sha256').update(`${articleId}\u0000${eventId}`).digest('hex').slice(0, 13),
    16,
  );
}

/** Year, month and day of an ISO (partial) date; month/day null when the date has no such part. */
export function dateParts(date: string | null): { y: string; m: string | null; d: string | null } | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  return m ? { y: m[1], m: m[2] ?? null, d: m[3] ?? null } : null;
}

/** A field of a tab-separated line: tabs and line breaks become spaces. */
export const tsv = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' ');

/** The PLOVER quad of a type as GDELT's QuadClass (1 verbal coop … 4 material conflict). */
export function quadClass(type: string, knowledge: Knowledge): number | null {
  const quad = knowledge.events.ploverByType.get(type as never)?.quad;
  const order = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];
  return quad ? order.indexOf(quad) + 1 : null;
}

/** Goldstein score of the event's CAMEO code (the knowledge's table, else what was stored). */
export function goldstein(row: ExportEvent, knowledge: Knowledge): number | null {
  const entry = row.cameo ? knowledge.events.cameoByCode.get(row.cameo) : undefined;
  return entry?.goldstein ?? row.goldstein ?? null;
}

/** The source (or target) actors of a row: the stored details, else what the codes say. */
export function actorsOf(
  row: ExportEvent,
  side: 'source' | 'target',
  knowledge: Knowledge,
): readonly ActorInfo[] {
  const given = side === 'source' ? row.sources : row.targets;
  if (given) return given;
  const codes = side === 'source' ? row.source_codes : row.target_codes;
  return codes.map((code) => {
    const d = describeCode(code, knowledge);
    return { code, name: d.name, country: d.country, sector: d.types[0] ?? null };
  });
}

/** The actor a dyadic format shows for a side: the first with a code, else the first. */
export function mainActor(
  row: ExportEvent,
  side: 'source' | 'target',
  knowledge: Knowledge,
): ActorInfo | undefined {
  const list = actorsOf(row, side, knowledge);
  return list.find((a) => a.code) ?? list[0];
}

/** Name of an ISO alpha-3 country, from the knowledge; the code itself when unknown. */
export function countryName(code: string | null | undefined, knowledge: Knowledge): string | null {
  if (!code) return null;
  return knowledge.countryByCode.get(code)?.name ?? code;
}

/** The kind of the event's place: stored, else a guess (the country's own name, else a city when located). */
export function placeKind(r: ExportEvent, knowledge: Knowledge): string | null {
  if (r.place_kind) return r.place_kind;
  if (!r.place_name) return null;
  if (r.place_name === countryName(r.country, knowledge)) return 'country';
  return r.lat !== null ? 'city' : null;
}
