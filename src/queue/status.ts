import type { JobType } from 'bullmq';
import { DEFAULT_QUEUE } from './names.js';
import { openQueues } from './open-queue.js';

/** Job counts of one queue by state. */
export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  prioritized: number;
  completed: number;
  failed: number;
}

/** What {@link queueStatus} returns: the coding queue and its dead-letter queue. */
export interface QueueStatus {
  readonly queue: { readonly name: string; readonly counts: QueueCounts };
  readonly dead: { readonly name: string; readonly counts: QueueCounts };
  /** Jobs still to do on the coding queue (waiting + active + delayed + prioritized). */
  readonly pending: number;
}

const STATES: readonly (keyof QueueCounts)[] = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'completed',
  'failed',
];

/** Counts jobs per state on the coding queue (default `parley:code`) and its dead-letter queue. */
export async function queueStatus(opts: { redis: string; queueName?: string }): Promise<QueueStatus> {
  const queues = openQueues(opts.redis, opts.queueName ?? DEFAULT_QUEUE, 'reader');
  try {
    const count = async (q: typeof queues.main | typeof queues.dead): Promise<QueueCounts> => {
      const raw = await q.getJobCounts(...(STATES as JobType[]));
      const out = {} as QueueCounts;
      for (const s of STATES) out[s] = Number(raw[s] ?? 0);
      return out;
    };
    const [main, dead] = await Promise.all([count(queues.main), count(queues.dead)]);
    const pending = main.waiting + main.active + main.delayed + main.prioritized;
    return {
      queue: { name: queues.names.main, counts: main },
      dead: { name: queues.names.dead, counts: dead },
      pending,
    };
  } finally {
    await queues.close();
  }
}
