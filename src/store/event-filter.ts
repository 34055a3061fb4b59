import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ArticleTable, EventTable } from './database.js';
import { likeLiteral } from './sql-util.js';

/** Which events to read; every field is optional and they combine with AND. */
export interface EventFilter {
  /** Actor code prefix, matched against every source and target code ('TAL' matches TAL, TALMIL). */
  readonly actor?: string;
  /** PLOVER type(s). */
  readonly type?: string | readonly string[];
  /** Event status(es): occurred, ongoing, planned, hypothetical, negated. */
  readonly status?: string | readonly string[];
  /** Earliest date, inclusive (ISO string compare; events without a date are left out). */
  readonly from?: string;
  /** Latest date, inclusive at its own precision: '2021-03' includes '2021-03-31'. */
  readonly to?: string;
  /** ISO alpha-3 country of the event's place. */
  readonly country?: string;
  /** Case-insensitive text in the trigger, the evidence sentence or the article title. */
  readonly q?: string;
  /** Only the events of this article. */
  readonly article?: string;
}

/** The events-join-articles query the filter applies to. */
export type EventsJoin = { e: EventTable; a: ArticleTable };

const list = (value: string | readonly string[]): string[] =>
  typeof value === 'string' ? [value] : [...value];
const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The SQL conditions of `filter` over `events as e` joined to `articles as a`. */
export function eventConditions(
  eb: ExpressionBuilder<EventsJoin, 'e' | 'a'>,
  filter: EventFilter,
): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (set(filter.actor)) {
    const code = likeLiteral(filter.actor.trim().toUpperCase());
    const [first, later] = [`${code}%`, `% ${code}%`];
    where.push(
      sql<SqlBool>`(e.source_codes like ${first} escape '\\' or e.source_codes like ${later} escape '\\'
        or e.target_codes like ${first} escape '\\' or e.target_codes like ${later} escape '\\')`,
    );
  }
  if (filter.type !== undefined) where.push(eb('e.type', 'in', list(filter.type)));
  if (filter.status !== undefined) where.push(eb('e.status', 'in', list(filter.status)));
  if (set(filter.from)) where.push(eb('e.date', '>=', filter.from));
  if (set(filter.to))
    where.push(sql<SqlBool>`substr(e.date, 1, ${sql.lit(filter.to.length)}) <= ${filter.to}`);
  if (set(filter.country)) where.push(eb('e.country', '=', filter.country.trim().toUpperCase()));
  if (set(filter.article)) where.push(eb('e.article_id', '=', filter.article));
  if (set(filter.q)) {
    const text = `%${likeLiteral(filter.q.trim())}%`;
    const sentence = sql`substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)`;
    where.push(
      sql<SqlBool>`(lower(e.trigger_text) like lower(${text}) escape '\\'
        or lower(${sentence}) like lower(${text}) escape '\\'
        or lower(coalesce(a.title, '')) like lower(${text}) escape '\\')`,
    );
  }
  return where;
}
