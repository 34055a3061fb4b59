import type { Knowledge } from '../knowledge/knowledge.js';
import type { Actor, ParleyEvent, Place, Quote, Time } from '../model/record.js';
import type { Doc } from '../nlp/doc.js';

/** What the stages add to a Doc, by name. */
export interface Annotations {
  actors: Actor[];
  places: Place[];
  times: Time[];
  quotes: Quote[];
  events: ParleyEvent[];
}

export interface StageContext {
  /** Publication date (ISO) every relative expression resolves against; null when unknown. */
  readonly published: string | null;
}

/** A pipeline stage: declares what it needs and what it gives; `run` is pure. */
export interface Stage<K extends keyof Annotations = keyof Annotations> {
  readonly name: string;
  readonly requires: readonly (keyof Annotations)[];
  readonly assigns: K;
  run(doc: Doc, knowledge: Knowledge, ctx: StageContext, got: Partial<Annotations>): Annotations[K];
}

/** Refuses an order where a stage needs what no earlier stage gives. */
export function checkOrder(stages: readonly Stage[]): void {
  const given = new Set<keyof Annotations>();
  for (const s of stages) {
    const missing = s.requires.filter((r) => !given.has(r));
    if (missing.length)
      throw new Error(`stage ${s.name} requires ${missing.join(', ')}, which no earlier stage assigns`);
    given.add(s.assigns);
  }
}
