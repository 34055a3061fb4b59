import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PetrarchImport } from './types.js';

/**
 * The files an import writes, relative to its folder. They follow the layout of `knowledge/`
 * (so `loadKnowledge(dir)` and `parley dict lint dir` read them) plus an `import/` folder with
 * what no parley stage reads yet (discards) and the report (summary, skipped entries, notes).
 */
export const IMPORT_FILES = {
  people: 'people/petrarch.json',
  organizations: 'actors/organizations.json',
  sectors: 'actors/sectors.json',
  triggers: 'events/triggers.json',
  discards: 'import/discards.json',
  skipped: 'import/skipped.json',
  notes: 'import/notes.json',
  summary: 'import/summary.json',
} as const;

/** Writes an import to `dir` (created if needed); returns the paths written. Replaces earlier files there. */
export function writeImport(r: PetrarchImport, dir: string): string[] {
  const data: Record<keyof typeof IMPORT_FILES, unknown> = {
    people: r.people,
    organizations: r.organizations,
    sectors: r.sectors,
    triggers: r.triggers,
    discards: r.discards,
    skipped: r.skipped,
    notes: r.notes,
    summary: { source: 'petrarch', files: r.files, counts: r.counts },
  };
  const written: string[] = [];
  for (const [key, rel] of Object.entries(IMPORT_FILES) as [keyof typeof IMPORT_FILES, string][]) {
    const path = join(dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    const value = data[key];
    // one entry a line: large files stay diffable and greppable
    const body = Array.isArray(value)
      ? `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]\n`
      : `${JSON.stringify(value, null, 2)}\n`;
    writeFileSync(path, body);
    written.push(path);
  }
  return written;
}
