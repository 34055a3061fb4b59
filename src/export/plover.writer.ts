import type { Knowledge } from '../knowledge/knowledge.js';
import { describeCode } from './actor-code.js';
import { actorsOf, countryName, goldstein, mainActor } from './fields.js';
import type { ActorInfo, ExportContext, ExportEvent } from './types.js';

const sectorOf = (a: ActorInfo | undefined, knowledge: Knowledge) =>
  a ? (a.sector ?? (a.code ? (describeCode(a.code, knowledge).types[0] ?? null) : null)) : null;
const countryOf = (a: ActorInfo | undefined, knowledge: Knowledge) =>
  a ? (a.country ?? (a.code ? describeCode(a.code, knowledge).country : null)) : null;

/** One event in PLOVER/POLECAT style (snake_case keys, one actor per side plus the full lists). */
export function ploverObject(r: ExportEvent, knowledge: Knowledge): Record<string, unknown> {
  const source = mainActor(r, 'source', knowledge);
  const target = mainActor(r, 'target', knowledge);
  const info = knowledge.events.ploverByType.get(r.type as never);
  const all = (side: 'source' | 'target') =>
    actorsOf(r, side, knowledge).map((a) => ({
      code: a.code,
      name: a.name,
      country: countryOf(a, knowledge),
      sector: sectorOf(a, knowledge),
    }));
  return {
    event_id: `${r.article_id}:${r.event_id}`,
    event_date: r.date,
    event_type: r.type,
    mode: r.mode,
    context: r.context,
    quad_code: info?.quad ?? null,
    event_intensity: info?.intensity ?? null,
    cameo: r.cameo,
    goldstein: goldstein(r, knowledge),
    status: r.status,
    deadline: r.deadline,
    // the act an AGREE/THREATEN/REJECT/REQUEST is about ("will provide aid" → AID, planned)
    act: r.act_type
      ? { event_type: r.act_type, cameo: r.act_cameo, status: r.act_status, date: r.act_date }
      : null,
    source_actor: source?.name ?? null,
    source_code: source?.code ?? null,
    source_country: countryOf(source, knowledge),
    source_sector: sectorOf(source, knowledge),
    target_actor: target?.name ?? null,
    target_code: target?.code ?? null,
    target_country: countryOf(target, knowledge),
    target_sector: sectorOf(target, knowledge),
    source_actors: all('source'),
    target_actors: all('target'),
    location: r.place_name
      ? {
          name: r.place_name,
          country: r.country,
          country_name: countryName(r.country, knowledge),
          lat: r.lat,
          lon: r.lon,
          geonameid: r.geonameid ?? null,
          kind: r.place_kind ?? null,
        }
      : null,
    url: r.article_url,
    title: r.article_title,
    publication_date: r.article_published,
    publisher: r.article_source ?? null,
    article_id: r.article_id,
    trigger: r.trigger_text,
    sentence: { start: r.sentence_start, end: r.sentence_end },
    confidence: r.confidence,
  };
}

/** PLOVER/POLECAT-style JSON lines, one event per line. */
export async function* ploverWriter(
  rows: AsyncIterable<ExportEvent>,
  ctx: ExportContext,
): AsyncIterable<string> {
  for await (const r of rows) yield `${JSON.stringify(ploverObject(r, ctx.knowledge))}\n`;
}
