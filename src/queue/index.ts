/**
 * Scale-out: a BullMQ queue on Redis feeding `parley worker` processes on many machines, all
 * writing to one store (PostgreSQL). See README.md beside this file.
 */

export { moveToDeadLetter, sweepFailed } from './dead-letter.js';
export { type EnqueueOptions, type EnqueueSummary, enqueue, enqueueInputs } from './enqueue.js';
export type {
  ArticleJobData,
  CodeJobData,
  CodeJobResult,
  DeadLetterData,
  InputErrorJobData,
} from './job-data.js';
export { DEFAULT_QUEUE, deadLetterName, jobIdFor, queueRef } from './names.js';
export { openQueues, type QueuePair } from './open-queue.js';
export { type QueueCounts, type QueueStatus, queueStatus } from './status.js';
export {
  type ParleyWorker,
  type StartWorkerOptions,
  startWorker,
  type WorkerEvent,
  type WorkerStats,
} from './worker.js';
