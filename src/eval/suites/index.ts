import type { EvalSuite } from '../suites.js';
import { articleExtractionSuite } from './article-extraction.suite.js';
import { cameoExamplesSuite } from './cameo-examples.suite.js';
import { meantimeSuite } from './meantime.suite.js';
import { petrarch2Suite } from './petrarch2.suite.js';
import { ploverGsrSuite } from './plover-gsr.suite.js';
import { polnearSuite } from './polnear.suite.js';

/**
 * The data-set suites of this folder, in run order. `suites.ts` pushes them into `SUITES`
 * (this module cannot push itself: it would read `SUITES` before `suites.ts` has defined it).
 */
export const DATA_SUITES: readonly EvalSuite[] = [
  meantimeSuite,
  polnearSuite,
  ploverGsrSuite,
  cameoExamplesSuite,
  petrarch2Suite,
  articleExtractionSuite,
];
