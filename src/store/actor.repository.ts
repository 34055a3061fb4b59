import { type Kysely, type RawBuilder, sql } from 'kysely';
import { pageSize } from './cursor.js';
import type { Database } from './database.js';
import { likeLiteral, toCount } from './sql-util.js';

/** Which actors {@link queryActors} reads. */
export interface ActorQuery {
  /** Case-insensitive text in any name the code was given, or in the code. */
  readonly q?: string;
  /** Code prefix ('AFG' matches AFG, AFGGOV, AFGMIL). */
  readonly code?: string;
  /** At most this many (default 50, at most 1000). */
  readonly limit?: number;
}

/** One actor code across all articles. */
export interface ActorSummary {
  code: string;
  /** The name most often given to the code (ties: alphabetical). */
  name: string;
  /** Kind and country of that most common name's rows. */
  kind: string;
  country: string | null;
  /** Articles the code appears in. */
  articles: number;
  /** Mentions of it in all articles. */
  mentions: number;
}

/**
 * Actors aggregated by code (actors without a code are left out), most widely reported first,
 * then by code.
 */
export async function queryActors(db: Kysely<Database>, query: ActorQuery = {}): Promise<ActorSummary[]> {
  const scope: RawBuilder<unknown>[] = [sql`code is not null`];
  if (query.code?.trim()) {
    scope.push(sql`code like ${`${likeLiteral(query.code.trim().toUpperCase())}%`} escape '\\'`);
  }
  if (query.q?.trim()) {
    const text = `%${likeLiteral(query.q.trim())}%`;
    scope.push(sql`code in (select code from actors where code is not null
      and (lower(name) like lower(${text}) escape '\\' or lower(code) like lower(${text}) escape '\\'))`);
  }
  const where = sql.join(scope, sql` and `);
  const { rows } = await sql<Record<keyof ActorSummary, unknown>>`
    with variants as (
      select code, name, kind, country, count(*) as n
      from actors where ${where} group by code, name, kind, country
    ), ranked as (
      select code, name, kind, country,
        row_number() over (partition by code order by n desc, name, kind, coalesce(country, '')) as rn
      from variants
    ), totals as (
      select code, count(distinct article_id) as articles from actors where ${where} group by code
    ), mention_totals as (
      select ac.code, count(*) as mentions
      from actors ac join mentions m
        on m.article_id = ac.article_id and m.owner_kind = 'actor' and m.owner_id = ac.actor_id
      where ac.code in (select code from totals) group by ac.code
    )
    select r.code, r.name, r.kind, r.country, t.articles, coalesce(mt.mentions, 0) as mentions
    from ranked r
      join totals t on t.code = r.code
      left join mention_totals mt on mt.code = r.code
    where r.rn = 1
    order by t.articles desc, r.code
    limit ${sql.lit(pageSize(query.limit, 50, 1000))}
  `.execute(db);
  return rows.map((r) => ({
    code: String(r.code),
    name: String(r.name),
    kind: String(r.kind),
    country: r.country === null ? null : String(r.country),
    articles: toCount(r.articles),
    mentions: toCount(r.mentions),
  }));
}
