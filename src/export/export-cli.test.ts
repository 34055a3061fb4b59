import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerExport } from '../cli/commands/export.command.js';
import { registerQuery } from '../cli/commands/query.command.js';
import { openStore, saveRecord } from '../store/index.js';
import { moscowTalksRecord } from '../store/test-fixtures.js';
import { kabulTalksRecord } from '../store/test-fixtures-extra.js';
import { GDELT_COLUMNS } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-export-cli-'));
const db = join(dir, 'cli.db');

async function run(...args: string[]): Promise<string> {
  const program = new Command('parley').exitOverride();
  registerExport(program);
  registerQuery(program);
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['node', 'parley', ...args]);
  } finally {
    write.mockRestore();
    err.mockRestore();
  }
  return out;
}

beforeAll(async () => {
  const store = await openStore(db);
  await saveRecord(store.db, moscowTalksRecord(), { contentHash: 'a', input: 'fixture' });
  await saveRecord(store.db, kabulTalksRecord(), { contentHash: 'b', input: 'fixture' });
  await store.close();
});
afterAll(() => vi.restoreAllMocks());

describe('parley export and parley query (in-process)', () => {
  it('exports gdelt to a file with the filters applied', async () => {
    const file = join(dir, 'out.tsv');
    await run('export', '--db', db, '--format', 'gdelt', '--actor', 'PAK', '-o', file);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].split('\t')).toHaveLength(GDELT_COLUMNS.length);
  });

  it('streams csv to stdout', async () => {
    const out = await run('export', '--db', db, '--format', 'csv', '--status', 'planned');
    expect(out.split('\r\n')[0]).toMatch(/^article_id,event_id,date/);
    expect(out.trimEnd().split('\r\n').length).toBeGreaterThan(1);
  });

  it('refuses bad options with the option named', async () => {
    await expect(run('export', '--db', db, '--format', 'xml')).rejects.toThrow(/unknown format "xml"/);
    await expect(run('export', '--db', db, '--from', '2021-13')).rejects.toMatchObject({ input: '--from' });
    await expect(run('query', 'events', '--db', join(dir, 'missing.db'))).rejects.toThrow(
      /no parley database/,
    );
  });

  it('query prints a table, or JSON with --json', async () => {
    const table = await run('query', 'events', '--db', db, '--type', 'CONSULT');
    expect(table).toMatch(/date\s+type\s+cameo/);
    expect(table).toContain('PAKGOV → PAKTAL');
    const json = JSON.parse(await run('query', 'actors', '--db', db, '--code', 'AFG', '--json'));
    expect(json.actors.map((a: { code: string }) => a.code)).toContain('AFGGOV');
  });
});
