import type { Generated } from 'kysely';

/**
 * Table interfaces of the parley store, shared by SQLite and PostgreSQL.
 *
 * Portable column types only: JSON is stored as text, booleans as integer 0/1, timestamps as
 * ISO-8601 text, coordinates and confidences as double precision. Offsets (`start`, `end`, …)
 * are UTF-16 code-unit offsets into `articles.text`, exactly as in the record.
 */

/** 0 or 1: booleans are integers so that both dialects read them the same way. */
export type Bit = 0 | 1;

/** One coded article; `record_json` is the full `parley.record/1` object and the source of truth. */
export interface ArticleTable {
  id: string;
  url: string | null;
  source: string | null;
  published: string | null;
  title: string | null;
  lede: string | null;
  text: string;
  content_hash: string;
  record_json: string;
  knowledge_version: string;
  created_at: string;
  updated_at: string;
}

/** An actor of one article (`actor_id` is the record's `a1`, `a2`, …). */
export interface ActorTable {
  article_id: string;
  actor_id: string;
  code: string | null;
  name: string;
  kind: string;
  country: string | null;
  role: string | null;
  sector: string | null;
  known: Bit;
  confidence: number;
}

/** Kinds of annotation that own mentions. */
export type MentionOwnerKind = 'actor' | 'place';

/** One mention of an actor or a place; `seq` keeps the record's order. */
export interface MentionTable {
  article_id: string;
  owner_kind: MentionOwnerKind;
  owner_id: string;
  seq: number;
  start: number;
  end: number;
  text: string;
}

/** A time expression; `deadline` is null when the record leaves it out. */
export interface TimeTable {
  article_id: string;
  time_id: string;
  text: string;
  start: number;
  end: number;
  type: string;
  value: string;
  anchor: string | null;
  deadline: Bit | null;
  end_value: string | null;
}

/** A place of one article. */
export interface PlaceTable {
  article_id: string;
  place_id: string;
  name: string;
  country: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  kind: string;
}

/** A quote; `speaker` is an actor id of the same article. */
export interface QuoteTable {
  article_id: string;
  quote_id: string;
  text: string;
  start: number;
  end: number;
  direct: Bit;
  speaker: string | null;
  speaker_text: string | null;
  cue: string | null;
  time_id: string | null;
}

/**
 * A coded event, denormalised for querying: actor codes space-joined (`"AFGGOV TAL"`, null when
 * no actor has a code), actor ids and PLOVER contexts as JSON arrays, place fields copied in.
 */
export interface EventTable {
  article_id: string;
  event_id: string;
  type: string;
  mode: string | null;
  cameo: string | null;
  context: string;
  source_codes: string | null;
  source_ids: string;
  target_codes: string | null;
  target_ids: string;
  date: string | null;
  time_id: string | null;
  place_id: string | null;
  place_name: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  status: string;
  deadline: Bit;
  quote_id: string | null;
  sentence_start: number;
  sentence_end: number;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  confidence: number;
  goldstein: number | null;
  /** The act promised, threatened, refused or demanded (`events[].act`), when there is one. */
  act_type: string | null;
  act_cameo: string | null;
  act_status: string | null;
  act_date: string | null;
}

/** A cross-article cluster of events that report the same happening (written by aggregate/). */
export interface EventClusterTable {
  cluster_id: string;
  type: string;
  source_codes: string | null;
  target_codes: string | null;
  date: string | null;
  country: string | null;
  /** JSON array of `[article_id, event_id]` pairs. */
  members: string;
  /** Number of distinct sources (outlets) reporting the cluster. */
  sources: number;
  first_seen: string;
  status: string;
}

/** Status of one input in the ingest log. */
export type IngestStatus = 'ok' | 'duplicate' | 'failed';

/** Every input the ingest saw: a path, URL or row id, and what became of it. */
export interface IngestLogTable {
  id: Generated<number>;
  input: string;
  article_id: string | null;
  status: IngestStatus;
  reason: string | null;
  at: string;
}

/** The whole schema, as Kysely sees it. */
export interface Database {
  articles: ArticleTable;
  actors: ActorTable;
  mentions: MentionTable;
  times: TimeTable;
  places: PlaceTable;
  quotes: QuoteTable;
  events: EventTable;
  event_clusters: EventClusterTable;
  ingest_log: IngestLogTable;
}

/** Names of the parley tables. */
export type TableName = keyof Database;

/** All parley tables, parents before children (delete in reverse). */
export const TABLES: readonly TableName[] = [
  'articles',
  'actors',
  'mentions',
  'times',
  'places',
  'quotes',
  'events',
  'event_clusters',
  'ingest_log',
];
