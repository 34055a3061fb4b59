import type { Insertable } from 'kysely';
import type { Actor, ParleyEvent, ParleyRecord, Place } from '../model/record.js';
import type {
  ActorTable,
  ArticleTable,
  EventTable,
  MentionTable,
  PlaceTable,
  QuoteTable,
  TimeTable,
} from './database.js';

/** The child rows of one record, one array per table. */
export interface RecordRows {
  readonly actors: Insertable<ActorTable>[];
  readonly mentions: Insertable<MentionTable>[];
  readonly times: Insertable<TimeTable>[];
  readonly places: Insertable<PlaceTable>[];
  readonly quotes: Insertable<QuoteTable>[];
  readonly events: Insertable<EventTable>[];
}

const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** The `articles` row of a record (timestamps supplied by the caller). */
export function articleRow(
  record: ParleyRecord,
  contentHash: string,
  createdAt: string,
  updatedAt: string,
): Insertable<ArticleTable> {
  const { article } = record;
  return {
    id: article.id,
    url: article.url,
    source: article.source,
    published: article.published,
    title: article.title,
    lede: article.lede,
    text: article.text,
    content_hash: contentHash,
    record_json: JSON.stringify(record),
    knowledge_version: record.meta.knowledge,
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

/** Splits a record into child rows; pure, so that ingest can build them outside the transaction. */
export function recordRows(record: ParleyRecord): RecordRows {
  const article_id = record.article.id;
  const mentions: Insertable<MentionTable>[] = [];
  const owners = [
    ...record.actors.map((a) => ['actor', a] as const),
    ...record.places.map((p) => ['place', p] as const),
  ];
  for (const [owner_kind, owner] of owners) {
    owner.mentions.forEach((m, seq) => {
      mentions.push({
        article_id,
        owner_kind,
        owner_id: owner.id,
        seq,
        start: m.start,
        end: m.end,
        text: m.text,
      });
    });
  }
  const actors = new Map(record.actors.map((a) => [a.id, a]));
  const places = new Map(record.places.map((p) => [p.id, p]));
  return {
    actors: record.actors.map((a) => ({
      article_id,
      actor_id: a.id,
      code: a.code,
      name: a.name,
      kind: a.kind,
      country: a.country,
      role: a.role,
      sector: a.sector,
      known: bit(a.known),
      confidence: a.confidence,
    })),
    mentions,
    times: record.times.map((t) => ({
      article_id,
      time_id: t.id,
      text: t.text,
      start: t.start,
      end: t.end,
      type: t.type,
      value: t.value,
      anchor: t.anchor,
      deadline: t.deadline === undefined ? null : bit(t.deadline),
      end_value: t.end_value ?? null,
    })),
    places: record.places.map((p) => ({
      article_id,
      place_id: p.id,
      name: p.name,
      country: p.country,
      geonameid: p.geonameid,
      lat: p.lat,
      lon: p.lon,
      kind: p.kind,
    })),
    quotes: record.quotes.map((q) => ({
      article_id,
      quote_id: q.id,
      text: q.text,
      start: q.start,
      end: q.end,
      direct: bit(q.direct),
      speaker: q.speaker,
      speaker_text: q.speakerText,
      cue: q.cue,
      time_id: q.time,
    })),
    events: record.events.map((e) => eventRow(article_id, e, actors, places)),
  };
}

/** Codes of the given actor ids, de-duplicated, space-joined; null when none has a code. */
export function joinCodes(ids: readonly string[], actors: ReadonlyMap<string, Actor>): string | null {
  const codes = [...new Set(ids.map((id) => actors.get(id)?.code).filter((c): c is string => !!c))];
  return codes.length > 0 ? codes.join(' ') : null;
}

function eventRow(
  article_id: string,
  e: ParleyEvent,
  actors: ReadonlyMap<string, Actor>,
  places: ReadonlyMap<string, Place>,
): Insertable<EventTable> {
  const place = e.place === null ? undefined : places.get(e.place);
  const { sentence, trigger } = e.evidence;
  return {
    article_id,
    event_id: e.id,
    type: e.type,
    mode: e.mode,
    cameo: e.cameo,
    context: JSON.stringify(e.context),
    source_codes: joinCodes(e.source, actors),
    source_ids: JSON.stringify(e.source),
    target_codes: joinCodes(e.target, actors),
    target_ids: JSON.stringify(e.target),
    date: e.date,
    time_id: e.time,
    place_id: e.place,
    place_name: place?.name ?? null,
    country: place?.country ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    status: e.status,
    deadline: bit(e.deadline),
    quote_id: e.quote,
    sentence_start: sentence.start,
    sentence_end: sentence.end,
    trigger_start: trigger.start,
    trigger_end: trigger.end,
    trigger_text: trigger.text,
    confidence: e.confidence,
    goldstein: null,
    act_type: e.act?.type ?? null,
    act_cameo: e.act?.cameo ?? null,
    act_status: e.act?.status ?? null,
    act_date: e.act?.date ?? null,
  };
}
