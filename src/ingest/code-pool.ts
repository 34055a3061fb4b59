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
  /** Articles each worker has answered (coded or failed) so far. */
  coded(): number[];
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

/**
 * Articles sent to a worker before it answers: two, so the next one is already in its message
 * queue when it finishes one (no idle round trip), and the rest wait in the pool for whichever
 * worker frees up first.
 */
const DEPTH = 2;

export function createCodePool(size: number, knowledge: Knowledge, opts: PoolOptions = {}): CodePool {
  if (size <= 1 && !opts.threads) {
    let done = 0;
    return {
      size: 1,
      code: async (raw, published) => {
        try {
          return codeArticle(raw, knowledge, { published });
        } finally {
          done++;
        }
      },
      coded: () => [done],
      close: async () => {},
    };
  }
  const url = workerUrl();
  type Job = {
    readonly seq: number;
    readonly raw: RawDoc;
    readonly published: string | null;
    readonly resolve: (r: ParleyRecord) => void;
    readonly reject: (e: Error) => void;
  };
  // Jobs wait here, not in the workers' message queues: a worker is sent its next article only
  // when it is close to done, so a worker slowed by a long article does not keep a share of the
  // queue while the other runs dry.
  const queue: Job[] = [];
  let head = 0;
  const running = Array.from({ length: size }, () => new Map<number, Job>());
  const dead = new Array<boolean>(size).fill(false);
  const coded = new Array<number>(size).fill(0);
  let seq = 0;
  const send = (w: number) => {
    while (!dead[w] && running[w].size < DEPTH && head < queue.length) {
      const job = queue[head];
      queue[head++] = undefined as unknown as Job;
      running[w].set(job.seq, job);
      workers[w].postMessage({
        seq: job.seq,
        raw: job.raw,
        published: job.published,
        summary: opts.summary,
      } satisfies CodeRequest);
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
  };
  const failQueued = (err: Error) => {
    for (let i = head; i < queue.length; i++) queue[i].reject(err);
    queue.length = 0;
    head = 0;
  };
  let closed = false;
  /** A worker that dies fails its own articles only; the batch goes on with the others. */
  const lose = (w: number, err: Error) => {
    if (dead[w]) return;
    dead[w] = true;
    for (const job of running[w].values()) job.reject(err);
    running[w].clear();
    if (dead.every(Boolean)) failQueued(new Error('all coding workers have died'));
  };
  const workers = Array.from({ length: size }, (_, w) => {
    const worker = new Worker(url);
    worker.on('message', (res: CodeResponse) => {
      const job = running[w].get(res.seq);
      if (!job) return;
      running[w].delete(res.seq);
      coded[w]++;
      send(w);
      if ('record' in res) job.resolve(res.record);
      else
        job.reject(
          new ParleyError(
            res.error.code as ErrorCode,
            res.error.message.replace(/^[^:]*: /, ''),
            res.error.input,
          ),
        );
    });
    worker.on('error', (err) => lose(w, err));
    // A worker can also end without an error event (process.exit in a dependency, OOM kill).
    worker.on('exit', (code) => {
      if (!closed) lose(w, new Error(`coding worker ${w + 1} exited with code ${code}`));
    });
    return worker;
  });
  return {
    size,
    code(raw, published) {
      if (closed) return Promise.reject(new Error('the coding pool is closed'));
      if (dead.every(Boolean)) return Promise.reject(new Error('all coding workers have died'));
      return new Promise((resolve, reject) => {
        queue.push({ seq: seq++, raw, published, resolve, reject });
        for (let w = 0; w < size; w++) send(w);
      });
    },
    coded: () => [...coded],
    async close() {
      // Articles not coded yet fail rather than wait forever.
      closed = true;
      const err = new Error('the coding pool was closed');
      failQueued(err);
      await Promise.all(workers.map((w) => w.terminate()));
      for (const r of running) {
        for (const job of r.values()) job.reject(err);
        r.clear();
      }
    },
  };
}
