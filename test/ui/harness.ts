import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { type Knowledge, loadKnowledge } from '../../src/knowledge/knowledge.js';
import { codeArticle } from '../../src/pipeline/code-article.js';
import { type RunningServer, startServer } from '../../src/server/start.js';
import { contentHash } from '../../src/source/content-hash.js';
import type { RawDoc } from '../../src/source/raw-doc.js';
import { readFileDoc } from '../../src/source/read-file.js';
import { openStore, type Store, saveRecord } from '../../src/store/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = join(ROOT, 'artifacts', 'ui');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A built UI served by the real server over a temp SQLite store, and a browser to look at it. */
export interface Harness {
  readonly url: string;
  readonly store: Store;
  readonly knowledge: Knowledge;
  readonly browser: Browser;
  /** Codes and stores one document, as `parley ingest` does. */
  ingest(raw: RawDoc): Promise<string>;
  close(): Promise<void>;
}

/** Builds web/ into a temp dir with Vite's JS API (the same config as `npm run build:web`). */
export async function buildWeb(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
}

/** Everything the UI tests need; `corpus` files (*.txt/*.html with sidecars) are ingested first. */
export async function startHarness(corpus?: string): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ui-'));
  const webDir = join(dir, 'web');
  await buildWeb(webDir);
  const store = await openStore(join(dir, 'parley.db'));
  const knowledge = loadKnowledge();
  const ingest = async (raw: RawDoc) => {
    const record = codeArticle(raw, knowledge);
    await saveRecord(store.db, record, { contentHash: contentHash(raw), input: raw.input });
    return record.article.id;
  };
  if (corpus) {
    for (const f of readdirSync(corpus)
      .filter((n) => /\.(txt|html?)$/.test(n))
      .sort()) {
      await ingest(readFileDoc(join(corpus, f)));
    }
  }
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ store, knowledge, port: 0, webDir, limits: { rateLimit: false } });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  } catch (err) {
    await server?.close();
    await store.close();
    throw err;
  }
  const [srv, br] = [server, browser];
  return {
    url: srv.url,
    store,
    knowledge,
    browser: br,
    ingest,
    async close() {
      await br.close();
      await srv.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GET a JSON resource of the running server. */
export async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
