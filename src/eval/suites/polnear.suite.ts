import { join } from 'node:path';
import { evalPolnear } from '../polnear.eval.js';
import type { EvalSuite } from '../suites.js';

/** Quotes: PolNeAR dev attributions — content P/R/F1 and speaker accuracy, direct and all. */
export const polnearSuite: EvalSuite = {
  name: 'quotes (PolNeAR dev)',
  needs: 'quotes/dev',
  async run(dataDir) {
    const r = await evalPolnear(join(dataDir, 'quotes', 'dev'));
    return {
      docs: r.docs,
      directP: r.direct.p,
      directR: r.direct.r,
      directF1: r.direct.f1,
      directSpeakerAcc: r.direct.speakerAcc,
      allP: r.all.p,
      allR: r.all.r,
      allF1: r.all.f1,
      allSpeakerAcc: r.all.speakerAcc,
    };
  },
};
