import { createHash } from 'node:crypto';

/** The default queue workers take coding jobs from. */
export const DEFAULT_QUEUE = 'parley:code';

/**
 * A parley queue name split into BullMQ's key prefix and queue name. BullMQ forbids ':' in a
 * queue name, so `parley:code` becomes prefix `parley`, name `code` — its Redis keys are then
 * `parley:code:*`, as the full name suggests. A name without ':' gets BullMQ's prefix `bull`.
 */
export interface QueueRef {
  readonly full: string;
  readonly prefix: string;
  readonly name: string;
}

const QUEUE_NAME = /^[A-Za-z0-9_.:-]{1,200}$/;

/** Parses a parley queue name (`parley:code`, `parley:t123`); throws on characters Redis keys shouldn't carry. */
export function queueRef(full: string): QueueRef {
  if (!QUEUE_NAME.test(full) || full.startsWith(':') || full.endsWith(':')) {
    throw new Error(`queue name "${full}" must be letters, digits, _ . - and inner ':'`);
  }
  const cut = full.lastIndexOf(':');
  return cut < 0
    ? { full, prefix: 'bull', name: full }
    : { full, prefix: full.slice(0, cut), name: full.slice(cut + 1) };
}

/**
 * The dead-letter queue of a queue: `parley:code` → `parley:dead`; any other name `X` → `X-dead`
 * (so test queues have dead-letter queues of their own).
 */
export function deadLetterName(queueName: string): string {
  return queueName === DEFAULT_QUEUE ? 'parley:dead' : `${queueName}-dead`;
}

const SAFE_ID = /^[A-Za-z0-9._-]+$/;

/**
 * The BullMQ job id of an article: the article id itself when BullMQ accepts it (no ':', not an
 * integer), else `~` + its URI encoding. One article, one job id; distinct articles never share one
 * (safe ids never contain '~').
 */
export function jobIdFor(articleId: string): string {
  if (SAFE_ID.test(articleId) && `${Number.parseInt(articleId, 10)}` !== articleId) return articleId;
  return `~${encodeURIComponent(articleId).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** The job id of an input that could not be read (one per input, so re-enqueueing it is idempotent too). */
export function inputErrorJobId(input: string): string {
  return `~input-${createHash('sha256').update(input).digest('hex').slice(0, 24)}`;
}
