import { join } from 'node:path';
import { evalMeantime } from '../meantime.eval.js';
import type { EvalSuite } from '../suites.js';

/** Times: MEANTIME news with TIMEX3 gold — span and value P/R/F1. */
export const meantimeSuite: EvalSuite = {
  name: 'times (MEANTIME)',
  needs: 'times/meantime_en.jsonl',
  async run(dataDir) {
    const r = await evalMeantime(join(dataDir, 'times', 'meantime_en.jsonl'));
    return {
      docs: r.docs,
      gold: r.gold,
      found: r.found,
      spanP: r.spanP,
      spanR: r.spanR,
      spanF1: r.spanF1,
      valueAcc: r.valueAcc,
      valueF1: r.valueF1,
    };
  },
};
