import type { Command } from 'commander';
import { DEFAULT_QUEUE } from '../../queue/names.js';
import { type QueueCounts, queueStatus } from '../../queue/status.js';
import { redisUrl } from './worker.command.js';

interface QueueStatusCliOpts {
  redis?: string;
  queue: string;
  json?: boolean;
}

const line = (name: string, c: QueueCounts) =>
  `${name.padEnd(16)} waiting ${c.waiting}, active ${c.active}, delayed ${c.delayed}, prioritized ${c.prioritized}, completed ${c.completed}, failed ${c.failed}`;

/** `parley queue …`: looks at the Redis queue that feeds `parley worker`. */
export function registerQueue(program: Command): void {
  const queue = program.command('queue').description('inspect the Redis queue that feeds `parley worker`');
  queue
    .command('status')
    .description('job counts per state of the coding queue and its dead-letter queue')
    .option('--redis <url>', 'redis://HOST:PORT of the queue (default: $PARLEY_REDIS)')
    .option('--queue <name>', 'queue name', DEFAULT_QUEUE)
    .option('--json', 'print the counts as JSON')
    .action(async (opts: QueueStatusCliOpts) => {
      const status = await queueStatus({ redis: redisUrl(opts.redis), queueName: opts.queue });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(status)}\n`);
        return;
      }
      const dead = Object.values(status.dead.counts).reduce((a, b) => a + b, 0);
      process.stdout.write(`${line(status.queue.name, status.queue.counts)}\n`);
      process.stdout.write(`${status.dead.name.padEnd(16)} ${dead} dead-lettered job(s)\n`);
      process.stdout.write(`${status.pending} job(s) still to do\n`);
    });
}
