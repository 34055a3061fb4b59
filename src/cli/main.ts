import { Command, CommanderError } from 'commander';
import { describeError } from '../model/errors.js';
import { VERSION } from '../version.js';
import { registerCommands } from './commands/index.js';
import { tuneHeapForCoding } from './heap.js';

/** Runs the CLI; returns the exit code. One error path: a line on stderr, a stack only with --debug. */
export async function main(argv: readonly string[]): Promise<number> {
  tuneHeapForCoding();
  const program = new Command('parley')
    .description(
      'Offline political event coding from news: actors, times, places, quotes and PLOVER/CAMEO events.',
    )
    .version(VERSION)
    .option('--debug', 'print stack traces')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCommands(program);
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    const debug = argv.includes('--debug');
    process.stderr.write(`parley: ${describeError(e)}\n`);
    if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}
