import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema } from '../src/model/record.js';
import { runCli } from './cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-bad-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

/** One clear line on stderr naming the input, a non-zero exit, and no stack trace. */
function expectCleanFailure(r: { code: number; stderr: string }, input: string, reason: RegExp) {
  expect(r.code).not.toBe(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(input);
  expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('parley extract: bad input', () => {
  let server: ReturnType<typeof createServer>;
  let port = 0;
  beforeAll(async () => {
    // A server that accepts and never answers: the fetch must time out.
    server = createServer(() => {});
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server.close());

  it('empty file', async () => {
    const p = file('empty.txt', '');
    expectCleanFailure(await runCli(['extract', p]), p, /empty/);
  });
  it('binary file', async () => {
    const p = file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    expectCleanFailure(await runCli(['extract', p]), p, /binary/);
  });
  it('nonexistent path', async () => {
    const p = join(dir, 'nope.txt');
    expectCleanFailure(await runCli(['extract', p]), p, /no such file/);
  });
  it('invalid --published', async () => {
    const p = file('ok.txt', 'Title line\n\nRussia hosted talks in Moscow on Thursday.');
    expectCleanFailure(
      await runCli(['extract', p, '--published', '2021-02-30']),
      '--published',
      /invalid publication date/,
    );
  });
  it('a 20 MB page', async () => {
    const p = file('huge.html', `<html><body>${'<p>word </p>'.repeat(2_000_000)}</body></html>`);
    expectCleanFailure(await runCli(['extract', p]), p, /larger than the size limit/);
  });
  it('HTML with no article', async () => {
    const p = file('login.html', '<html><body><nav>Home</nav><form><input></form></body></html>');
    expectCleanFailure(await runCli(['extract', p]), p, /no article/);
  });
  it('a URL that times out', async () => {
    const url = `http://127.0.0.1:${port}/slow`;
    expectCleanFailure(
      await runCli(['extract', url, '--allow-private', '--timeout', '400']),
      url,
      /timed out/,
    );
  });
  it('a loopback URL without --allow-private', async () => {
    const url = `http://127.0.0.1:${port}/x`;
    expectCleanFailure(await runCli(['extract', url]), url, /private address/);
  });
  it('a non-http scheme', async () => {
    expectCleanFailure(await runCli(['extract', 'file:///etc/passwd']), 'file:///etc/passwd', /not http/);
  });
  it('Windows-1252 text is decoded, not mangled', async () => {
    const text =
      'Talks in Geneva\n\nThe envoy said the committee made \u201cmodest but real\u201d progress, Fran\u00e7ois said.';
    const p = file(
      'cp1252.txt',
      Buffer.from(text.replace(/\u201c/g, '\x93').replace(/\u201d/g, '\x94'), 'latin1'),
    );
    const r = await runCli(['extract', p, '--published', '2019-11-04']);
    expect(r.code).toBe(0);
    const rec = RecordSchema.parse(JSON.parse(r.stdout));
    expect(rec.article.text).toContain('\u201cmodest but real\u201d');
    expect(rec.article.text).toContain('Fran\u00e7ois');
  });
  it('a JSONL batch with a bad row goes on and reports the row', async () => {
    const p = file(
      'batch.jsonl',
      [
        JSON.stringify({
          id: 'a',
          text: 'Talks\n\nRussia hosted talks on Thursday.',
          published: '2021-03-18',
        }),
        '{not json',
        JSON.stringify({ id: 'c', title: 'no text' }),
        JSON.stringify({ id: 'd', text: 'Deal\n\nThe Taliban signed a deal with the United States.' }),
      ].join('\n'),
    );
    const r = await runCli(['extract', p, '--format', 'jsonl']);
    expect(r.code).toBe(2);
    const recs = r.stdout
      .trim()
      .split('\n')
      .map((l) => RecordSchema.parse(JSON.parse(l)));
    expect(recs.map((x) => x.article.id)).toEqual(['a', 'd']);
    expect(r.stderr).toContain(`${p}#2`);
    expect(r.stderr).toContain(`${p}#3`);
  });
});
