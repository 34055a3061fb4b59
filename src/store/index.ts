/**
 * The parley store: Kysely over SQLite (embedded default) and PostgreSQL, one schema and one set
 * of migrations for both. Everything ingest/, server/ and cli/ need is exported here.
 */

export { type ActorQuery, type ActorSummary, queryActors } from './actor.repository.js';
export {
  type ArticleSummary,
  deleteArticles,
  getRecord,
  isStored,
  listArticles,
  logDuplicate,
  logFailure,
  type SaveItem,
  type SaveOptions,
  type SaveOutcome,
  type SaveResult,
  saveRecord,
  saveRecords,
} from './article.repository.js';
export { migrate, type OpenStoreOptions, openStore, type Store, type StoreDialect } from './connect.js';
export { InvalidCursorError } from './cursor.js';
export type { Database, TableName } from './database.js';
export { TABLES } from './database.js';
export {
  type EventFilter,
  type EventQuery,
  type EventRow,
  queryEvents,
  streamEvents,
} from './event.repository.js';
export { countRows, type TableCounts, tableSnapshot } from './stats.repository.js';
