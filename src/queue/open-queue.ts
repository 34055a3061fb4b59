import { Queue } from 'bullmq';
import { redisConnection } from './connection.js';
import type { CodeJobData, DeadLetterData } from './job-data.js';
import { DEFAULT_QUEUE, deadLetterName, queueRef } from './names.js';

/** The coding queue and its dead-letter queue, on one Redis. */
export interface QueuePair {
  readonly main: Queue<CodeJobData>;
  readonly dead: Queue<DeadLetterData>;
  readonly names: { readonly main: string; readonly dead: string };
  close(): Promise<void>;
}

/**
 * Opens the coding queue `queueName` (default `parley:code`) and its dead-letter queue. `role`:
 * 'worker' retries Redis forever, 'client' gives up after a few seconds, 'reader' also writes
 * nothing to Redis (for status).
 */
export function openQueues(
  redis: string,
  queueName = DEFAULT_QUEUE,
  role: 'worker' | 'client' | 'reader' = 'client',
): QueuePair {
  const connectionRole = role === 'worker' ? 'worker' : 'client';
  const skipMetasUpdate = role === 'reader';
  const mainRef = queueRef(queueName);
  const deadRef = queueRef(deadLetterName(queueName));
  const main = new Queue<CodeJobData>(mainRef.name, {
    connection: redisConnection(redis, connectionRole),
    prefix: mainRef.prefix,
    skipMetasUpdate,
  });
  const dead = new Queue<DeadLetterData>(deadRef.name, {
    connection: redisConnection(redis, connectionRole),
    prefix: deadRef.prefix,
    skipMetasUpdate,
  });
  // Connection errors surface on the awaited calls; without listeners they would crash the process.
  main.on('error', () => {});
  dead.on('error', () => {});
  return {
    main,
    dead,
    names: { main: mainRef.full, dead: deadRef.full },
    close: async () => {
      await Promise.allSettled([main.close(), dead.close()]);
    },
  };
}
