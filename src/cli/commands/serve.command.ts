import type { Command } from 'commander';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { ParleyError } from '../../model/errors.js';
import { type RunningServer, startServer } from '../../server/start.js';
import { openStore } from '../../store/index.js';

const defaultDb = () => process.env.PARLEY_DB ?? './parley.db';

interface ServeOpts {
  db: string;
  port: string;
  host: string;
  allowPrivate?: boolean;
  webDir?: string;
  rateLimit: string;
  bodyLimit: string;
}

function wholeNumber(value: string, option: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new ParleyError('BAD_REQUEST', `"${value}" is not a number from ${min} to ${max}`, option);
  return n;
}

/**
 * `parley serve`: the HTTP API, /openapi.json and the web UI, until SIGINT/SIGTERM. Write
 * routes need PARLEY_API_KEY when it is set.
 */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/v1, /openapi.json) and the web UI')
    .option('--db <url>', 'SQLite file or postgres:// URL', defaultDb())
    .option('--port <port>', 'port (0: any free port)', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--allow-private', 'let url inputs reach loopback/private addresses')
    .option('--web-dir <dir>', 'the built web UI (default: web/dist of this install)')
    .option('--rate-limit <n>', 'requests per minute per client (0: off)', '300')
    .option('--body-limit <bytes>', 'largest request body', String(1024 * 1024))
    .action(async (opts: ServeOpts) => {
      const port = wholeNumber(opts.port, '--port', 0, 65535);
      const perMinute = wholeNumber(opts.rateLimit, '--rate-limit', 0, 1_000_000);
      const bodyBytes = wholeNumber(opts.bodyLimit, '--body-limit', 1024, 1024 ** 3);
      const apiKey = process.env.PARLEY_API_KEY?.trim() || undefined;
      const store = await openStore(opts.db);
      let server: RunningServer;
      try {
        server = await startServer({
          store,
          knowledge: loadKnowledge(),
          port,
          host: opts.host,
          allowPrivate: !!opts.allowPrivate,
          webDir: opts.webDir,
          apiKey,
          limits: { bodyBytes, rateLimit: perMinute === 0 ? false : { perMinute } },
        });
      } catch (e) {
        await store.close();
        throw e;
      }
      const local = /^(127\.|::1$|localhost$)/.test(opts.host);
      process.stderr.write(
        `parley: serving ${server.url} (store ${opts.db}, ${store.dialect}; API at /v1, /openapi.json)\n`,
      );
      if (!apiKey && !local)
        process.stderr.write(
          'parley: warning: POST /v1/articles is open to anyone who can reach this address; set PARLEY_API_KEY\n',
        );
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      process.stderr.write(`parley: ${signal}, closing\n`);
      await server.close();
      await store.close();
    });
}
