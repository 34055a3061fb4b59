import { basename } from 'node:path';
import type { EventKnowledge } from '../event-knowledge.js';
import type { Trigger } from '../event-schema.js';
import type { Country, Organization, Person, Sector } from '../schema.js';
import { importActors } from './petrarch-actors.js';
import { importAgents } from './petrarch-agents.js';
import { importDiscards, skipList } from './petrarch-lists.js';
import { importVerbs } from './petrarch-verbs.js';
import {
  type Discard,
  emptyCounts,
  ImportSink,
  type Note,
  type PetrarchImport,
  type PetrarchKind,
  type Skipped,
} from './types.js';

/** One dictionary file to import: its name (for reports and kind detection) and its text. */
export interface DictFile {
  readonly path: string;
  readonly text: string;
  /** The file's kind when the caller knows it; otherwise it is detected. */
  readonly kind?: PetrarchKind;
}

/** The parts of parley's own knowledge the importer maps against. */
export interface ImportContext {
  readonly countries: readonly Country[];
  readonly sectors: readonly Sector[];
  readonly events: Pick<EventKnowledge, 'cameoByCode'>;
}

const KINDS: PetrarchKind[] = ['actors', 'agents', 'verbs', 'discards', 'issues', 'prepositions'];

/**
 * Which kind of PETRARCH dictionary a file is: from its name first (`*.actors.txt`,
 * `*.agents.txt`, `*.verbs.txt` or `CAMEO*.txt`, `*discards*`, `*issue*`, `*preposition*`),
 * then from its content. Null when neither tells.
 */
export function detectKind(path: string, text: string): PetrarchKind | null {
  const name = basename(path).toLowerCase();
  if (/agent/.test(name)) return 'agents';
  if (/verb|cameo/.test(name)) return 'verbs';
  if (/discard/.test(name)) return 'discards';
  if (/issue/.test(name)) return 'issues';
  if (/preposition/.test(name)) return 'prepositions';
  if (/actor/.test(name)) return 'actors';
  if (/^---\s.*\[.*\]\s*---/m.test(text) && /^-\s.*\*/m.test(text)) return 'verbs';
  if (/<ISSUE\b/i.test(text)) return 'issues';
  if (/\[\s*~[A-Z]|[A-Z]~\s*\]/.test(text)) return 'agents';
  if (/^\S.*\[[A-Za-z]{3}[^\]]*\]/m.test(text)) return 'actors';
  return null;
}

/** Is this a kind name the importer knows? */
export function isPetrarchKind(s: string): s is PetrarchKind {
  return (KINDS as string[]).includes(s);
}

/**
 * Imports PETRARCH/TABARI dictionaries into parley's knowledge formats: actors → people (dated
 * roles) and organizations; agents → sector trigger words; verbs → triggers; discards → a
 * discard list. Every entry read is either written or listed in `skipped` with its reason;
 * `notes` list what was written with less than the dictionary said. Pure (no file access).
 */
export function importPetrarch(files: readonly DictFile[], cx: ImportContext): PetrarchImport {
  const people: Person[] = [];
  const organizations: Organization[] = [];
  const sectorWords = new Map<string, Sector>();
  const triggers: Trigger[] = [];
  const discards: Discard[] = [];
  const skipped: Skipped[] = [];
  const notes: Note[] = [];
  const counts = emptyCounts();
  const out: { file: string; kind: PetrarchKind }[] = [];
  const usedIds = new Set<string>();
  const actorCx = {
    countries: new Set(cx.countries.map((c) => c.code)),
    sectors: new Set(cx.sectors.map((s) => s.code)),
  };
  const knownSectors = new Map(cx.sectors.map((s) => [s.code, s]));
  for (const f of files) {
    const kind = f.kind ?? detectKind(f.path, f.text);
    if (!kind)
      throw new Error(
        `${f.path}: cannot tell which PETRARCH dictionary this is (name it *.actors.txt, *.agents.txt, *.verbs.txt, *.discards.txt, or pass the kind)`,
      );
    out.push({ file: f.path, kind });
    const sink = new ImportSink(f.path);
    if (kind === 'actors') {
      const r = importActors(f.text, actorCx, sink);
      people.push(...r.people);
      organizations.push(...r.organizations);
    } else if (kind === 'agents') {
      for (const s of importAgents(f.text, knownSectors, sink)) {
        const have = sectorWords.get(s.code);
        sectorWords.set(
          s.code,
          have ? { ...have, triggers: [...new Set([...have.triggers, ...s.triggers])] } : s,
        );
      }
    } else if (kind === 'verbs') triggers.push(...importVerbs(f.text, cx.events.cameoByCode, sink, usedIds));
    else if (kind === 'discards') discards.push(...importDiscards(f.text, sink));
    else skipList(f.text, kind, sink);
    skipped.push(...sink.skipped);
    notes.push(...sink.notes);
    for (const [k, t] of Object.entries(sink.counts) as [keyof typeof counts, (typeof counts)['actors']][]) {
      counts[k].read += t.read;
      counts[k].written += t.written;
      counts[k].skipped += t.skipped;
    }
  }
  return {
    people,
    organizations,
    sectors: [...sectorWords.values()],
    triggers,
    discards,
    skipped,
    notes,
    counts,
    files: out,
  };
}

/** A plain-text summary: per kind read / written / skipped, and the most frequent skip reasons. */
export function summarizeImport(r: PetrarchImport, topReasons = 12): string {
  const lines: string[] = [];
  for (const f of r.files) lines.push(`  ${f.kind.padEnd(12)} ${f.file}`);
  lines.push(
    '',
    `  ${'entries'.padEnd(13)} ${'read'.padStart(7)} ${'written'.padStart(8)} ${'skipped'.padStart(8)}`,
  );
  for (const [k, t] of Object.entries(r.counts))
    if (t.read)
      lines.push(
        `  ${k.padEnd(13)} ${String(t.read).padStart(7)} ${String(t.written).padStart(8)} ${String(t.skipped).padStart(8)}`,
      );
  lines.push(
    '',
    `  output: ${r.people.length} people, ${r.organizations.length} organizations, ${r.sectors.length} sectors (${r.sectors.reduce((n, s) => n + s.triggers.length, 0)} words), ${r.triggers.length} triggers, ${r.discards.length} discards; ${r.notes.length} notes`,
  );
  const reasons = new Map<string, number>();
  for (const s of r.skipped) {
    const key = `${s.kind}: ${s.reason.replace(/"[^"]*"/g, '"…"').replace(/\[[^\]]*\]/g, '[…]')}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  if (reasons.size) {
    lines.push('', '  skipped, by reason:');
    for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, topReasons))
      lines.push(`  ${String(n).padStart(6)}  ${k}`);
  }
  return lines.join('\n');
}
