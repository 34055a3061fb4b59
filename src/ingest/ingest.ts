import type { Kysely } from 'kysely';
import { articleId } from '../clean/clean.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { describeError, ParleyError } from '../model/errors.js';
import { contentHash } from '../source/content-hash.js';
import type { FetchOptions } from '../source/fetch-url.js';
import { readInputs } from '../source/read-inputs.js';
import type { Database } from '../store/database.js';
import { isStored, logDuplicate, logFailure, saveRecord } from '../store/index.js';
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

/**
 * Ingests every article the input specs name: coded on worker threads, written by this one
 * writer, one transaction per article. An input already stored is a duplicate (no coding, no
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
  const write = (fn: () => Promise<void>) => {
    writes = writes.then(fn, fn);
    return writes;
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
            (record) =>
              write(async () => {
                try {
                  const outcome = await saveRecord(db, record, {
                    contentHash: hash,
                    input: item.input,
                    recode: opts.recode,
                  });
                  s[outcome]++;
                  report(item.input, outcome);
                } catch (e) {
                  await fail(item.input, e);
                }
              }),
            (err) => write(() => fail(item.input, err)),
          )
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
        if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
    await writes;
  } finally {
    await pool.close();
  }
  s.ms = performance.now() - t0;
  return s;
}
