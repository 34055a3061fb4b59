import { type Kysely, PostgresIntrospector, sql } from 'kysely';

/**
 * `events.act_*`: the act an AGREE, THREATEN, REJECT or REQUEST event promises, threatens,
 * refuses or demands (`events[].act` of the record), so that queries and exports see it.
 * Existing rows keep nulls; `parley ingest --recode` fills them from the current coder.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const text = db.introspection instanceof PostgresIntrospector ? sql`text collate "C"` : sql`text`;
  // one column per statement: SQLite's ALTER TABLE adds a single column at a time
  for (const col of ['act_type', 'act_cameo', 'act_status', 'act_date'])
    await db.schema.alterTable('events').addColumn(col, text).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const col of ['act_date', 'act_status', 'act_cameo', 'act_type'])
    await db.schema.alterTable('events').dropColumn(col).execute();
}
