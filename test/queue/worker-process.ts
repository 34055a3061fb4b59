import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../cli-helpers.js';

/** A `parley worker --json` child process and what it has printed so far. */
export interface WorkerProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Parsed JSON events from stdout, in order. */
  readonly events: Record<string, unknown>[];
  stderr: string;
  /** Resolves with the exit code (or the signal name) when the process ends. */
  readonly exited: Promise<number | string>;
  /** Completed jobs so far. */
  completed(): number;
  /** Resolves once `test` holds for some event (checked on every new event), or rejects after `ms`. */
  waitFor(test: (e: Record<string, unknown>) => boolean, ms: number): Promise<Record<string, unknown>>;
}

/** Starts `node bin/parley.js worker --json --name NAME …args`. */
export function spawnWorker(name: string, args: string[]): WorkerProcess {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'parley.js'), 'worker', '--json', '--name', name, ...args],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const events: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let buf = '';
  const w: WorkerProcess = {
    name,
    child,
    events,
    stderr: '',
    exited: new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? -1))),
    completed: () => events.filter((e) => e.event === 'completed').length,
    waitFor(test, ms) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find(test);
          if (hit) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          }
        };
        const fail = (why: string) => {
          waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`worker ${name}: ${why}; stderr: ${w.stderr.slice(-2000)}`));
        };
        const timer = setTimeout(() => fail(`timed out after ${ms} ms`), ms);
        waiters.add(check);
        check();
        // A worker that is gone will print nothing more.
        void w.exited.then((code) => {
          if (waiters.has(check)) fail(`exited (${code}) before the awaited event`);
        });
      });
    },
  };
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buf += chunk;
    let nl = buf.indexOf('\n');
    while (nl >= 0) {
      const line = buf.slice(0, nl).trim();
      buf = buf.slice(nl + 1);
      if (line) {
        try {
          events.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          w.stderr += `[stdout] ${line}\n`;
        }
      }
      nl = buf.indexOf('\n');
    }
    for (const check of [...waiters]) check();
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (w.stderr += chunk));
  return w;
}
