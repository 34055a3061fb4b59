import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../knowledge/knowledge.js';
import { type ErrorCode, ParleyError } from '../model/errors.js';
import type { ParleyRecord } from '../model/record.js';
import { codeArticle } from '../pipeline/code-article.js';
import type { RawDoc } from '../source/raw-doc.js';

export interface CodeRequest {
  readonly seq: number;
  readonly raw: RawDoc;
  readonly published: string | null;
  /** Return only counts (benchmarks measure coding, not copying records between threads). */
  readonly summary?: boolean;
}
export type CodeResponse =
  | { readonly seq: number; readonly record: ParleyRecord }
  | { readonly seq: number; readonly error: { code: string; message: string; input: string | null } };

/** Codes articles on N worker threads (or in this thread when N ≤ 1). */
export interface CodePool {
  readonly size: number;
  code(raw: RawDoc, published: string | null): Promise<ParleyRecord>;
  close(): Promise<void>;
}

/** The compiled worker script: beside this file when running from dist, else in dist/. */
function workerUrl(): URL {
  const here = new URL('./code-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/ingest/code-worker.js', import.meta.url);
}

export interface PoolOptions {
  /** Use worker threads even for one worker (to measure a worker as the pool runs it). */
  readonly threads?: boolean;
  /** Workers answer with counts only; `code` then resolves to a record with empty arrays. */
  readonly summary?: boolean;
}

export function createCodePool(size: number, knowledge: Knowledge, opts: PoolOptions = {}): CodePool {
  if (size <= 1 && !opts.threads) {
    return {
      size: 1,
      code: async (raw, published) => codeArticle(raw, knowledge, { published }),
      close: async () => {},
    };
  }
  const url = workerUrl();
  const pending = new Map<
    number,
    { resolve: (r: ParleyRecord) => void; reject: (e: Error) => void; worker: number }
  >();
  const load = new Array<number>(size).fill(0);
  let seq = 0;
  const workers = Array.from({ length: size }, (_, w) => {
    const worker = new Worker(url);
    worker.on('message', (res: CodeResponse) => {
      const p = pending.get(res.seq);
      if (!p) return;
      pending.delete(res.seq);
      load[p.worker]--;
      if ('record' in res) p.resolve(res.record);
      else
        p.reject(
          new ParleyError(
            res.error.code as ErrorCode,
            res.error.message.replace(/^[^:]*: /, ''),
            res.error.input,
          ),
        );
    });
    worker.on('error', (err) => {
      // A worker that dies fails its own articles only; the batch goes on with the others.
      for (const [k, p] of pending)
        if (p.worker === w) {
          pending.delete(k);
          p.reject(err);
        }
      load[w] = Number.POSITIVE_INFINITY;
    });
    return worker;
  });
  return {
    size,
    code(raw, published) {
      const w = load.indexOf(Math.min(...load));
      if (!Number.isFinite(load[w])) return Promise.reject(new Error('all coding workers have died'));
      const s = seq++;
      load[w]++;
      return new Promise((resolve, reject) => {
        pending.set(s, { resolve, reject, worker: w });
        workers[w].postMessage({ seq: s, raw, published, summary: opts.summary } satisfies CodeRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
