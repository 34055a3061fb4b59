import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { codeArticle } from '../pipeline/code-article.js';
import { readFileDoc } from '../source/read-file.js';
import { type EventRow, openStore, type Store, saveRecord, streamEvents } from '../store/index.js';
import { clusterEvents } from './clusters.js';
import { trackDeadlines } from './deadlines.js';
import { actorNetwork } from './network.js';

/**
 * End to end on the demo corpus (corpus/demo, README lists which events several outlets
 * report): every article coded, stored in a temporary SQLite file, read back, aggregated.
 * A failure here may be an extraction miss rather than aggregation: the messages say which.
 */

const DEMO = join(import.meta.dirname, '..', '..', 'corpus', 'demo');

describe('aggregate on the demo corpus', () => {
  let dir: string;
  let store: Store;
  let rows: EventRow[] = [];
  const outlets = new Map<string, string>();
  const knowledge = loadKnowledge();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-demo-'));
    store = await openStore(join(dir, 'demo.db'));
    for (const file of readdirSync(DEMO)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const record = codeArticle(readFileDoc(join(DEMO, file)), knowledge);
      if (record.article.source) outlets.set(record.article.id, record.article.source);
      const contentHash = createHash('sha256').update(record.article.text).digest('hex');
      await saveRecord(store.db, record, { contentHash, input: file });
    }
    rows = [];
    for await (const row of streamEvents(store.db)) rows.push(row);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('codes and stores events from every article', () => {
    expect(new Set(rows.map((r) => r.article_id)).size).toBeGreaterThanOrEqual(55);
  });

  it('the Moscow conference of 2021-03-18 is one cluster reported by at least two outlets', () => {
    const moscow = ['moscow-conference-opens', 'moscow-hosts-afghan-rivals', 'moscow-talks-joint-statement'];
    const clusters = clusterEvents(rows, { outlets }).filter(
      (c) =>
        c.type === 'CONSULT' && c.date?.startsWith('2021-03') && c.actors.some((a) => a.startsWith('RUS')),
    );
    const best = clusters.sort((a, b) => b.sources - a.sources)[0];
    expect(best, 'no CONSULT cluster with RUS in March 2021').toBeDefined();
    expect(best.date).toBe('2021-03-18');
    expect(
      best.sources,
      `members: ${best.members.map((m) => m.article_id).join(', ')}`,
    ).toBeGreaterThanOrEqual(2);
    expect(
      new Set(best.members.map((m) => m.article_id).filter((a) => moscow.includes(a))).size,
    ).toBeGreaterThanOrEqual(2);
    expect(best.actors).toEqual(expect.arrayContaining(['TAL']));
  });

  it('the US withdrawal deadline moves May 1 → September 11 → August 31 and is met on August 30', () => {
    const tracks = trackDeadlines(rows, { countries: new Set(knowledge.countries.map((c) => c.code)) });
    const us = tracks.find((t) => t.type === 'RETREAT' && t.source_codes.some((c) => c.startsWith('USA')));
    expect(us, `tracks: ${tracks.map((t) => `${t.name} ${t.current}`).join('; ')}`).toBeDefined();
    expect(us!.history.map((h) => [h.date, h.kind, h.previous])).toEqual([
      ['2021-05-01', 'set', null],
      ['2021-09-11', 'moved', '2021-05-01'],
      ['2021-08-31', 'moved', '2021-09-11'],
    ]);
    // who moved it, in which article: the Doha deal set it; Biden moved it (first reported by
    // Northgate Herald on April 13, when US officials briefed the decision) and moved it again
    expect(us!.history.map((h) => h.article_id)).toEqual([
      'us-taliban-deal-signed-doha',
      'istanbul-conference-announced',
      'biden-mission-ends-august-31',
    ]);
    expect(us!.outcome).toBe('met');
    expect(us!.occurred?.date).toBe('2021-08-30');
  });

  it('the March 2021 network connects RUS with AFG, TAL, USA, CHN and PAK, as the Moscow reports say', () => {
    const intensities = new Map([...knowledge.events.ploverByType].map(([t, info]) => [t, info.intensity]));
    const countries = new Set(knowledge.countries.map((c) => c.code));
    const net = actorNetwork(
      rows,
      { from: '2021-03', to: '2021-03', level: 'country', countries },
      intensities,
    );
    const codes = net.nodes.map((n) => n.code);
    expect(codes).toEqual(expect.arrayContaining(['RUS', 'AFG', 'TAL', 'USA', 'CHN', 'PAK']));
    const linked = new Set(net.edges.flatMap((e) => [`${e.source}-${e.target}`, `${e.target}-${e.source}`]));
    const missing = ['AFG', 'TAL', 'USA', 'CHN', 'PAK'].filter((c) => !linked.has(`RUS-${c}`));
    expect(
      missing,
      `edges: ${[...new Set(net.edges.map((e) => `${e.source}>${e.target}`))].join(' ')}`,
    ).toEqual([]);
  });
});
