import type { Kysely } from 'kysely';
import type { Database, EventRow } from '../store/index.js';
import type { ActorInfo, ExportEvent } from './types.js';

/**
 * Adds to each event what the dyadic formats need and the events table does not hold: its
 * actors (name, country, sector), its place's kind and GeoNames id, the outlet and when the
 * article was stored. Reads in batches of `batch` events (3 queries a batch), so memory stays
 * constant; order is kept.
 */
export async function* withDetails(
  db: Kysely<Database>,
  rows: AsyncIterable<EventRow>,
  batch = 500,
): AsyncIterable<ExportEvent> {
  let pending: EventRow[] = [];
  for await (const row of rows) {
    pending.push(row);
    if (pending.length >= batch) {
      yield* await detail(db, pending);
      pending = [];
    }
  }
  if (pending.length > 0) yield* await detail(db, pending);
}

async function detail(db: Kysely<Database>, rows: readonly EventRow[]): Promise<ExportEvent[]> {
  const ids = [...new Set(rows.map((r) => r.article_id))];
  const [actors, places, articles] = await Promise.all([
    db
      .selectFrom('actors')
      .select(['article_id', 'actor_id', 'code', 'name', 'country', 'sector'])
      .where('article_id', 'in', ids)
      .execute(),
    db
      .selectFrom('places')
      .select(['article_id', 'place_id', 'kind', 'geonameid'])
      .where('article_id', 'in', ids)
      .execute(),
    db.selectFrom('articles').select(['id', 'source', 'created_at']).where('id', 'in', ids).execute(),
  ]);
  const key = (a: string, b: string) => `${a}\u0000${b}`;
  const actorBy = new Map<string, ActorInfo>(
    actors.map((a) => [
      key(a.article_id, a.actor_id),
      { code: a.code, name: a.name, country: a.country, sector: a.sector },
    ]),
  );
  const placeBy = new Map(places.map((p) => [key(p.article_id, p.place_id), p]));
  const articleBy = new Map(articles.map((a) => [a.id, a]));
  const resolve = (articleId: string, list: readonly string[]) =>
    list.map((id) => actorBy.get(key(articleId, id))).filter((a): a is ActorInfo => a !== undefined);
  return rows.map((r) => {
    const place = r.place_id === null ? undefined : placeBy.get(key(r.article_id, r.place_id));
    const article = articleBy.get(r.article_id);
    return {
      ...r,
      sources: resolve(r.article_id, r.source_ids),
      targets: resolve(r.article_id, r.target_ids),
      place_kind: place?.kind ?? null,
      geonameid: place?.geonameid === null || place?.geonameid === undefined ? null : Number(place.geonameid),
      article_source: article?.source ?? null,
      article_created_at: article?.created_at ?? null,
    };
  });
}
