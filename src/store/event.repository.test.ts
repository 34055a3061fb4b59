import { beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema } from '../model/record.js';
import { saveRecord } from './article.repository.js';
import { encodeCursor, InvalidCursorError } from './cursor.js';
import { type EventQuery, queryEvents, streamEvents } from './event.repository.js';
import { clearStore, describeEachDialect } from './test-dialects.js';
import { moscowTalksRecord } from './test-fixtures.js';
import { generatedRecords, kabulTalksRecord } from './test-fixtures-extra.js';

const M = 'moscow-talks-2021-03-18';
const K = 'kabul-talks-2022-05-16';

describeEachDialect('event.repository', (current) => {
  describe('filters', () => {
    beforeAll(async () => {
      const { db } = current();
      await clearStore(db);
      await saveRecord(db, moscowTalksRecord(), { contentHash: 'm', input: 'moscow' });
      await saveRecord(db, kabulTalksRecord(), { contentHash: 'k', input: 'kabul' });
    });
    const ids = async (query: EventQuery) =>
      (await queryEvents(current().db, query)).events.map(
        (e) => `${e.article_id === M ? 'M' : 'K'}:${e.event_id}`,
      );

    const cases: [string, EventQuery, string[]][] = [
      ['no filter: all, by date', {}, ['M:e1', 'M:e2', 'M:e4', 'M:e5', 'M:e3', 'K:e1']],
      ['actor prefix TAL: source or target, not PAKTAL', { actor: 'TAL' }, ['M:e1', 'M:e2', 'M:e4']],
      ['actor prefix is case-insensitive', { actor: ' tal ' }, ['M:e1', 'M:e2', 'M:e4']],
      ['actor prefix RUS matches RUS and RUSGOV', { actor: 'RUS' }, ['M:e1', 'M:e2']],
      ['actor prefix PAK', { actor: 'PAK' }, ['K:e1']],
      ['actor LIKE wildcards are literal', { actor: '%' }, []],
      ['actor LIKE underscore is literal', { actor: '_AL' }, []],
      ['type', { type: 'CONSULT' }, ['M:e1', 'M:e5', 'K:e1']],
      ['types', { type: ['REJECT', 'RETREAT'] }, ['M:e4', 'M:e3']],
      ['status', { status: 'planned' }, ['M:e5', 'M:e3']],
      ['date range, to inclusive at its precision', { from: '2021-04', to: '2021-05' }, ['M:e5', 'M:e3']],
      ['to a day', { to: '2021-03-18' }, ['M:e1', 'M:e2', 'M:e4']],
      ['from a year', { from: '2022' }, ['K:e1']],
      ['country of the place', { country: 'afg' }, ['M:e3', 'K:e1']],
      ['q in trigger, any case', { q: 'UNACCEPTABLE' }, ['M:e2']],
      ['q in evidence sentence', { q: 'degrading military' }, ['M:e2']],
      ['q in article title', { q: 'exit looms' }, ['M:e1', 'M:e2', 'M:e4', 'M:e5', 'M:e3']],
      ['q with LIKE wildcard is literal', { q: '100%' }, []],
      ['filters combine', { actor: 'TAL', status: 'occurred' }, ['M:e2', 'M:e4']],
      ['one article', { article: K }, ['K:e1']],
    ];
    for (const [label, query, expected] of cases) {
      it(label, async () => expect(await ids(query)).toEqual(expected));
    }

    it('decodes rows: arrays, booleans, place and article fields', async () => {
      const { events } = await queryEvents(current().db, { article: M, type: ['CONSULT', 'RETREAT'] });
      expect(events[0]).toMatchObject({
        event_id: 'e1',
        context: ['diplomatic'],
        source_codes: ['RUS'],
        source_ids: ['a1'],
        target_codes: ['AFGGOV', 'TAL'],
        target_ids: ['a3', 'a4'],
        deadline: false,
        place_name: 'Moscow',
        country: 'RUS',
        article_title: moscowTalksRecord().article.title,
        article_published: '2021-03-18',
      });
      expect(events.find((e) => e.event_id === 'e3')).toMatchObject({ deadline: true, date: '2021-05-01' });
      expect(events.find((e) => e.event_id === 'e5')).toMatchObject({ source_codes: [], target_ids: [] });
    });

    it('keeps the act an event is about', async () => {
      const { events } = await queryEvents(current().db, { article: M });
      expect(events.find((e) => e.event_id === 'e4')).toMatchObject({
        act_type: 'CONSULT',
        act_cameo: '04',
        act_status: 'negated',
        act_date: null,
      });
      expect(events.find((e) => e.event_id === 'e1')).toMatchObject({ act_type: null, act_status: null });
    });

    it('rejects a cursor it did not make', async () => {
      const { db } = current();
      await expect(queryEvents(db, { cursor: 'garbage!' })).rejects.toBeInstanceOf(InvalidCursorError);
      await expect(queryEvents(db, { cursor: encodeCursor(['a', 'b']) })).rejects.toThrow(/invalid cursor/);
    });
  });

  describe('pagination over 2,500 events', () => {
    const records = generatedRecords(25, 100);
    const key = (e: { date: string | null; article_id: string; event_id: string }) =>
      `${e.date ?? ''}|${e.article_id}|${e.event_id}`;
    const expected = records
      .flatMap((r) => r.events.map((e) => ({ date: e.date, article_id: r.article.id, event_id: e.id })))
      .sort(
        (a, b) =>
          cmp(a.date ?? '', b.date ?? '') || cmp(a.article_id, b.article_id) || cmp(a.event_id, b.event_id),
      )
      .map(key);

    beforeAll(async () => {
      const { db } = current();
      await clearStore(db);
      for (const [i, record] of records.entries()) {
        RecordSchema.parse(record);
        await saveRecord(db, record, { contentHash: `gen-${i}`, input: `gen/${i}` });
      }
    });

    it('returns every event exactly once, in (date, article, event) order', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof queryEvents>> = await queryEvents(current().db, {
          limit: 97,
          cursor,
        });
        seen.push(...page.events.map(key));
        cursor = page.next;
        pages++;
      } while (cursor);
      expect(pages).toBe(Math.ceil(2500 / 97));
      expect(new Set(seen).size).toBe(2500);
      expect(seen).toEqual(expected);
    });

    it('pages a filtered query the same as one big page', async () => {
      const { db } = current();
      const filter: EventQuery = { actor: 'TAL', status: 'planned', from: '2021-03' };
      const whole = (await queryEvents(db, { ...filter, limit: 5000 })).events.map(key);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof queryEvents>> = await queryEvents(db, {
          ...filter,
          limit: 50,
          cursor,
        });
        paged.push(...page.events.map(key));
        cursor = page.next;
      } while (cursor);
      expect(whole.length).toBeGreaterThan(100);
      expect(paged).toEqual(whole);
    });

    it('streams all events in pages of 1000, and a filtered subset', async () => {
      const { db } = current();
      const all: string[] = [];
      for await (const event of streamEvents(db)) all.push(key(event));
      expect(all).toEqual(expected);
      let consult = 0;
      for await (const event of streamEvents(db, { type: 'CONSULT' })) {
        expect(event.type).toBe('CONSULT');
        consult++;
      }
      expect(consult).toBe(records.flatMap((r) => r.events).filter((e) => e.type === 'CONSULT').length);
    });
  });
});

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
