import type { Command } from 'commander';
import { registerBench } from './bench.command.js';
import { registerDemo } from './demo.command.js';
import { registerDict } from './dict.command.js';
import { registerEval } from './eval.command.js';
import { registerExport } from './export.command.js';
import { registerExtract } from './extract.command.js';
import { registerIngest } from './ingest.command.js';
import { registerQuery } from './query.command.js';
import { registerQueue } from './queue.command.js';
import { registerSchema } from './schema.command.js';
import { registerServe } from './serve.command.js';
import { registerWorker } from './worker.command.js';

/** Every `parley …` command. */
export function registerCommands(program: Command): void {
  registerExtract(program);
  registerSchema(program);
  registerEval(program);
  registerIngest(program);
  registerBench(program);
  registerDemo(program);
  registerServe(program);
  registerExport(program);
  registerQuery(program);
  registerDict(program);
  registerWorker(program);
  registerQueue(program);
}
