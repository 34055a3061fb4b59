import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type DeadLetterData,
  enqueueInputs,
  openQueues,
  queueStatus,
  startWorker,
  type WorkerEvent,
} from '../../src/queue/index.js';
import { openStore } from '../../src/store/index.js';

const REDIS = process.env.PARLEY_TEST_REDIS?.trim() || null;
const SKIP = REDIS ? null : 'PARLEY_TEST_REDIS is not set (e.g. redis://127.0.0.1:6379)';
if (SKIP) console.warn(`[queue retry test] SKIPPED: ${SKIP}`);

const QUEUE = `parley:r${process.pid}${Math.random().toString(36).slice(2, 7)}`;
const TEXT = (what: string) =>
  `Ministers met in Geneva on Monday to discuss the ${what}.\n\nThe foreign minister said talks would continue next week, according to officials familiar with the matter.`;

describe.skipIf(SKIP !== null)(
  `queue worker retries and dead-letters${SKIP ? ` SKIPPED: ${SKIP}` : ''}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-retry-'));
    afterAll(async () => {
      if (REDIS) {
        const q = openQueues(REDIS, QUEUE);
        await q.main.obliterate({ force: true }).catch(() => {});
        await q.dead.obliterate({ force: true }).catch(() => {});
        await q.close();
      }
      rmSync(dir, { recursive: true, force: true });
    });

    it('retries a store failure with backoff, and after the last attempt moves the job to the dead-letter queue and ingest_log', async () => {
      const redis = REDIS!;
      const db = join(dir, 'store.db');
      // A store that refuses article 'perm' always and 'trans' while the outage flag is set.
      const setup = await openStore(db);
      await sql`create table outage (x integer)`.execute(setup.db);
      await sql`insert into outage values (1)`.execute(setup.db);
      await sql`create trigger refuse before insert on articles when new.id = 'perm' or (new.id = 'trans' and exists (select 1 from outage))
      begin select raise(abort, 'simulated store outage'); end`.execute(setup.db);
      const file = join(dir, 'in.jsonl');
      writeFileSync(
        file,
        `${[
          { id: 'trans', text: TEXT('ceasefire') },
          { id: 'perm', text: TEXT('border') },
        ]
          .map((r) => JSON.stringify(r))
          .join('\n')}\n`,
      );
      expect(await enqueueInputs([file], { redis, queueName: QUEUE })).toMatchObject({
        enqueued: 2,
        failed: 0,
      });

      const events: WorkerEvent[] = [];
      const worker = await startWorker({
        redis,
        db,
        queueName: QUEUE,
        handleSignals: false,
        stalledInterval: 1000,
        onEvent: (e) => events.push(e),
      });
      const q = openQueues(redis, QUEUE);
      try {
        // Lift the outage for 'trans' after its second failed attempt.
        for (let i = 0; i < 300; i++) {
          const failedTrans = events.filter((e) => e.event === 'failed' && e.jobId === 'trans').length;
          if (failedTrans >= 2) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await sql`delete from outage`.execute(setup.db);
        for (let i = 0; ; i++) {
          const st = await queueStatus({ redis, queueName: QUEUE });
          if (st.pending === 0 && st.queue.counts.failed === 0 && st.dead.counts.waiting === 1) break;
          if (i > 600) throw new Error(`not drained: ${JSON.stringify(st)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        const trans = (await q.main.getJob('trans')) as Job;
        expect(await trans.getState()).toBe('completed');
        expect(trans.attemptsMade).toBeGreaterThanOrEqual(2);
        expect(await q.main.getJob('perm')).toBeUndefined();
        const dead = (await q.dead.getJob('perm')) as Job<DeadLetterData>;
        expect(dead.data).toMatchObject({
          kind: 'article',
          articleId: 'perm',
          attemptsMade: 5,
          queue: QUEUE,
        });
        expect(dead.data.reason).toContain('simulated store outage');
        // Backoff: 1 + 2 + 4 + 8 s between the five attempts.
        const permFails = events.filter((e) => e.event === 'failed' && e.jobId === 'perm');
        expect(permFails).toHaveLength(5);
      } finally {
        await worker.close();
        await q.close();
      }
      const log = await setup.db
        .selectFrom('ingest_log')
        .select(['input', 'article_id', 'status', 'reason'])
        .orderBy('id')
        .execute();
      const articles = await setup.db.selectFrom('articles').select('id').execute();
      await setup.close();
      expect(articles.map((a) => a.id)).toEqual(['trans']);
      expect(log.filter((r) => r.status === 'ok').map((r) => r.article_id)).toEqual(['trans']);
      const failed = log.filter((r) => r.status === 'failed');
      expect(failed).toHaveLength(1);
      expect(failed[0].input).toBe(`${file}#2`);
      expect(failed[0].reason).toContain('simulated store outage');
    }, 90_000);
  },
);
