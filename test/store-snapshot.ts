import { type Store, TABLES, tableSnapshot } from '../src/store/index.js';

/**
 * Every parley table but the ingest log, as rows to compare across runs: the coding time in the
 * stored record JSON is not content, so it is left out.
 */
export async function contentSnapshot(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    if (t === 'ingest_log') continue;
    out[t] = (await tableSnapshot(store.db, t)).map((row) => {
      if (typeof row.record_json !== 'string') return row;
      const rec = JSON.parse(row.record_json);
      delete rec.meta.ms;
      return { ...row, record_json: rec };
    });
  }
  return out;
}
