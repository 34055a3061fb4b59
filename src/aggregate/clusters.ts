import type { EventStatusT } from '../model/record.js';
import { countStatuses, mergeStatus, type StatusCounts } from './cluster-status.js';
import {
  type AggregateRow,
  actorsOverlap,
  mostFrequent,
  outletOf,
  reportOrder,
  sharedActors,
  stableId,
  uniqueCodes,
} from './codes.js';
import { type DateSpan, parseDate, precisionRank } from './dates.js';

/** Options of {@link clusterEvents}. */
export interface ClusterOptions {
  /** Two day-precision dates at most this many days apart can be one happening (default 3). */
  readonly windowDays?: number;
  /** Article id → outlet name, for counting distinct sources (see {@link outletOf}). */
  readonly outlets?: ReadonlyMap<string, string>;
}

/** One reported event of a cluster. */
export interface ClusterMember {
  readonly article_id: string;
  readonly event_id: string;
}

/** Reports of one happening across articles, merged. */
export interface EventCluster {
  /** Stable: a hash of the type and the earliest report (by article publication). */
  readonly id: string;
  readonly type: string;
  /** The most frequent mode of the members, or null. */
  readonly mode: string | null;
  /** Every actor code of every member (sources and targets), sorted. */
  readonly actors: string[];
  readonly source_codes: string[];
  readonly target_codes: string[];
  /** The most specific date most members agree on. */
  readonly date: string | null;
  /** Merged status: occurred > ongoing > planned; hypothetical/negated only when all members are. */
  readonly status: EventStatusT;
  readonly statuses: StatusCounts;
  /** True when some member gives its date as a deadline. */
  readonly deadline: boolean;
  readonly country: string | null;
  readonly place_name: string | null;
  /** Members in report order (article publication, article id, event id). */
  readonly members: ClusterMember[];
  /** Number of distinct outlets reporting it. */
  readonly sources: number;
  readonly outlets: string[];
  /** Number of distinct articles reporting it. */
  readonly articles: number;
  /** Earliest article publication among the members. */
  readonly first_report: string | null;
  /** Title of the earliest report's article and its trigger, for display. */
  readonly title: string | null;
  readonly trigger: string;
}

interface Item {
  readonly row: AggregateRow;
  readonly span: DateSpan | null;
  readonly codes: string[];
  readonly prefixes: string[];
}

interface Group {
  readonly order: number;
  readonly items: Item[];
  readonly codes: string[];
  dayMin: number | null;
  dayMax: number | null;
  inner: { start: number; end: number } | null;
  country: string | null;
}

/**
 * Clusters event rows that report the same happening: same PLOVER type, overlapping actors
 * ({@link actorsOverlap}: roles ignored, RUS ~ RUSGOV), compatible dates (days within
 * `windowDays` of every other day of the cluster; a coarser value such as 2021-W10 or 2021-04 must
 * contain them, and share the actors of its first report) and compatible places (same country,
 * or unknown). Deadline rows ("out by May 1") cluster only with deadline rows. Rows without a
 * date or actor code stay alone. Buckets by type and scans only the clusters open in the date
 * window, so 20k rows take well under a second. Sorted by date (undated last), then first report.
 */
export function clusterEvents(rows: readonly AggregateRow[], opts: ClusterOptions = {}): EventCluster[] {
  const window = opts.windowDays ?? 3;
  const byType = new Map<string, Item[]>();
  for (const row of rows) {
    const codes = uniqueCodes(row.source_codes, row.target_codes);
    const item: Item = {
      row,
      span: parseDate(row.date),
      codes,
      prefixes: uniqueCodes(codes.map((c) => c.slice(0, 3))),
    };
    // A deadline ("out by May 1") is not a report of the happening itself: bucket apart.
    const key = row.deadline ? `${row.type} deadline` : row.type;
    const list = byType.get(key) ?? [];
    list.push(item);
    byType.set(key, list);
  }
  const out: { cluster: EventCluster; start: number }[] = [];
  for (const items of byType.values()) {
    for (const g of clusterType(items, window)) {
      out.push({
        cluster: summarize(items[0].row.type, g, opts.outlets),
        start: g.dayMin ?? g.inner?.start ?? Infinity,
      });
    }
  }
  out.sort(
    (a, b) =>
      a.start - b.start ||
      (a.cluster.first_report ?? '').localeCompare(b.cluster.first_report ?? '') ||
      a.cluster.id.localeCompare(b.cluster.id),
  );
  return out.map((o) => o.cluster);
}

function clusterType(items: readonly Item[], window: number): Group[] {
  const groups: Group[] = [];
  const create = (item: Item): Group => {
    const day = item.span?.precision === 'day' ? item.span.start : null;
    const inner = item.span && day === null ? { start: item.span.start, end: item.span.end } : null;
    const g: Group = {
      order: groups.length,
      items: [item],
      codes: [...item.codes],
      dayMin: day,
      dayMax: day,
      inner,
      country: item.row.country,
    };
    groups.push(g);
    return g;
  };
  const byDay = (a: Item, b: Item) => a.span!.start - b.span!.start || reportOrder(a.row, b.row);
  const days = items.filter((i) => i.span?.precision === 'day').sort(byDay);
  const dayGroups = dayPass(days, window, create);
  const coarse = items
    .filter((i) => i.span !== null && i.span.precision !== 'day')
    .sort((a, b) => precisionRank(a.span!.precision) - precisionRank(b.span!.precision) || byDay(a, b));
  coarsePass(coarse, dayGroups, create);
  for (const i of items) if (i.span === null) create(i);
  return groups;
}

/** Day-precision rows in date order; a cluster stays open while its first day is within the window. */
function dayPass(days: readonly Item[], window: number, create: (i: Item) => Group): Map<string, Group[]> {
  const active = new Map<string, Set<Group>>();
  const opened: Group[] = [];
  let head = 0;
  for (const item of days) {
    const d = item.span!.start;
    for (; head < opened.length && opened[head].dayMin! < d - window; head++) {
      for (const p of prefixesOf(opened[head])) active.get(p)?.delete(opened[head]);
    }
    const candidates = new Set<Group>();
    for (const p of item.prefixes) for (const g of active.get(p) ?? []) candidates.add(g);
    const best = pick(
      item,
      [...candidates].filter((g) => d - g.dayMin! <= window),
    );
    if (best) {
      join(best, item);
      best.dayMax = Math.max(best.dayMax!, d);
    }
    const g = best ?? create(item);
    if (!best) opened.push(g);
    for (const p of item.prefixes) setOf(active, p).add(g);
  }
  // Opened in day order, so every prefix list is sorted by first day (for binary search).
  const byPrefix = new Map<string, Group[]>();
  for (const g of opened) {
    for (const p of prefixesOf(g)) {
      const list = byPrefix.get(p) ?? [];
      list.push(g);
      byPrefix.set(p, list);
    }
  }
  return byPrefix;
}

/** Coarser rows (most specific first) join the cluster whose days they contain, or cluster among themselves. */
function coarsePass(
  coarse: readonly Item[],
  dayGroups: Map<string, Group[]>,
  create: (i: Item) => Group,
): void {
  const coarseGroups = new Map<string, Set<Group>>();
  for (const item of coarse) {
    const span = item.span!;
    const candidates = new Set<Group>();
    for (const p of item.prefixes) {
      const list = dayGroups.get(p) ?? [];
      for (let i = lowerBound(list, span.start); i < list.length && list[i].dayMin! <= span.end; i++)
        candidates.add(list[i]);
      for (const g of coarseGroups.get(p) ?? []) candidates.add(g);
    }
    const fits = [...candidates].filter((g) => {
      if (g.dayMin !== null && !(span.start <= g.dayMin && g.dayMax! <= span.end)) return false;
      // A vague date pins little: it must also share the actors of the cluster's first report.
      if (!actorsOverlap(item.codes, g.items[0].codes)) return false;
      return g.inner === null || nested(span, g.inner);
    });
    const best = pick(item, fits);
    if (best) {
      join(best, item);
      if (best.inner === null || (best.inner.start <= span.start && span.end <= best.inner.end)) {
        best.inner = { start: span.start, end: span.end };
      }
    }
    const g = best ?? create(item);
    if (g.dayMin === null) for (const p of prefixesOf(g)) setOf(coarseGroups, p).add(g);
  }
}

function nested(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/** The compatible cluster sharing the most actors (then the largest, then the oldest). */
function pick(item: Item, candidates: readonly Group[]): Group | undefined {
  let best: Group | undefined;
  let bestShared = 0;
  for (const g of candidates) {
    if (item.row.country && g.country && item.row.country !== g.country) continue;
    if (!actorsOverlap(item.codes, g.codes)) continue;
    const shared = sharedActors(item.codes, g.codes);
    if (
      !best ||
      shared > bestShared ||
      (shared === bestShared &&
        (g.items.length > best.items.length ||
          (g.items.length === best.items.length && g.order < best.order)))
    ) {
      best = g;
      bestShared = shared;
    }
  }
  return best;
}

function join(g: Group, item: Item): void {
  g.items.push(item);
  for (const c of item.codes) if (!g.codes.includes(c)) g.codes.push(c);
  g.country ??= item.row.country;
}

function prefixesOf(g: Group): string[] {
  return uniqueCodes(g.codes.map((c) => c.slice(0, 3)));
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  const s = map.get(key) ?? new Set<V>();
  map.set(key, s);
  return s;
}

function lowerBound(list: readonly Group[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].dayMin! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function summarize(type: string, g: Group, outlets?: ReadonlyMap<string, string>): EventCluster {
  const rows = g.items.map((i) => i.row).sort(reportOrder);
  const first = rows[0];
  const statuses = countStatuses(rows);
  const country = mostFrequent(rows.flatMap((r) => (r.country ? [r.country] : []))) ?? null;
  const outletNames = uniqueCodes(rows.map((r) => outletOf(r, outlets)));
  return {
    id: stableId('c', type, first.article_id, first.event_id),
    type,
    mode: mostFrequent(rows.flatMap((r) => (r.mode ? [r.mode] : []))) ?? null,
    actors: uniqueCodes(...rows.flatMap((r) => [r.source_codes, r.target_codes])).sort(),
    source_codes: uniqueCodes(...rows.map((r) => r.source_codes)).sort(),
    target_codes: uniqueCodes(...rows.map((r) => r.target_codes)).sort(),
    date: agreedDate(g.items),
    status: mergeStatus(statuses),
    statuses,
    deadline: rows.some((r) => r.deadline),
    country,
    place_name:
      mostFrequent(rows.flatMap((r) => (r.place_name && r.country === country ? [r.place_name] : []))) ??
      null,
    members: rows.map((r) => ({ article_id: r.article_id, event_id: r.event_id })),
    sources: outletNames.length,
    outlets: outletNames,
    articles: new Set(rows.map((r) => r.article_id)).size,
    first_report:
      rows
        .map((r) => r.article_published)
        .filter((p): p is string => !!p)
        .sort()[0] ?? null,
    title: first.article_title,
    trigger: first.trigger_text,
  };
}

/** The most specific precision present, then its most frequent value (ties: the earliest). */
function agreedDate(items: readonly Item[]): string | null {
  const spans = items.flatMap((i) => (i.span ? [i.span] : []));
  if (spans.length === 0) return items.find((i) => i.row.date)?.row.date ?? null;
  const rank = Math.min(...spans.map((s) => precisionRank(s.precision)));
  const counts = new Map<string, number>();
  for (const s of spans)
    if (precisionRank(s.precision) === rank) counts.set(s.value, (counts.get(s.value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}
