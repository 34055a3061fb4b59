/**
 * Cross-article aggregation over stored event rows: clusters of reports of one happening,
 * deadline tracking, timelines and processes, actor networks. Pure functions, no I/O.
 */

export { type ClusterMember, type ClusterOptions, clusterEvents, type EventCluster } from './clusters.js';
export { type AggregateRow, countryKey, outletOf } from './codes.js';
export {
  type DeadlineEntry,
  type DeadlineKind,
  type DeadlineOptions,
  type DeadlineOutcome,
  type DeadlineTrack,
  type OccurredRef,
  trackDeadlines,
} from './deadlines.js';
export { filterRows, type RowFilter } from './filters.js';
export {
  type ActorNetwork,
  actorNetwork,
  type NetworkEdge,
  type NetworkNode,
  type NetworkOptions,
} from './network.js';
export { type Process, type ProcessOptions, processes } from './processes.js';
export { type TimelineItem, type TimelineOptions, timeline } from './timeline.js';
