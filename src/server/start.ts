import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppDeps, createApp } from './app.js';

/** Options of {@link startServer}: the app's dependencies plus where to listen. */
export interface StartOptions extends AppDeps {
  /** Port to listen on; 0 picks a free one (see the returned url). */
  readonly port: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
}

/** A listening server. */
export interface RunningServer {
  /** `http://host:port` as actually bound. */
  readonly url: string;
  /** Stops accepting, closes open connections; the store stays open (the caller owns it). */
  close(): Promise<void>;
}

/** Starts the parley API on Node's HTTP server (@hono/node-server). */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const app = createApp(opts);
  const host = opts.host ?? '127.0.0.1';
  const timeoutMs = opts.limits?.timeoutMs ?? 30_000;
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: host }, () =>
      resolve(s as Server),
    ) as Server;
    s.once('error', reject);
  });
  // Slow clients are cut off too: the whole request must arrive within the request timeout.
  server.requestTimeout = timeoutMs + 5_000;
  server.headersTimeout = Math.min(server.requestTimeout, 20_000);
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
