import { Command } from 'commander';
import { registerExport } from './cli/commands/export.command.js';
import { registerQuery } from './cli/commands/query.command.js';
import { registerServe } from './cli/commands/serve.command.js';
import { describeError } from './model/errors.js';
const program = new Command('parley').exitOverride();
registerServe(program); registerExport(program); registerQuery(program);
try { await program.parseAsync(process.argv); } catch (e) { if ((e as any).code?.startsWith?.('commander')) process.exit(1); process.stderr.write(`parley: ${describeError(e)}\n`); process.exit(1); }
