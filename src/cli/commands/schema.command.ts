import type { Command } from 'commander';
import { recordJsonSchema } from '../../model/record.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of parley.record/1')
    .action(() => {
      process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    });
}
