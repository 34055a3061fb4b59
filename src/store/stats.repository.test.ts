import { expect, it } from 'vitest';
import type { ParleyRecord } from '../model/record.js';
import { saveRecord } from './article.repository.js';
import { TABLES } from './database.js';
import { countRows, tableSnapshot } from './stats.repository.js';
import { describeEachDialect, freshStore, testLegs } from './test-dialects.js';
import { moscowTalksRecord } from './test-fixtures.js';
import { kabulTalksRecord } from './test-fixtures-extra.js';

describeEachDialect('stats.repository', (current, dialect) => {
  it('counts the rows of every table', async () => {
    const { db } = current();
    expect(Object.values(await countRows(db)).every((n) => n === 0)).toBe(true);
    await saveRecord(db, kabulTalksRecord(), { contentHash: 'k', input: 'kabul' });
    expect(await countRows(db)).toEqual({
      articles: 1,
      actors: 2,
      mentions: 5,
      times: 1,
      places: 1,
      quotes: 0,
      events: 1,
      event_clusters: 0,
      ingest_log: 1,
    });
  });

  it('snapshots two stores that stored the same articles, one after a failed attempt, as equal', async () => {
    const leg = testLegs().find((l) => l.dialect === dialect)!;
    const a = await freshStore(leg, 'snap_a');
    const b = await freshStore(leg, 'snap_b').catch(async (err) => {
      await a.dispose();
      throw err;
    });
    try {
      const moscow = moscowTalksRecord();
      const broken: ParleyRecord = { ...moscow, actors: [...moscow.actors, moscow.actors[0]] };
      await saveRecord(a.store.db, moscow, {
        contentHash: 'm',
        input: 'moscow',
        now: '2026-01-01T00:00:00Z',
      });
      await saveRecord(a.store.db, kabulTalksRecord(), { contentHash: 'k', input: 'kabul' });
      // b: other order, a crash-like failure half-way through moscow, then the resumed run.
      await saveRecord(b.store.db, kabulTalksRecord(), {
        contentHash: 'k',
        input: 'kabul',
        now: '2027-05-05T00:00:00Z',
      });
      await expect(saveRecord(b.store.db, broken, { contentHash: 'm', input: 'moscow' })).rejects.toThrow();
      await saveRecord(b.store.db, moscow, { contentHash: 'm', input: 'moscow' });
      for (const store of [a.store, b.store]) {
        await store.db
          .insertInto('event_clusters')
          .values({
            cluster_id: 'c1',
            type: 'CONSULT',
            source_codes: 'RUS',
            target_codes: 'AFGGOV TAL',
            date: '2021-03-18',
            country: 'RUS',
            members: JSON.stringify([['moscow-talks-2021-03-18', 'e1']]),
            sources: 1,
            first_seen: '2021-03-18',
            status: 'ongoing',
          })
          .execute();
      }
      for (const table of TABLES) {
        expect(await tableSnapshot(b.store.db, table), table).toEqual(await tableSnapshot(a.store.db, table));
      }
      const [article] = await tableSnapshot(a.store.db, 'articles');
      expect(Object.keys(article)).not.toContain('created_at');
      expect((await tableSnapshot(a.store.db, 'events')).map((e) => `${e.article_id}:${e.event_id}`)).toEqual(
        [
          'kabul-talks-2022-05-16:e1',
          ...['e1', 'e2', 'e3', 'e4', 'e5'].map((e) => `moscow-talks-2021-03-18:${e}`),
        ],
      );
    } finally {
      await a.dispose();
      await b.dispose();
    }
  });

  it('refuses an unknown table', async () => {
    await expect(tableSnapshot(current().db, 'users' as never)).rejects.toThrow(/unknown table/);
  });
});
