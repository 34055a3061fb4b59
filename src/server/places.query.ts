import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/index.js';

/** Which places {@link queryPlaces} reads. */
export interface PlaceQuery {
  /** ISO alpha-3 country. */
  readonly country?: string;
  /** Case-insensitive text in the name. */
  readonly q?: string;
  readonly kind?: 'city' | 'country' | 'region' | 'other';
  /** At most this many (default 500, at most 5000). */
  readonly limit?: number;
}

/** One place across all articles: the events located there and the articles that name it. */
export interface PlaceSummary {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  kind: string;
  events: number;
  articles: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * Places aggregated over every stored article by (name, country, lat, lon, kind), with the number
 * of events located there and of articles that mention them; most events first, then most
 * articles, then name. Same results on SQLite and PostgreSQL.
 */
export async function queryPlaces(db: Kysely<Database>, query: PlaceQuery = {}): Promise<PlaceSummary[]> {
  const limit = Math.min(5000, Math.max(1, Math.floor(query.limit ?? 500)));
  let select = db
    .selectFrom('places as p')
    .leftJoin('events as e', (join) =>
      join.onRef('e.article_id', '=', 'p.article_id').onRef('e.place_id', '=', 'p.place_id'),
    )
    .select(['p.name', 'p.country', 'p.lat', 'p.lon', 'p.kind'])
    .select((eb) => [
      eb.fn.count<number | string>('e.event_id').as('events'),
      eb.fn.count<number | string>('p.article_id').distinct().as('articles'),
    ])
    .groupBy(['p.name', 'p.country', 'p.lat', 'p.lon', 'p.kind'])
    .orderBy(sql`count(e.event_id)`, 'desc')
    .orderBy(sql`count(distinct p.article_id)`, 'desc')
    .orderBy('p.name')
    .orderBy(sql`coalesce(p.country, '')`)
    .orderBy('p.kind')
    .limit(limit);
  if (query.country?.trim()) select = select.where('p.country', '=', query.country.trim().toUpperCase());
  if (query.kind) select = select.where('p.kind', '=', query.kind);
  if (query.q?.trim()) {
    select = select.where(
      sql<boolean>`lower(p.name) like lower(${`%${escapeLike(query.q.trim())}%`}) escape '\\'`,
    );
  }
  const rows = await select.execute();
  return rows.map((r) => ({
    name: r.name,
    country: r.country,
    lat: r.lat === null ? null : Number(r.lat),
    lon: r.lon === null ? null : Number(r.lon),
    kind: r.kind,
    events: Number(r.events),
    articles: Number(r.articles),
  }));
}
