import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_SUITES } from './suites/index.js';

/** One evaluation over a data set in `../shared/data`: a name, the folder it needs, and its run. */
export interface EvalSuite {
  readonly name: string;
  readonly needs: string;
  run(dataDir: string): Promise<Record<string, number | string>>;
}

/** The dataset suites `parley eval --data DIR` runs (each only when its folder is present). */
export const SUITES: EvalSuite[] = [];
SUITES.push(...DATA_SUITES);

export async function runSuites(
  dataDir: string,
  only?: string[],
): Promise<{ name: string; result?: Record<string, number | string>; skipped?: string; error?: string }[]> {
  const out = [];
  for (const s of SUITES) {
    if (only?.length && !only.includes(s.name)) continue;
    if (!existsSync(join(dataDir, s.needs))) {
      out.push({ name: s.name, skipped: `${join(dataDir, s.needs)} not present` });
      continue;
    }
    try {
      out.push({ name: s.name, result: await s.run(dataDir) });
    } catch (e) {
      out.push({ name: s.name, error: (e as Error).message });
    }
  }
  return out;
}
