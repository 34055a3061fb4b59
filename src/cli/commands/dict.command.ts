import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { lintKnowledgeDir } from '../../knowledge/import/lint.js';
import { importPetrarch, isPetrarchKind, summarizeImport } from '../../knowledge/import/petrarch.js';
import { writeImport } from '../../knowledge/import/write-import.js';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { ParleyError } from '../../model/errors.js';

/** Where `parley dict import` writes and `parley dict lint` looks by default. */
export const DEFAULT_USER_KNOWLEDGE = 'knowledge-user';

/**
 * `parley dict import petrarch FILE… [-o DIR] [--kind KIND]`: PETRARCH/TABARI dictionaries →
 * parley knowledge files, with a summary of entries read, written and skipped (by reason).
 * `parley dict lint [DIR]`: checks knowledge files against their schemas; exit code 1 on errors.
 */
export function registerDict(program: Command): void {
  const dict = program.command('dict').description('import and check knowledge dictionaries');
  dict
    .command('import')
    .description('import dictionaries of another coder into parley knowledge files (format: petrarch)')
    .argument('<format>', 'petrarch (PETRARCH/TABARI .actors, .agents, .verbs, discards, issues)')
    .argument(
      '<files...>',
      'dictionary files; the kind is told by the name (*.actors.txt, *.agents.txt, *.verbs.txt, CAMEO*.txt, *discards*) or the content',
    )
    .option('-o, --out <dir>', 'output folder', DEFAULT_USER_KNOWLEDGE)
    .option(
      '--kind <kind>',
      'read every file as this kind: actors | agents | verbs | discards | issues | prepositions',
    )
    .option('--json', 'print the summary as JSON')
    .action((format: string, files: string[], opts: { out: string; kind?: string; json?: boolean }) => {
      if (format !== 'petrarch')
        throw new ParleyError('BAD_REQUEST', `unknown dictionary format "${format}" (petrarch)`, format);
      if (opts.kind && !isPetrarchKind(opts.kind))
        throw new ParleyError('BAD_REQUEST', `unknown kind "${opts.kind}"`, '--kind');
      const inputs = files.map((path) => {
        if (!existsSync(path) || statSync(path).isDirectory())
          throw new ParleyError('INPUT_NOT_FOUND', '', path);
        return {
          path,
          text: readFileSync(path, 'utf8'),
          kind: opts.kind && isPetrarchKind(opts.kind) ? opts.kind : undefined,
        };
      });
      const r = importPetrarch(inputs, loadKnowledge());
      const written = writeImport(r, resolve(opts.out));
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ files: r.files, counts: r.counts, written, notes: r.notes.length, skipped: r.skipped.length }, null, 2)}\n`,
        );
        return;
      }
      process.stdout.write(
        `imported ${files.length} file(s) into ${opts.out}\n${summarizeImport(r)}\n\n  every skipped entry, with its line and reason: ${opts.out}/import/skipped.json\n`,
      );
    });
  dict
    .command('lint')
    .description('check knowledge files against their schemas')
    .argument('[dir]', 'knowledge folder', DEFAULT_USER_KNOWLEDGE)
    .action((dir: string) => {
      if (!existsSync(dir)) throw new ParleyError('INPUT_NOT_FOUND', '', dir);
      const k = loadKnowledge();
      const res = lintKnowledgeDir(dir, { cameo: k.events.cameo, plover: k.events.plover });
      let bad = 0;
      for (const f of res) {
        if (f.unknown) {
          process.stdout.write(`  -    ${f.file}: not a knowledge file, not checked\n`);
          continue;
        }
        process.stdout.write(
          `  ${f.errors.length ? 'FAIL' : 'ok  '} ${f.file}: ${f.entries} entries${f.errors.length ? `, ${f.errors.length} error(s)` : ''}\n`,
        );
        for (const e of f.errors) process.stdout.write(`         ${e}\n`);
        if (f.errors.length) bad++;
      }
      process.stdout.write(
        bad
          ? `${bad} file(s) with errors\n`
          : `all ${res.filter((f) => !f.unknown).length} knowledge file(s) valid\n`,
      );
      if (bad) process.exitCode = 1;
    });
}
