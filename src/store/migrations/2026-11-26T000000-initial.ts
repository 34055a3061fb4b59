import { type Kysely, PostgresIntrospector, sql } from 'kysely';

/**
 * The initial schema: articles, their annotations, event clusters and the ingest log.
 *
 * Frozen once released: later changes go in a new timestamp-named migration. Portable types
 * only; the one dialect difference is below. On PostgreSQL every text column uses the "C"
 * collation, so that ordering and comparison are byte-wise exactly as in SQLite (keyset
 * pagination and snapshots then agree across dialects).
 */

type AnyDb = Kysely<any>;

function columnTypes(db: AnyDb) {
  const pg = db.introspection instanceof PostgresIntrospector;
  return {
    text: pg ? sql`text collate "C"` : sql`text`,
    int: sql`integer`,
    real: sql`double precision`,
    serial: pg ? sql`serial` : sql`integer`,
    pg,
  };
}

const CHILDREN = ['actors', 'mentions', 'times', 'places', 'quotes', 'events'] as const;

/** Creates every table and index. */
export async function up(db: AnyDb): Promise<void> {
  const { text, int, real, serial, pg } = columnTypes(db);
  await db.schema
    .createTable('articles')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('url', text)
    .addColumn('source', text)
    .addColumn('published', text)
    .addColumn('title', text)
    .addColumn('lede', text)
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('content_hash', text, (c) => c.notNull())
    .addColumn('record_json', text, (c) => c.notNull())
    .addColumn('knowledge_version', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();

  const child = (name: (typeof CHILDREN)[number]) =>
    db.schema
      .createTable(name)
      .addColumn('article_id', text, (c) => c.notNull())
      .addForeignKeyConstraint(`${name}_article_fk`, ['article_id'], 'articles', ['id'], (c) =>
        c.onDelete('cascade'),
      );

  await child('actors')
    .addColumn('actor_id', text, (c) => c.notNull())
    .addColumn('code', text)
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('country', text)
    .addColumn('role', text)
    .addColumn('sector', text)
    .addColumn('known', int, (c) => c.notNull())
    .addColumn('confidence', real, (c) => c.notNull())
    .addPrimaryKeyConstraint('actors_pk', ['article_id', 'actor_id'])
    .execute();

  await child('mentions')
    .addColumn('owner_kind', text, (c) => c.notNull().check(sql`owner_kind in ('actor', 'place')`))
    .addColumn('owner_id', text, (c) => c.notNull())
    .addColumn('seq', int, (c) => c.notNull())
    .addColumn('start', int, (c) => c.notNull())
    .addColumn('end', int, (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'owner_kind', 'owner_id', 'seq'])
    .execute();

  await child('times')
    .addColumn('time_id', text, (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('start', int, (c) => c.notNull())
    .addColumn('end', int, (c) => c.notNull())
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('value', text, (c) => c.notNull())
    .addColumn('anchor', text)
    .addColumn('deadline', int)
    .addColumn('end_value', text)
    .addPrimaryKeyConstraint('times_pk', ['article_id', 'time_id'])
    .execute();

  await child('places')
    .addColumn('place_id', text, (c) => c.notNull())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('country', text)
    .addColumn('geonameid', int)
    .addColumn('lat', real)
    .addColumn('lon', real)
    .addColumn('kind', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('places_pk', ['article_id', 'place_id'])
    .execute();

  await child('quotes')
    .addColumn('quote_id', text, (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('start', int, (c) => c.notNull())
    .addColumn('end', int, (c) => c.notNull())
    .addColumn('direct', int, (c) => c.notNull())
    .addColumn('speaker', text)
    .addColumn('speaker_text', text)
    .addColumn('cue', text)
    .addColumn('time_id', text)
    .addPrimaryKeyConstraint('quotes_pk', ['article_id', 'quote_id'])
    .execute();

  let events = child('events')
    .addColumn('event_id', text, (c) => c.notNull())
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('mode', text)
    .addColumn('cameo', text)
    .addColumn('context', text, (c) => c.notNull());
  for (const side of ['source', 'target']) {
    events = events.addColumn(`${side}_codes`, text).addColumn(`${side}_ids`, text, (c) => c.notNull());
  }
  for (const col of ['date', 'time_id', 'place_id', 'place_name', 'country'])
    events = events.addColumn(col, text);
  await events
    .addColumn('lat', real)
    .addColumn('lon', real)
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('deadline', int, (c) => c.notNull())
    .addColumn('quote_id', text)
    .addColumn('sentence_start', int, (c) => c.notNull())
    .addColumn('sentence_end', int, (c) => c.notNull())
    .addColumn('trigger_start', int, (c) => c.notNull())
    .addColumn('trigger_end', int, (c) => c.notNull())
    .addColumn('trigger_text', text, (c) => c.notNull())
    .addColumn('confidence', real, (c) => c.notNull())
    .addColumn('goldstein', real)
    .addPrimaryKeyConstraint('events_pk', ['article_id', 'event_id'])
    .execute();

  await db.schema
    .createTable('event_clusters')
    .addColumn('cluster_id', text, (c) => c.primaryKey())
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('source_codes', text)
    .addColumn('target_codes', text)
    .addColumn('date', text)
    .addColumn('country', text)
    .addColumn('members', text, (c) => c.notNull())
    .addColumn('sources', int, (c) => c.notNull())
    .addColumn('first_seen', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ingest_log')
    .addColumn('id', serial, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('input', text, (c) => c.notNull())
    .addColumn('article_id', text)
    .addColumn('status', text, (c) => c.notNull().check(sql`status in ('ok', 'duplicate', 'failed')`))
    .addColumn('reason', text)
    .addColumn('at', text, (c) => c.notNull())
    .execute();

  await createIndexes(db);
}

async function createIndexes(db: AnyDb): Promise<void> {
  const index = (name: string, table: string, columns: string[], unique = false) =>
    (unique ? db.schema.createIndex(name).unique() : db.schema.createIndex(name)).on(table).columns(columns);
  // Unique: the same url or the same content is the same article, even under concurrent writers.
  await index('articles_url_ux', 'articles', ['url'], true).execute();
  await index('articles_content_hash_ux', 'articles', ['content_hash'], true).execute();
  await index('articles_created_idx', 'articles', ['created_at', 'id']).execute();
  await index('actors_code_idx', 'actors', ['code']).execute();
  await index('events_date_idx', 'events', ['date']).execute();
  await index('events_type_idx', 'events', ['type']).execute();
  await index('events_source_codes_idx', 'events', ['source_codes']).execute();
  await index('events_target_codes_idx', 'events', ['target_codes']).execute();
  await index('ingest_log_input_idx', 'ingest_log', ['input']).execute();
  // The keyset order of queryEvents; events(article_id) is served by the primary key.
  await sql`create index events_order_idx on events ((coalesce(date, '')), article_id, event_id)`.execute(db);
}

/** Drops everything `up` created. */
export async function down(db: AnyDb): Promise<void> {
  for (const table of ['ingest_log', 'event_clusters', ...[...CHILDREN].reverse(), 'articles']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
