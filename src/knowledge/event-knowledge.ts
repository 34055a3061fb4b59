import type { Hash } from 'node:crypto';

/** Event ontology and trigger lexicon (filled in by the events knowledge files). */
export interface EventKnowledge {
  readonly triggers: readonly unknown[];
}

export function loadEventKnowledge(_dir: string, _hash: Hash): EventKnowledge {
  return { triggers: [] };
}
