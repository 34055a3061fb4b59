import type { Knowledge } from '../knowledge/knowledge.js';
import type { Store } from '../store/index.js';
import type { FetchPolicy } from './code-input.js';

/** What the route modules are built from (resolved options of createApp). */
export interface RouteDeps {
  readonly store: Store;
  readonly knowledge: Knowledge;
  readonly fetchPolicy: FetchPolicy;
  /** Required on write routes when set. */
  readonly apiKey: string | undefined;
}
