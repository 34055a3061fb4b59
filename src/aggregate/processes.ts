import { type ClusterOptions, clusterEvents, type EventCluster } from './clusters.js';
import { type AggregateRow, countryKey, stableId } from './codes.js';
import { parseDate } from './dates.js';

/** Options of {@link processes}. */
export interface ProcessOptions extends ClusterOptions {
  /** Clusters at most this many days apart can be linked (default 120). */
  readonly gapDays?: number;
  /** Country-level codes two clusters must share to be linked (default 2). */
  readonly minShared?: number;
  /** Smallest process returned, in clusters (default 2). */
  readonly minClusters?: number;
  /** Known country codes, for {@link countryKey}. */
  readonly countries?: ReadonlySet<string>;
}

/** A process: clusters linked by shared actors over time (a peace process, a grain deal). */
export interface Process {
  readonly id: string;
  /** The two most frequent country-level codes, most frequent first, joined by "–" ("AFG–USA"). */
  readonly name: string;
  /** Country-level codes by the number of clusters they take part in, most first. */
  readonly countries: string[];
  readonly from: string | null;
  readonly to: string | null;
  readonly clusters: number;
  readonly events: number;
  readonly cluster_ids: string[];
}

/**
 * Groups clusters into processes: connected components over dated clusters that share at least
 * `minShared` country-level actor codes and are at most `gapDays` apart. Each pair of codes keeps
 * its latest cluster, so linking is one pass in date order. Sorted by size, then start.
 */
export function processes(rows: readonly AggregateRow[], opts: ProcessOptions = {}): Process[] {
  const gap = opts.gapDays ?? 120;
  const minShared = opts.minShared ?? 2;
  const clusters = clusterEvents(rows, opts)
    .map((c) => ({
      c,
      span: parseDate(c.date),
      keys: [...new Set(c.actors.map((a) => countryKey(a, opts.countries)))].sort(),
    }))
    .filter((x) => x.span !== null && x.keys.length >= minShared)
    .sort((a, b) => a.span!.start - b.span!.start);
  const parent = clusters.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const latest = new Map<string, number>();
  clusters.forEach((x, i) => {
    for (const key of combinations(x.keys, minShared)) {
      const j = latest.get(key);
      if (j !== undefined && x.span!.start - clusters[j].span!.end <= gap) parent[find(i)] = find(j);
      latest.set(key, i);
    }
  });
  const components = new Map<number, EventCluster[]>();
  clusters.forEach((x, i) => {
    const root = find(i);
    components.set(root, [...(components.get(root) ?? []), x.c]);
  });
  return [...components.values()]
    .filter((cs) => cs.length >= (opts.minClusters ?? 2))
    .map((cs) => describe(cs, opts.countries))
    .sort((a, b) => b.clusters - a.clusters || (a.from ?? '').localeCompare(b.from ?? ''));
}

function describe(cs: readonly EventCluster[], countries?: ReadonlySet<string>): Process {
  const counts = new Map<string, number>();
  for (const c of cs)
    for (const k of new Set(c.actors.map((a) => countryKey(a, countries))))
      counts.set(k, (counts.get(k) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const dates = cs.map((c) => c.date!).sort();
  return {
    id: stableId('p', cs[0].id),
    name: ranked.slice(0, 2).join('–'),
    countries: ranked,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    clusters: cs.length,
    events: cs.reduce((n, c) => n + c.members.length, 0),
    cluster_ids: cs.map((c) => c.id),
  };
}

/** Every k-subset of sorted keys, joined with spaces (k ≤ 2 in practice; capped at 12 keys). */
function combinations(keys: readonly string[], k: number): string[] {
  const ks = keys.slice(0, 12);
  const out: string[] = [];
  const walk = (start: number, acc: string[]) => {
    if (acc.length === k) {
      out.push(acc.join(' '));
      return;
    }
    for (let i = start; i < ks.length; i++) walk(i + 1, [...acc, ks[i]]);
  };
  walk(0, []);
  return out;
}
