import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './2026-11-26T000000-initial.js';
import * as eventAct from './2026-11-26T120000-event-act.js';

/**
 * Every migration, by name. Names are timestamps so that they sort in order; add new ones here
 * (static imports keep the store bundle-friendly: no directory scanning at run time).
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '2026-11-26T000000-initial': initial,
  '2026-11-26T120000-event-act': eventAct,
};

/** A Kysely migration provider over the static list above. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
};
