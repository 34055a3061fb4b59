import { join } from 'node:path';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import type { ParleyRecord } from '../../model/record.js';
import type { EvalSuite } from '../suites.js';
import { actorCodes, bump, codeText, prf, progress, r4, readJsonl, topCounts } from './common.js';

/** PLOVER 2016 draft names → the 2021 names parley codes (the rest are unchanged). */
export const PLOVER_2016: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

interface GsrActor {
  readonly code?: string;
}
interface GsrRow {
  readonly id: string;
  readonly date?: string;
  readonly text: string;
  readonly event: string;
  readonly eventText?: string;
  readonly source?: unknown;
  readonly target?: unknown;
  readonly textInfo?: { markup?: string };
}

/** The actor codes of a gold side; anything but a list of `{code}` objects counts as none. */
function goldCodes(side: unknown): string[] {
  if (!Array.isArray(side)) return [];
  return side
    .map((a: GsrActor) => (a && typeof a.code === 'string' ? a.code.slice(0, 3).toUpperCase() : ''))
    .filter((c) => /^[A-Z]{3}$/.test(c));
}

/** Character spans of the gold event words in `text`: the `(EVT: …)` phrases of the markup, else the eventText words. */
export function goldEventSpans(row: GsrRow, text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of (row.textInfo?.markup ?? '').matchAll(/\(EVT:\s*([^)]*)\)/g)) {
    const phrase = m[1].trim();
    const at = phrase ? text.indexOf(phrase) : -1;
    if (at >= 0) spans.push([at, at + phrase.length]);
  }
  if (spans.length) return spans;
  for (const w of (row.eventText ?? '').split(/\s+/).filter((x) => x.length >= 3)) {
    const m = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(text);
    if (m) spans.push([m.index, m.index + w.length]);
  }
  return spans;
}

/**
 * The primary event of a record for one gold sentence: among events whose trigger overlaps a gold
 * event span, the most confident; when none overlaps, the most confident event overall.
 */
export function primaryEvent(
  rec: ParleyRecord,
  spans: readonly [number, number][],
): ParleyRecord['events'][number] | null {
  const byConf = [...rec.events].sort((a, b) => b.confidence - a.confidence);
  const hit = byConf.find((e) =>
    spans.some(([s, t]) => e.evidence.trigger.start < t && s < e.evidence.trigger.end),
  );
  return hit ?? byConf[0] ?? null;
}

const NEEDS = 'plover-gsr/plover_gsr.dev.jsonl';

/**
 * PLOVER gold standard records (`plover-gsr/plover_gsr.dev.jsonl`): each sentence is coded with
 * the default knowledge (published = its date). Gold types use the 2016 names, mapped to 2021.
 * - `type_acc_primary`: the primary event (see `primaryEvent`) has the gold type;
 * - `type_acc_any`: the gold type is among the types of all events found in the sentence;
 * - `source_f1` / `target_f1`: actor country codes (first three letters) of the primary event's
 *   source / target against the gold `source[].code` / `target[].code`, micro-averaged sets;
 * - `false_events_per_gold`: events found that are not the one matching the gold type, per sentence;
 * - `top_confusions`: gold → primary type ("NONE" when nothing was found), most frequent errors.
 */
export const ploverGsrSuite: EvalSuite = {
  name: 'plover-gsr',
  needs: NEEDS,
  async run(dataDir) {
    const rows = readJsonl<GsrRow>(join(dataDir, NEEDS));
    const k = loadKnowledge();
    let primaryOk = 0;
    let anyOk = 0;
    let none = 0;
    let failed = 0;
    let falseEvents = 0;
    let found = 0;
    const side = { source: { tp: 0, found: 0, gold: 0 }, target: { tp: 0, found: 0, gold: 0 } };
    const confusions = new Map<string, number>();
    const perType = new Map<string, { n: number; ok: number }>();
    rows.forEach((row, i) => {
      progress('plover-gsr', i + 1, rows.length);
      const gold = PLOVER_2016[row.event] ?? row.event;
      const t = perType.get(gold) ?? { n: 0, ok: 0 };
      t.n++;
      perType.set(gold, t);
      const rec = codeText(row.text, k, row.date?.slice(0, 10) ?? null, `plover_gsr.dev.jsonl#${i + 1}`);
      if (!rec) failed++;
      const events = rec?.events ?? [];
      found += events.length;
      const prim = rec ? primaryEvent(rec, goldEventSpans(row, rec.article.text)) : null;
      if (!prim) none++;
      if (prim?.type === gold) {
        primaryOk++;
        t.ok++;
      } else bump(confusions, `${gold}→${prim?.type ?? 'NONE'}`);
      const matched = events.some((e) => e.type === gold);
      if (matched) anyOk++;
      falseEvents += events.length - (matched ? 1 : 0);
      for (const s of ['source', 'target'] as const) {
        const g = new Set(goldCodes(row[s]));
        const f = new Set(rec && prim ? actorCodes(rec, prim[s]).map((c) => c.slice(0, 3)) : []);
        side[s].gold += g.size;
        side[s].found += f.size;
        for (const c of f) if (g.has(c)) side[s].tp++;
      }
    });
    const n = rows.length;
    const src = prf(side.source.tp, side.source.found, side.source.gold);
    const tgt = prf(side.target.tp, side.target.found, side.target.gold);
    return {
      sentences: n,
      coding_failed: failed,
      type_acc_primary: r4(primaryOk / n),
      type_acc_any: r4(anyOk / n),
      no_event_rate: r4(none / n),
      events_found: found,
      false_events_per_gold: r4(falseEvents / n),
      source_p: r4(src.p),
      source_r: r4(src.r),
      source_f1: r4(src.f1),
      target_p: r4(tgt.p),
      target_r: r4(tgt.r),
      target_f1: r4(tgt.f1),
      per_type_acc: [...perType]
        .sort((a, b) => b[1].n - a[1].n)
        .map(([ty, v]) => `${ty} ${v.ok}/${v.n}`)
        .join(', '),
      top_confusions: topCounts(confusions, 10),
    };
  },
};
