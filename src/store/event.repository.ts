import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import { decodeCursor, encodeCursor, pageSize } from './cursor.js';
import type { Database, EventTable } from './database.js';
import { type EventFilter, eventConditions } from './event-filter.js';

export type { EventFilter } from './event-filter.js';

/** A page request: a filter plus page size (default 100, at most 5000) and the previous page's `next`. */
export interface EventQuery extends EventFilter {
  readonly limit?: number;
  readonly cursor?: string | null;
}

/**
 * An event as read back: the events row with JSON and booleans decoded (codes as arrays), plus
 * the article's title, url and publication date.
 */
export interface EventRow
  extends Omit<
    Selectable<EventTable>,
    'context' | 'source_codes' | 'source_ids' | 'target_codes' | 'target_ids' | 'deadline'
  > {
  context: string[];
  source_codes: string[];
  source_ids: string[];
  target_codes: string[];
  target_ids: string[];
  deadline: boolean;
  article_title: string | null;
  article_url: string | null;
  article_published: string | null;
}

const DATE_KEY = sql<string>`coalesce(e.date, '')`;

/**
 * One page of events matching `query`, in (date, article_id, event_id) order (events without a
 * date first), with keyset pagination: pass `next` back as `cursor` until it is null. Pages stay
 * consistent while rows are added. Throws InvalidCursorError for a cursor it did not make.
 */
export async function queryEvents(
  db: Kysely<Database>,
  query: EventQuery = {},
): Promise<{ events: EventRow[]; next: string | null }> {
  const size = pageSize(query.limit, 100, 5000);
  let select = db
    .selectFrom('events as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .selectAll('e')
    .select(['a.title as article_title', 'a.url as article_url', 'a.published as article_published'])
    .where((eb) => eb.and(eventConditions(eb, query)))
    .orderBy(DATE_KEY)
    .orderBy('e.article_id')
    .orderBy('e.event_id')
    .limit(size + 1);
  if (query.cursor) {
    const [date, articleId, eventId] = decodeCursor(query.cursor, 3);
    select = select.where(
      sql<boolean>`(${DATE_KEY}, e.article_id, e.event_id) > (${date}, ${articleId}, ${eventId})`,
    );
  }
  const rows = await select.execute();
  const events = rows.slice(0, size).map(decodeEvent);
  const last = events[events.length - 1];
  const next = rows.length > size ? encodeCursor([last.date ?? '', last.article_id, last.event_id]) : null;
  return { events, next };
}

/**
 * Every event matching `where`, read in pages of 1000 through the same keyset as
 * {@link queryEvents}, so memory stays constant however many there are (for exports).
 */
export async function* streamEvents(db: Kysely<Database>, where: EventFilter = {}): AsyncIterable<EventRow> {
  let cursor: string | null = null;
  do {
    const page: { events: EventRow[]; next: string | null } = await queryEvents(db, {
      ...where,
      limit: 1000,
      cursor,
    });
    yield* page.events;
    cursor = page.next;
  } while (cursor !== null);
}

type JoinedRow = Selectable<EventTable> &
  Pick<EventRow, 'article_title' | 'article_url' | 'article_published'>;

function decodeEvent(row: JoinedRow): EventRow {
  const codes = (value: string | null) => (value ? value.split(' ') : []);
  return {
    ...row,
    context: JSON.parse(row.context) as string[],
    source_codes: codes(row.source_codes),
    source_ids: JSON.parse(row.source_ids) as string[],
    target_codes: codes(row.target_codes),
    target_ids: JSON.parse(row.target_ids) as string[],
    deadline: row.deadline === 1,
  };
}
