import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../model/errors.js';
import type { RawDoc } from './raw-doc.js';
import { readInputs } from './read-inputs.js';

const REPORT =
  'Russia hosted Afghan government negotiators and the Taliban in Moscow on Thursday, as a May 1 deadline for the withdrawal of US troops approached. ';

async function collect(spec: string): Promise<(RawDoc | ParleyError)[]> {
  const out: (RawDoc | ParleyError)[] = [];
  for await (const x of readInputs(spec)) out.push(x);
  return out;
}
const described = (xs: (RawDoc | ParleyError)[]) =>
  xs.map((x) => (x instanceof ParleyError ? `${x.code} ${x.input}` : `doc ${x.input}`));

describe('reading a directory', () => {
  it('a dangling link fails alone, a link loop is read once, feeds are read, the rest goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-dir-'));
    writeFileSync(join(dir, 'a-report.txt'), `Talks in Moscow\n\n${REPORT}`);
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'b-gone.txt'));
    mkdirSync(join(dir, 'c-sub'));
    writeFileSync(join(dir, 'c-sub', 'inner.txt'), `More talks\n\n${REPORT}`);
    symlinkSync(dir, join(dir, 'c-sub', 'loop'));
    writeFileSync(
      join(dir, 'd-wire.rss'),
      `<rss><channel><item><title>Talks</title><link>https://news.invalid/1</link><content:encoded><![CDATA[<p>${REPORT.repeat(4)}</p>]]></content:encoded></item></channel></rss>`,
    );
    expect(described(await collect(dir))).toEqual([
      `doc ${join(dir, 'a-report.txt')}`,
      `INPUT_NOT_FOUND ${join(dir, 'b-gone.txt')}`,
      `doc ${join(dir, 'c-sub', 'inner.txt')}`,
      'doc https://news.invalid/1',
    ]);
  });

  it('a directory with no article files says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-empty-'));
    writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(described(await collect(dir))).toEqual([`NO_ARTICLE ${dir}`]);
  });
});
