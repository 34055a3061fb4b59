import type { Knowledge } from '../knowledge/knowledge.js';
import type { EventRow } from '../store/index.js';

/** One actor of an event, as the dyadic formats (GDELT, ICEWS, PLOVER) need it. */
export interface ActorInfo {
  readonly code: string | null;
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
}

/**
 * An event to export: the store's EventRow, optionally with details read in batches by
 * {@link withDetails} (actors, place kind and GeoNames id, outlet, when the article was stored).
 * Without them the writers derive what they can from the codes and the knowledge.
 */
export interface ExportEvent extends EventRow {
  readonly sources?: readonly ActorInfo[];
  readonly targets?: readonly ActorInfo[];
  readonly place_kind?: string | null;
  readonly geonameid?: number | null;
  readonly article_source?: string | null;
  readonly article_created_at?: string | null;
}

/** What every writer gets besides the rows. */
export interface ExportContext {
  readonly knowledge: Knowledge;
  /** Fallback for "when added" fields (GDELT DATEADDED) when the row has no stored time. */
  readonly now?: Date;
  /** Write a header line (csv and icews always do; gdelt only when asked, as GDELT files have none). */
  readonly header?: boolean;
}

/** A streaming writer: events in, lines out (each ending in its line break), constant memory. */
export type ExportWriter = (rows: AsyncIterable<ExportEvent>, ctx: ExportContext) => AsyncIterable<string>;
