import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import type { EvalSuite } from '../suites.js';
import { bump, codeText, parseCsv, progress, r4, topCounts } from './common.js';

const NEEDS = 'cameo/cameo-codes.csv';

/** One CAMEO code row that has an example sentence. */
export interface CameoExample {
  readonly code: string;
  readonly root: string;
  readonly example: string;
}

/** The rows of `cameo-codes.csv` with an example sentence (header-named columns; "NA" is empty). */
export function readCameoExamples(csv: string): CameoExample[] {
  const [head, ...rows] = parseCsv(csv);
  const col = (name: string) => head.indexOf(name);
  const [ci, ri, ei] = [col('code'), col('root_code'), col('example')];
  if (ci < 0 || ri < 0 || ei < 0) throw new Error(`${NEEDS}: missing column code, root_code or example`);
  return rows
    .map((r) => ({ code: (r[ci] ?? '').trim(), root: (r[ri] ?? '').trim(), example: (r[ei] ?? '').trim() }))
    .filter((r) => r.code && r.example && r.example !== 'NA');
}

/**
 * CAMEO codebook examples (`cameo/cameo-codes.csv`): each example sentence is coded with the
 * default knowledge; the found event is the most confident one.
 * - `root_acc`: its CAMEO root (first two digits) is the row's `root_code`;
 * - `root_acc_any`: some event found has that root;
 * - `code_acc`: its CAMEO code is the row's code exactly;
 * - `plover_type_acc`: its PLOVER type is the type `cameo.json` maps the row's code to, over the
 *   rows whose code has a PLOVER type (`plover_rows`; PLOVER does not code 010–015, 017);
 * - `top_root_confusions`: gold root → found root ("none"), most frequent errors.
 */
export const cameoExamplesSuite: EvalSuite = {
  name: 'cameo-examples',
  needs: NEEDS,
  async run(dataDir) {
    const rows = readCameoExamples(readFileSync(join(dataDir, NEEDS), 'utf8'));
    const k = loadKnowledge();
    let rootOk = 0;
    let rootAny = 0;
    let codeOk = 0;
    let ploverRows = 0;
    let ploverOk = 0;
    let none = 0;
    let failed = 0;
    const confusions = new Map<string, number>();
    const typeConf = new Map<string, number>();
    rows.forEach((row, i) => {
      progress('cameo-examples', i + 1, rows.length);
      const rec = codeText(row.example, k, null, `cameo-codes.csv#${row.code}`);
      if (!rec) failed++;
      const events = [...(rec?.events ?? [])].sort((a, b) => b.confidence - a.confidence);
      const top = events[0] ?? null;
      if (!top) none++;
      const root = top?.cameo?.slice(0, 2) ?? null;
      if (root === row.root) rootOk++;
      else bump(confusions, `${row.root}→${root ?? 'none'}`);
      if (events.some((e) => e.cameo?.slice(0, 2) === row.root)) rootAny++;
      if (top?.cameo === row.code) codeOk++;
      const want = k.events.cameoByCode.get(row.code)?.plover?.type;
      if (want) {
        ploverRows++;
        if (top?.type === want) ploverOk++;
        else bump(typeConf, `${want}→${top?.type ?? 'NONE'}`);
      }
    });
    const n = rows.length;
    return {
      examples: n,
      coding_failed: failed,
      no_event_rate: r4(none / n),
      root_acc: r4(rootOk / n),
      root_acc_any: r4(rootAny / n),
      code_acc: r4(codeOk / n),
      plover_rows: ploverRows,
      plover_type_acc: r4(ploverRows ? ploverOk / ploverRows : 0),
      top_root_confusions: topCounts(confusions, 10),
      top_type_confusions: topCounts(typeConf, 10),
    };
  },
};
