import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { ParleyError } from '../model/errors.js';
import type { ParleyRecord } from '../model/record.js';
import { codeArticle } from '../pipeline/code-article.js';
import type { RawDoc } from '../source/raw-doc.js';
import { readFileDoc } from '../source/read-file.js';
import { listArticles } from '../source/read-inputs.js';
import { type CodePool, createCodePool } from './code-pool.js';

// Runs the compiled worker (dist/, built by test/global-setup.ts) on the project's demo corpus.
const DEMO = join(import.meta.dirname, '..', '..', 'corpus', 'demo');
const knowledge = loadKnowledge();
const docs = listArticles(DEMO).map((p) => readFileDoc(p));
/** Timings differ run to run; everything else in a record must not. */
const content = (r: ParleyRecord) => ({ ...r, meta: { ...r.meta, ms: 0 } });

describe('code pool (two worker threads)', () => {
  let pool: CodePool;
  beforeAll(() => {
    pool = createCodePool(2, knowledge);
  });
  afterAll(() => pool.close());

  it('codes every article exactly as one thread does, and a bad one fails alone', async () => {
    const bad: RawDoc = {
      input: 'menu-only.html',
      kind: 'html',
      body: '<nav><a href="/">Home</a></nav>',
      meta: {},
    };
    const batch = [...docs.slice(0, 10), bad, ...docs.slice(10, 20)];
    const settled = await Promise.allSettled(batch.map((d) => pool.code(d, null)));
    for (const [i, s] of settled.entries()) {
      if (batch[i] === bad) {
        expect(s.status).toBe('rejected');
        const err = (s as PromiseRejectedResult).reason;
        expect(err).toBeInstanceOf(ParleyError);
        expect(err.code).toBe('NO_ARTICLE');
        expect(err.input).toBe('menu-only.html');
        continue;
      }
      expect(s.status).toBe('fulfilled');
      const got = (s as PromiseFulfilledResult<ParleyRecord>).value;
      expect(content(got)).toEqual(content(codeArticle(batch[i], knowledge)));
    }
  });

  it('a worker held up by a long article does not keep a share of the queue', async () => {
    // One article of the whole demo corpus (~60 reports) first, then single reports: the worker
    // coding the long one should get few of the rest. Fixed shares would split them evenly.
    const long: RawDoc = {
      input: 'whole-demo-corpus.txt',
      kind: 'text',
      body: docs.map((d) => d.body).join('\n\n'),
      meta: {},
    };
    const before = pool.coded();
    const batch = [long, ...docs.slice(0, 40)];
    const records = await Promise.all(batch.map((d) => pool.code(d, null)));
    expect(records).toHaveLength(41);
    const after = pool.coded();
    const shares = after.map((n, w) => n - before[w]).sort((a, b) => a - b);
    expect(shares[0] + shares[1]).toBe(41);
    expect(shares[1]).toBeGreaterThan(3 * shares[0]);
  });

  it('closing the pool settles every article asked for: coded, or failed with the reason', async () => {
    const other = createCodePool(2, knowledge);
    const asked = docs.slice(0, 30).map((d) => other.code(d, null));
    const outcomes = Promise.allSettled(asked);
    await asked[0];
    await other.close();
    const settled = await outcomes;
    expect(settled[0].status).toBe('fulfilled');
    const failed = settled.filter((s) => s.status === 'rejected') as PromiseRejectedResult[];
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(String(f.reason)).toContain('the coding pool was closed');
    await expect(other.code(docs[0], null)).rejects.toThrow('closed');
  });
});
