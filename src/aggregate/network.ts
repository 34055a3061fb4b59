import { type AggregateRow, countryKey, uniqueCodes } from './codes.js';
import { inDateRange } from './dates.js';

/** Options of {@link actorNetwork}. */
export interface NetworkOptions {
  readonly from?: string;
  readonly to?: string;
  /** 'country': codes cut to their country (RUSGOV → RUS; TAL, IGOUNO kept whole); 'actor': codes as coded. */
  readonly level: 'country' | 'actor';
  /** Known country codes, for {@link countryKey}. */
  readonly countries?: ReadonlySet<string>;
  /** Display names by node code. */
  readonly names?: ReadonlyMap<string, string>;
}

/** An actor of the network. */
export interface NetworkNode {
  readonly code: string;
  readonly name?: string;
  /** Events it takes part in (either side). */
  readonly events: number;
  /** Sum of the PLOVER intensities of those events (positive: cooperative on balance). */
  readonly weight: number;
}

/** Directed source → target relation, summed over events. */
export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly count: number;
  /** Sum of the positive intensities (cooperative events). */
  readonly cooperation: number;
  /** Sum of the magnitudes of the negative intensities (conflictual events). */
  readonly conflict: number;
  /** cooperation − conflict. */
  readonly weight: number;
}

/** The actor network of a set of events. */
export interface ActorNetwork {
  readonly nodes: NetworkNode[];
  readonly edges: NetworkEdge[];
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The actor network of the rows within `from`..`to`: one edge per source × target code pair
 * of each event (self-loops dropped, each pair once per event), counted and weighted by the
 * event type's PLOVER intensity from `intensities` (type → intensity; positive is cooperation,
 * negative conflict; unknown types weigh 0). Nodes sorted by events, edges by count.
 */
export function actorNetwork(
  rows: readonly AggregateRow[],
  opts: NetworkOptions,
  intensities: ReadonlyMap<string, number>,
): ActorNetwork {
  const key = (code: string) => (opts.level === 'country' ? countryKey(code, opts.countries) : code);
  const nodes = new Map<string, { events: number; weight: number }>();
  const edges = new Map<
    string,
    { source: string; target: string; count: number; cooperation: number; conflict: number }
  >();
  for (const r of rows) {
    if (!inDateRange(r.date, opts.from, opts.to)) continue;
    const intensity = intensities.get(r.type) ?? 0;
    const sources = uniqueCodes(r.source_codes.map(key));
    const targets = uniqueCodes(r.target_codes.map(key));
    for (const code of uniqueCodes(sources, targets)) {
      const n = nodes.get(code) ?? { events: 0, weight: 0 };
      n.events++;
      n.weight += intensity;
      nodes.set(code, n);
    }
    for (const s of sources) {
      for (const t of targets) {
        if (s === t) continue;
        const id = `${s}\u0000${t}`;
        const e = edges.get(id) ?? { source: s, target: t, count: 0, cooperation: 0, conflict: 0 };
        e.count++;
        if (intensity > 0) e.cooperation += intensity;
        else e.conflict -= intensity;
        edges.set(id, e);
      }
    }
  }
  return {
    nodes: [...nodes]
      .map(([code, n]) => {
        const name = opts.names?.get(code);
        return { code, ...(name ? { name } : {}), events: n.events, weight: round(n.weight) };
      })
      .sort((a, b) => b.events - a.events || a.code.localeCompare(b.code)),
    edges: [...edges.values()]
      .map((e) => ({
        ...e,
        cooperation: round(e.cooperation),
        conflict: round(e.conflict),
        weight: round(e.cooperation - e.conflict),
      }))
      .sort(
        (a, b) => b.count - a.count || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
      ),
  };
}
