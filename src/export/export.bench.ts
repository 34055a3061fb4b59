/**
 * Export memory bench: stores N synthetic events (default 100 000) in a temp SQLite store through
 * saveRecord, then streams an export of all of them (default gdelt) to a counting sink and prints
 * RSS and heap at the start, every 20 000 lines and at the peak. Constant memory means the numbers
 * stay flat as the line count grows.
 *
 *   node --expose-gc --import tsx src/export/export.bench.ts [events] [format]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadKnowledge } from '../knowledge/knowledge.js';
import type { ParleyEvent, ParleyRecord } from '../model/record.js';
import { openStore, saveRecord } from '../store/index.js';
import { EXPORT_FORMATS, type ExportFormatName, exportLines, writeLines } from './index.js';

const PER_ARTICLE = 50;
const TYPES = ['CONSULT', 'AGREE', 'REQUEST', 'REJECT', 'THREATEN', 'ASSAULT'] as const;
const CAMEO = ['040', '030', '020', '120', '130', '190'];
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** One synthetic article with PER_ARTICLE events between three actors, at one place. */
function record(i: number): ParleyRecord {
  const text = `Article ${i}. Russia and the Taliban held talks in Moscow with the Afghan government.`;
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const actor = (id: string, code: string, name: string, country: string, m: string) => ({
    id,
    code,
    name,
    kind: 'state' as const,
    country,
    role: null,
    sector: null,
    mentions: [at(m)],
    known: true,
    confidence: 0.9,
  });
  const events = Array.from(
    { length: PER_ARTICLE },
    (_, j): ParleyEvent => ({
      id: `e${j}`,
      type: TYPES[j % TYPES.length],
      mode: null,
      context: ['diplomatic'],
      cameo: CAMEO[j % CAMEO.length],
      source: ['a1'],
      target: ['a2', 'a3'],
      time: null,
      date: `20${10 + (i % 12)}-${String(1 + (j % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      place: 'p1',
      status: 'occurred',
      deadline: false,
      quote: null,
      evidence: { sentence: { start: 0, end: text.length }, trigger: at('held talks') },
      confidence: 0.7,
    }),
  );
  return {
    schema: 'parley.record/1',
    article: {
      id: `bench-${i}`,
      url: `https://bench.invalid/${i}`,
      source: 'bench.invalid',
      language: 'en',
      published: '2021-03-18',
      title: `Bench ${i}`,
      lede: null,
      text,
      paragraphs: [{ start: 0, end: text.length, kind: 'body' }],
      captions: [],
      removed: [],
    },
    actors: [
      actor('a1', 'RUS', 'Russia', 'RUS', 'Russia'),
      actor('a2', 'TAL', 'Taliban', 'AFG', 'Taliban'),
      actor('a3', 'AFGGOV', 'Government of Afghanistan', 'AFG', 'Afghan government'),
    ],
    times: [],
    places: [
      {
        id: 'p1',
        name: 'Moscow',
        country: 'RUS',
        geonameid: 524901,
        lat: 55.75,
        lon: 37.62,
        kind: 'city',
        mentions: [at('Moscow')],
      },
    ],
    quotes: [],
    events,
    meta: { parley: '0.1.0', knowledge: 'bench', ms: 0 },
  };
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 100_000);
  const format = (process.argv[3] ?? 'gdelt') as ExportFormatName;
  if (!(format in EXPORT_FORMATS)) throw new Error(`unknown format ${format}`);
  const dir = mkdtempSync(join(tmpdir(), 'parley-export-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    const t0 = performance.now();
    for (let i = 0; i < Math.ceil(total / PER_ARTICLE); i++) {
      await saveRecord(store.db, record(i), { contentHash: `bench-${i}`, input: `bench-${i}` });
    }
    console.log(`stored ${total} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const knowledge = loadKnowledge();
    globalThis.gc?.();
    const base = process.memoryUsage();
    console.log(
      `before export: rss ${mb(base.rss)}, heap ${mb(base.heapUsed)}${globalThis.gc ? '' : ' (run with --expose-gc for a settled baseline)'}`,
    );
    let peak = base.rss;
    let lines = 0;
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        peak = Math.max(peak, process.memoryUsage.rss());
        done();
      },
    });
    const t1 = performance.now();
    async function* counted(src: AsyncIterable<string>) {
      for await (const line of src) {
        if (++lines % 20_000 === 0) {
          const m = process.memoryUsage();
          console.log(`  ${lines} lines: rss ${mb(m.rss)}, heap ${mb(m.heapUsed)}`);
        }
        yield line;
      }
    }
    await writeLines(counted(exportLines(store.db, format, {}, { knowledge })), sink);
    const secs = (performance.now() - t1) / 1000;
    console.log(
      `exported ${lines} ${format} lines (${mb(bytes)}) in ${secs.toFixed(1)} s (${Math.round(lines / secs)} lines/s)`,
    );
    console.log(`peak rss ${mb(peak)}; peak rss delta over the export ${mb(peak - base.rss)}`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
