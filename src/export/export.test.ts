import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { countRows, saveRecord } from '../store/index.js';
import { describeEachDialect } from '../store/test-dialects.js';
import { moscowTalksRecord } from '../store/test-fixtures.js';
import { generatedRecords } from '../store/test-fixtures-extra.js';
import {
  EXPORT_FORMATS,
  type ExportFormatName,
  exportLines,
  GDELT_COLUMNS,
  ICEWS_COLUMNS,
  writeLines,
} from './index.js';
import { exportRows } from './test-rows.js';
import type { ExportEvent } from './types.js';

const knowledge = loadKnowledge();
const ctx = { knowledge, now: new Date('2026-11-27T00:00:00Z') };

async function text(lines: AsyncIterable<string>): Promise<string> {
  const out = new PassThrough();
  let got = '';
  out.on('data', (d) => (got += d));
  await writeLines(lines, out);
  out.end();
  return got;
}

describeEachDialect('export from the store', (store) => {
  it('streams every stored event in each format, with actor and place details read from the store', async () => {
    const { db } = store();
    await saveRecord(db, moscowTalksRecord(), { contentHash: 'h-moscow', input: 'fixture' });
    for (const [i, r] of generatedRecords(30, 50).entries())
      await saveRecord(db, r, { contentHash: `h-gen-${i}`, input: 'gen' });
    const total = (await countRows(db)).events;
    expect(total).toBeGreaterThan(1500);
    const counts: Record<string, number> = {};
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormatName[]) {
      const out = await text(exportLines(db, format, {}, ctx));
      counts[format] = out.trimEnd().split('\n').length;
    }
    expect(counts).toEqual({ jsonl: total, csv: total + 1, gdelt: total, icews: total + 1, plover: total });

    const gdelt = (await text(exportLines(db, 'gdelt', { article: 'moscow-talks-2021-03-18' }, ctx)))
      .trimEnd()
      .split('\n');
    for (const line of gdelt) expect(line.split('\t')).toHaveLength(GDELT_COLUMNS.length);
    const hosting = gdelt
      .map((l) => l.split('\t'))
      .find((f) => f[GDELT_COLUMNS.indexOf('EventCode')] === '046');
    expect(hosting?.[GDELT_COLUMNS.indexOf('Actor1Name')]).toBe('Russia');
    expect(hosting?.[GDELT_COLUMNS.indexOf('Actor2Name')]).toBe('Government of Afghanistan');
    expect(hosting?.[GDELT_COLUMNS.indexOf('ActionGeo_FeatureID')]).toBe('524901');

    const icews = (
      await text(exportLines(db, 'icews', { type: 'CONSULT', article: 'moscow-talks-2021-03-18' }, ctx))
    )
      .trimEnd()
      .split('\n');
    for (const line of icews) expect(line.split('\t')).toHaveLength(ICEWS_COLUMNS.length);
    expect(icews[1].split('\t')[ICEWS_COLUMNS.indexOf('Publisher')]).toBe('example.org');

    const filtered = (await text(exportLines(db, 'jsonl', { status: 'planned', actor: 'USA' }, ctx)))
      .trimEnd()
      .split('\n');
    expect(filtered.map((l) => JSON.parse(l).event_id)).toEqual(['e3']);
  });
});

describe('export streams', () => {
  it('yields the first line before the input is exhausted (no buffering of all events)', async () => {
    const row = exportRows()[0];
    let produced = 0;
    async function* endless(): AsyncIterable<ExportEvent> {
      for (;;) {
        produced++;
        yield row;
      }
    }
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormatName[]) {
      produced = 0;
      const it = EXPORT_FORMATS[format].write(endless(), ctx)[Symbol.asyncIterator]();
      await it.next();
      await it.next();
      expect(produced, format).toBeLessThanOrEqual(2);
      await it.return?.();
    }
  });

  it('waits for drain when the output is full', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    async function* many() {
      for (let i = 0; i < 2000; i++) yield `${'x'.repeat(99)}\n`;
    }
    let read = 0;
    const done = writeLines(many(), out);
    out.on('data', (d: Buffer) => (read += d.length));
    expect(await done).toBe(2000);
    out.end();
    await new Promise((r) => out.on('end', r));
    expect(read).toBe(200_000);
  });
});
