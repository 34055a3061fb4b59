import type { EventStatusT } from '../model/record.js';
import type { StatusCounts } from './cluster-status.js';
import { type ClusterMember, type ClusterOptions, clusterEvents } from './clusters.js';
import type { AggregateRow } from './codes.js';
import { filterRows, type RowFilter } from './filters.js';

export { type Process, type ProcessOptions, processes } from './processes.js';

/** Options of {@link timeline}: which rows (see {@link RowFilter}) and how to cluster them. */
export interface TimelineOptions extends RowFilter, ClusterOptions {}

/** One happening on a timeline: a cluster of reports, with planned and occurred reports counted. */
export interface TimelineItem {
  readonly date: string | null;
  readonly type: string;
  readonly mode: string | null;
  /** Merged status (occurred > ongoing > planned …); `statuses` shows what the reports said. */
  readonly status: EventStatusT;
  readonly statuses: StatusCounts;
  readonly deadline: boolean;
  readonly source_codes: string[];
  readonly target_codes: string[];
  readonly place_name: string | null;
  readonly country: string | null;
  readonly cluster_id: string;
  readonly members: ClusterMember[];
  readonly sources: number;
  readonly articles: number;
  readonly first_report: string | null;
  readonly title: string | null;
  readonly trigger: string;
}

/**
 * The timeline of an actor (`actor`), a pair of actors (`pair`), a type of process (`type`) or
 * all rows, within `from`..`to`: the rows are filtered, clustered across articles, and each
 * cluster is one item, sorted by date (undated last), with its merged status (planned vs occurred).
 */
export function timeline(rows: readonly AggregateRow[], opts: TimelineOptions = {}): TimelineItem[] {
  return clusterEvents(filterRows(rows, opts), opts).map((c) => ({
    date: c.date,
    type: c.type,
    mode: c.mode,
    status: c.status,
    statuses: c.statuses,
    deadline: c.deadline,
    source_codes: c.source_codes,
    target_codes: c.target_codes,
    place_name: c.place_name,
    country: c.country,
    cluster_id: c.id,
    members: c.members,
    sources: c.sources,
    articles: c.articles,
    first_report: c.first_report,
    title: c.title,
    trigger: c.trigger,
  }));
}
