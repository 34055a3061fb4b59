import type { Kysely } from 'kysely';
import { articleId } from '../clean/clean.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { describeError, ParleyError } from '../model/errors.js';
import type { ParleyRecord } from '../model/record.js';
import { contentHash } from '../source/content-hash.js';
import type { FetchOptions } from '../source/fetch-url.js';
import { readInputs } from '../source/read-inputs.js';
import type { Database } from '../store/database.js';
import { isStored, logDuplicate, logFailure, type SaveItem, saveRecords } from '../store/index.js';
import { createCodePool } from './code-pool.js';

export interface IngestOptions {
  readonly workers?: number;
  /** Re-code articles already stored (after a knowledge update). */
  readonly recode?: boolean;
  readonly published?: string | null;
  readonly fetch?: FetchOptions;
  /** Called after every input, for progress display. */
  readonly onProgress?: (s: IngestSummary, last: { input: string; outcome: string; error?: string }) => void;
}

export interface IngestSummary {
  inputs: number;
  inserted: number;
  updated: number;
  duplicate: number;
  failed: number;
  ms: number;
  failures: { input: string; reason: string }[];
}

/** Coded articles written per transaction, at most; and how long a coded article may wait. */
const BATCH = 32;
const BATCH_WAIT_MS = 100;

/**
 * Ingests every article the input specs name: coded on worker threads, written by this one
 * writer, a batch of coded articles per transaction (a commit per article cost more than its
 * rows). An input already stored is a duplicate (no coding, no
 * change) unless `recode`; a failed input is logged with its reason and the batch goes on.
 */
export async function ingest(
  db: Kysely<Database>,
  specs: readonly string[],
  knowledge: Knowledge,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const s: IngestSummary = {
    inputs: 0,
    inserted: 0,
    updated: 0,
    duplicate: 0,
    failed: 0,
    ms: 0,
    failures: [],
  };
  const pool = createCodePool(opts.workers ?? 1, knowledge);
  const maxInFlight = Math.max(2, pool.size * 4);
  const inFlight = new Set<Promise<void>>();
  let writes = Promise.resolve();
  const report = (input: string, outcome: string, error?: string) => {
    s.ms = performance.now() - t0;
    opts.onProgress?.(s, { input, outcome, error });
  };
  const fail = async (input: string, err: unknown) => {
    s.failed++;
    const reason = describeError(err);
    s.failures.push({ input, reason });
    await logFailure(db, input, reason);
    report(input, 'failed', reason);
  };
  // Writes are chained so the store sees one writer, in completion order.
  const chain = (fn: () => Promise<void>) => {
    writes = writes.then(fn, fn);
    return writes;
  };
  // Coded articles wait here until a batch is full or BATCH_WAIT_MS have passed.
  let pending: { item: SaveItem; input: string }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    if (batch.length > 0) chain(() => saveBatch(batch));
    return writes;
  };
  const saveBatch = async (batch: { item: SaveItem; input: string }[]) => {
    const results = await saveRecords(
      db,
      batch.map((b) => b.item),
    );
    for (const [k, r] of results.entries()) {
      if (typeof r === 'object') await fail(batch[k].input, r.error);
      else {
        s[r]++;
        report(batch[k].input, r);
      }
    }
  };
  // The article that fills a batch waits for its write: coding cannot outrun the store.
  const save = (record: ParleyRecord, input: string, contentHash: string) => {
    pending.push({ item: { record, options: { contentHash, input, recode: opts.recode } }, input });
    if (pending.length >= BATCH) return flush();
    timer ??= setTimeout(flush, BATCH_WAIT_MS);
  };
  // Anything else written goes after the coded articles waiting, to keep completion order.
  const write = (fn: () => Promise<void>) => {
    flush();
    return chain(fn);
  };
  try {
    for (const spec of specs) {
      for await (const item of readInputs(spec, opts.fetch)) {
        s.inputs++;
        if (item instanceof ParleyError) {
          await write(() => fail(item.input ?? spec, item));
          continue;
        }
        const hash = contentHash(item);
        if (
          !opts.recode &&
          (await isStored(db, { id: articleId(item), url: item.meta.url, contentHash: hash }))
        ) {
          await write(async () => {
            s.duplicate++;
            await logDuplicate(db, item.input, articleId(item));
            report(item.input, 'duplicate');
          });
          continue;
        }
        const job = pool
          .code(item, opts.published ?? null)
          .then(
            (record) => save(record, item.input, hash),
            (err) => write(() => fail(item.input, err)),
          )
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
        if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
    await flush();
  } finally {
    clearTimeout(timer);
    await pool.close();
  }
  s.ms = performance.now() - t0;
  return s;
}
