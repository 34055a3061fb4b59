import { beforeAll, expect, it } from 'vitest';
import { queryActors } from './actor.repository.js';
import { saveRecord } from './article.repository.js';
import { clearStore, describeEachDialect } from './test-dialects.js';
import { moscowTalksRecord } from './test-fixtures.js';
import { generatedRecords, kabulTalksRecord } from './test-fixtures-extra.js';

describeEachDialect('actor.repository', (current) => {
  beforeAll(async () => {
    const { db } = current();
    await clearStore(db);
    await saveRecord(db, moscowTalksRecord(), { contentHash: 'm', input: 'moscow' });
    await saveRecord(db, kabulTalksRecord(), { contentHash: 'k', input: 'kabul' });
    // Two more articles that call TAL "the Taliban" (Moscow says "Taliban") and mention RUS once.
    for (const [i, record] of generatedRecords(2, 3).entries()) {
      await saveRecord(db, record, { contentHash: `g${i}`, input: `g${i}` });
    }
  });

  it('aggregates by code: most common name, articles and mentions; uncoded actors left out', async () => {
    const actors = await queryActors(current().db);
    expect(actors.map((a) => a.code)).toEqual(['RUS', 'TAL', 'AFGGOV', 'PAKGOV', 'PAKTAL', 'RUSGOV', 'USA']);
    expect(actors[0]).toEqual({
      code: 'RUS',
      name: 'Russia',
      kind: 'state',
      country: 'RUS',
      articles: 3,
      mentions: 5,
    });
    expect(actors[1]).toEqual({
      code: 'TAL',
      name: 'the Taliban',
      kind: 'armed-group',
      country: 'AFG',
      articles: 3,
      mentions: 6,
    });
    expect(actors.find((a) => a.code === 'RUSGOV')).toEqual({
      code: 'RUSGOV',
      name: 'Sergei Lavrov',
      kind: 'person',
      country: 'RUS',
      articles: 1,
      mentions: 1,
    });
  });

  it('filters by code prefix and by text in any name or the code, and limits', async () => {
    const { db } = current();
    expect((await queryActors(db, { code: 'pak' })).map((a) => a.code)).toEqual(['PAKGOV', 'PAKTAL']);
    expect((await queryActors(db, { q: 'TALIBAN' })).map((a) => a.code)).toEqual(['TAL', 'PAKTAL']);
    expect((await queryActors(db, { q: 'lavrov' })).map((a) => a.code)).toEqual(['RUSGOV']);
    expect((await queryActors(db, { q: 'usa' })).map((a) => a.code)).toEqual(['USA']);
    expect(await queryActors(db, { q: '%' })).toEqual([]);
    expect(await queryActors(db, { limit: 2 })).toHaveLength(2);
  });
});
