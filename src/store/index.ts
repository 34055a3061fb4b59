/**
 * The parley store: Kysely over SQLite (embedded default) and PostgreSQL, one schema and one set
 * of migrations for both. Everything ingest/, server/ and cli/ need is exported here.
 */
export { openStore, migrate, type OpenStoreOptions, type Store, type StoreDialect } from './connect.js';
export type { Database, TableName } from './database.js';
export { TABLES } from './database.js';
export {
  saveRecord,
  getRecord,
  listArticles,
  logFailure,
  deleteArticles,
  type ArticleSummary,
  type SaveOptions,
  type SaveOutcome,
} from './article.repository.js';
export { queryEvents, streamEvents, type EventFilter, type EventQuery, type EventRow } from './event.repository.js';
export { queryActors, type ActorQuery, type ActorSummary } from './actor.repository.js';
export { countRows, tableSnapshot, type TableCounts } from './stats.repository.js';
export { InvalidCursorError } from './cursor.js';
