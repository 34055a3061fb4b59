import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ingest } from '../../ingest/ingest.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { startServer } from '../../server/start.js';
import { openStore } from '../../store/index.js';
import { defaultDb } from './ingest.command.js';

const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'corpus', 'demo');

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus into the embedded database and serve the API and web UI')
    .option('--db <url>', 'SQLite file or postgres:// URL', defaultDb())
    .option('--port <n>', 'port', process.env.PORT ?? '8080')
    .option('--host <host>', 'interface', process.env.HOST ?? '127.0.0.1')
    .option('--no-serve', 'ingest only')
    .action(async (opts: { db: string; port: string; host: string; serve: boolean }) => {
      const knowledge = loadKnowledge();
      const store = await openStore(opts.db);
      const s = await ingest(store.db, [DEMO_DIR], knowledge, {
        workers: Math.min(2, availableParallelism()),
      });
      process.stdout.write(
        `demo corpus: ${s.inserted} new, ${s.duplicate} already stored, ${s.failed} failed → ${opts.db}\n`,
      );
      if (!opts.serve) {
        await store.close();
        return;
      }
      const server = await startServer({ store, knowledge, port: Number(opts.port), host: opts.host });
      process.stdout.write(
        `parley is serving the demo at ${server.url}/ (API: ${server.url}/v1/events, OpenAPI: ${server.url}/openapi.json). Ctrl-C stops it.\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await store.close();
    });
}
