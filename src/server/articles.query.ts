import type { Kysely } from 'kysely';
import type { Database } from '../store/index.js';

/**
 * The id of the stored article that is "the same" as one with this id, content hash or url (the
 * rule saveRecord applies), so that POST /v1/articles can name the article a duplicate matched.
 */
export async function findStoredArticleId(
  db: Kysely<Database>,
  same: { id: string; contentHash: string; url: string | null },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('id', '=', same.id),
        eb('content_hash', '=', same.contentHash),
        ...(same.url === null ? [] : [eb('url', '=', same.url)]),
      ]),
    )
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
