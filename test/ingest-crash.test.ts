import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, tableSnapshot } from '../src/store/index.js';
import { ROOT, runCli } from './cli-helpers.js';
import { contentSnapshot } from './store-snapshot.js';

const DEMO = join(ROOT, 'corpus', 'demo');

/** Rows of a table as compared across runs: timings in the stored record JSON are not content. */
async function snapshot(url: string) {
  const store = await openStore(url);
  try {
    const out = await contentSnapshot(store);
    const log = await tableSnapshot(store.db, 'ingest_log');
    return {
      tables: out,
      stored: log
        .filter((r) => r.status === 'inserted' || r.status === 'ok')
        .map((r) => r.article_id)
        .sort(),
    };
  } finally {
    await store.close();
  }
}

describe('ingest is crash-safe', () => {
  it('SIGKILL mid-way, then a re-run, gives the database a clean run gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'));
    const clean = join(dir, 'clean.db');
    const crashed = join(dir, 'crashed.db');
    const first = await runCli(['ingest', DEMO, '--db', clean, '--workers', '1', '--json']);
    expect(first.code).toBe(0);
    const total = JSON.parse(first.stdout).inserted as number;
    expect(total).toBeGreaterThan(40);

    // Start the same ingest and kill it -9 once some articles are in.
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'parley.js'), 'ingest', DEMO, '--db', crashed, '--workers', '1'],
      { cwd: ROOT },
    );
    let killedAt = -1;
    for (let i = 0; i < 600 && killedAt < 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const s = await openStore(crashed, { migrate: false });
        const n = await s.db
          .selectFrom('articles')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst();
        await s.close();
        if (Number(n?.n ?? 0) >= 5) {
          child.kill('SIGKILL');
          killedAt = Number(n?.n);
        }
      } catch {
        // the file may not exist or be mid-migration yet
      }
    }
    await new Promise((r) => child.on('close', r));
    expect(killedAt).toBeGreaterThanOrEqual(5);
    expect(killedAt).toBeLessThan(total);

    const rerun = await runCli(['ingest', DEMO, '--db', crashed, '--workers', '1', '--json']);
    expect(rerun.code).toBe(0);
    const s2 = JSON.parse(rerun.stdout);
    expect(s2.inserted + s2.duplicate).toBe(total);
    expect(s2.duplicate).toBeGreaterThanOrEqual(killedAt);

    const a = await snapshot(clean);
    const b = await snapshot(crashed);
    for (const t of Object.keys(a.tables)) expect(b.tables[t], `table ${t}`).toEqual(a.tables[t]);
  });
});
