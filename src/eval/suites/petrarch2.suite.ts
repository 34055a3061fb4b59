import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPetrarch } from '../../knowledge/import/petrarch.js';
import { withImport } from '../../knowledge/import/with-import.js';
import { type Knowledge, loadKnowledge } from '../../knowledge/knowledge.js';
import type { ParleyRecord } from '../../model/record.js';
import type { EvalSuite } from '../suites.js';
import { actorCodes, codeText, multisetOverlap, prf, progress, r4 } from './common.js';

const DIR = 'petrarch2-validation';

interface UnitRow {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly events: { source: string; target: string; code: string }[];
}

/** "19950101" → "1995-01-01" (null when it is not a YYYYMMDD date). */
function isoDate(d: string): string | null {
  return /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null;
}

/** The (source, target, code) triples of a record, PETRARCH style: one per source × target; "---" for a missing side. */
export function recordTriples(rec: ParleyRecord): string[] {
  const out: string[] = [];
  for (const e of rec.events) {
    const src = actorCodes(rec, e.source);
    const tgt = actorCodes(rec, e.target);
    for (const s of src.length ? src : ['---'])
      for (const t of tgt.length ? tgt : ['---']) out.push(`${s}|${t}|${e.cameo ?? '---'}`);
  }
  return out;
}

interface Scores {
  triple: { tp: number; found: number; gold: number };
  code: { tp: number; found: number; gold: number };
  root: { tp: number; found: number; gold: number };
  byRoot: Map<string, { tp: number; found: number; gold: number }>;
  failed: number;
}

function score(rows: readonly UnitRow[], k: Knowledge, label: string): Scores {
  const s: Scores = {
    triple: { tp: 0, found: 0, gold: 0 },
    code: { tp: 0, found: 0, gold: 0 },
    root: { tp: 0, found: 0, gold: 0 },
    byRoot: new Map(),
    failed: 0,
  };
  const add = (x: { tp: number; found: number; gold: number }, f: string[], g: string[]) => {
    x.tp += multisetOverlap(f, g);
    x.found += f.length;
    x.gold += g.length;
  };
  rows.forEach((row, i) => {
    progress(label, i + 1, rows.length);
    const rec = codeText(row.text, k, isoDate(row.date), `petrarch2_unittest.jsonl#${row.id}`);
    if (!rec) s.failed++;
    const found = rec ? recordTriples(rec) : [];
    const gold = row.events.map((e) => `${e.source}|${e.target}|${e.code}`);
    add(s.triple, found, gold);
    const fc = rec ? rec.events.map((e) => e.cameo ?? '---') : [];
    const gc = row.events.map((e) => e.code);
    add(s.code, fc, gc);
    const fr = fc.map((c) => c.slice(0, 2));
    const gr = gc.map((c) => c.slice(0, 2));
    add(s.root, fr, gr);
    for (const r of new Set([...fr, ...gr])) {
      const x = s.byRoot.get(r) ?? { tp: 0, found: 0, gold: 0 };
      add(
        x,
        fr.filter((c) => c === r),
        gr.filter((c) => c === r),
      );
      s.byRoot.set(r, x);
    }
  });
  return s;
}

/**
 * PETRARCH2 validation records (`petrarch2-validation/petrarch2_unittest.jsonl`) coded with the
 * four validation dictionaries imported by `parley dict import petrarch` (fictional actors:
 * Arnor, Gondor …). The imported verb triggers replace parley's own (as PETRARCH would code with
 * these dictionaries); `*_with_parley_triggers` adds them to parley's own instead.
 * - `triple_*`: exact (source, target, CAMEO code) triples, micro P/R/F1 over all records;
 * - `code_f1`: event codes only (multisets per record); `root_f1`: CAMEO roots (first two digits);
 * - `root_breakdown`: F1 per root for the roots with the most gold events;
 * - `gold_noncameo`: gold events whose code is not in parley's CAMEO table (WEIS-style test
 *   codes of these dictionaries; no parley trigger can carry them).
 * Discard lists are imported but not applied: no parley stage reads them yet.
 */
export const petrarch2Suite: EvalSuite = {
  name: 'petrarch2',
  needs: `${DIR}/petrarch2_unittest.jsonl`,
  async run(dataDir) {
    const rows = readFileSync(join(dataDir, DIR, 'petrarch2_unittest.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as UnitRow);
    const dictDir = join(dataDir, DIR, 'dictionaries');
    const files = readdirSync(dictDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ path: f, text: readFileSync(join(dictDir, f), 'utf8') }));
    const base = loadKnowledge();
    const imp = importPetrarch(files, base);
    const own = score(rows, withImport(base, imp, 'replace'), 'petrarch2');
    const both = score(rows, withImport(base, imp, 'add'), 'petrarch2+parley');
    const t = prf(own.triple.tp, own.triple.found, own.triple.gold);
    const c = prf(own.code.tp, own.code.found, own.code.gold);
    const r = prf(own.root.tp, own.root.found, own.root.gold);
    const tb = prf(both.triple.tp, both.triple.found, both.triple.gold);
    const rb = prf(both.root.tp, both.root.found, both.root.gold);
    const goldCodes = rows.flatMap((x) => x.events.map((e) => e.code));
    return {
      records: rows.length,
      gold_events: goldCodes.length,
      gold_noncameo: goldCodes.filter((x) => !base.events.cameoByCode.has(x)).length,
      coding_failed: own.failed,
      imported_triggers: imp.triggers.length,
      imported_actors: imp.people.length + imp.organizations.length,
      verbs_skipped: imp.counts.verbs.skipped,
      events_found: own.code.found,
      triple_p: r4(t.p),
      triple_r: r4(t.r),
      triple_f1: r4(t.f1),
      code_f1: r4(c.f1),
      root_p: r4(r.p),
      root_r: r4(r.r),
      root_f1: r4(r.f1),
      root_breakdown: [...own.byRoot]
        .filter(([, x]) => x.gold > 0)
        .sort((a, b) => b[1].gold - a[1].gold)
        .slice(0, 10)
        .map(
          ([root, x]) =>
            `${root}:${prf(x.tp, x.found, x.gold).f1.toFixed(2)} (gold ${x.gold}, found ${x.found})`,
        )
        .join(', '),
      triple_f1_with_parley_triggers: r4(tb.f1),
      root_f1_with_parley_triggers: r4(rb.f1),
      events_found_with_parley_triggers: both.code.found,
    };
  },
};
