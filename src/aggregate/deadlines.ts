import {
  type AggregateRow,
  countryKey,
  countryOverlap,
  mostFrequent,
  reportOrder,
  stableId,
  uniqueCodes,
} from './codes.js';
import { contains, type DateSpan, dayOf, parseDate, precisionRank } from './dates.js';

/** How a deadline date entered the history: first date, a more precise restatement, or a new date. */
export type DeadlineKind = 'set' | 'restated' | 'moved';

/** One distinct deadline date of a track, as first reported. */
export interface DeadlineEntry {
  readonly date: string;
  /** Publication of the first article that gave this date. */
  readonly first_reported: string | null;
  readonly article_id: string;
  readonly event_id: string;
  /** Who set or moved it, as coded in that first report. */
  readonly source_codes: string[];
  readonly kind: DeadlineKind;
  /** The date this one replaced or restated (null for the first). */
  readonly previous: string | null;
  /** Reports of this date (coarser restatements such as "by the end of August" included). */
  readonly reports: number;
  readonly articles: number;
}

/** The occurred event that decided a deadline's outcome. */
export interface OccurredRef {
  readonly article_id: string;
  readonly event_id: string;
  readonly date: string | null;
  readonly article_published: string | null;
}

/** Whether the last deadline was kept. */
export type DeadlineOutcome = 'met' | 'missed' | 'pending';

/** One tracked deadline: who must do what to whom by when, and how the date moved. */
export interface DeadlineTrack {
  readonly id: string;
  readonly type: string;
  /** "USA RETREAT AFG": the most frequent source and target countries with the type. */
  readonly name: string;
  readonly source_codes: string[];
  readonly target_codes: string[];
  /** The deadline in force: the date of the last history entry. */
  readonly current: string;
  /** Distinct deadline dates in order of first report. */
  readonly history: DeadlineEntry[];
  /**
   * Dates reported once while the date in force kept being restated around them (an
   * intermediate target such as "cut troops to 2,500 by mid-January"): not moves.
   */
  readonly milestones: DeadlineEntry[];
  readonly reports: number;
  readonly outcome: DeadlineOutcome;
  readonly occurred: OccurredRef | null;
}

/** Options of {@link trackDeadlines}. */
export interface DeadlineOptions {
  /** Known country codes, for the country-level comparison of actors (see {@link countryKey}). */
  readonly countries?: ReadonlySet<string>;
}

interface Track {
  readonly type: string;
  readonly mode: string | null;
  readonly sources: string[];
  readonly targets: string[];
  readonly rows: AggregateRow[];
}

interface DateGroup {
  readonly span: DateSpan;
  readonly rows: AggregateRow[];
}

/**
 * Tracks deadlines across articles. Every row with `deadline` (not negated) joins a track of the
 * same type whose sources and targets overlap at the country level (USA ~ USAMIL ~ USAGOV; a side
 * with no codes matches anything, but one side must overlap); tracks with overlapping sources
 * that share a date are merged, whatever their targets. A track's history holds each distinct
 * date in order of first report: 'set' first, then 'moved' (a new date replaced the one in
 * force) or 'restated' (a more precise form of it, "September" → "September 11"); a coarser
 * value containing a date already reported is folded into it. The outcome comes from occurred,
 * non-deadline rows of the same type, mode (when both have one) and actors, dated on or after the
 * day the last date was first reported: 'met'
 * when one is on or before the last date, 'missed' when they all come after it or when an
 * article published after the date still reports the event as planned, else 'pending'.
 */
export function trackDeadlines(rows: readonly AggregateRow[], opts: DeadlineOptions = {}): DeadlineTrack[] {
  const { countries } = opts;
  const tracks: Track[] = [];
  const deadlineRows = rows
    .filter((r) => r.deadline && r.status !== 'negated' && parseDate(r.date))
    .sort(reportOrder);
  for (const row of deadlineRows) {
    // A mode names what is due ("withdraw" everything vs "disarm": cut troop levels): a track
    // keeps to one mode where the rows give one.
    const track = tracks.find(
      (t) => t.type === row.type && (!t.mode || !row.mode || t.mode === row.mode) && fits(t, row, countries),
    );
    if (track) {
      track.rows.push(row);
      track.sources.push(...row.source_codes.filter((c) => !track.sources.includes(c)));
      track.targets.push(...row.target_codes.filter((c) => !track.targets.includes(c)));
    } else if (row.source_codes.length + row.target_codes.length > 0) {
      tracks.push({
        type: row.type,
        mode: row.mode ?? null,
        sources: uniqueCodes(row.source_codes),
        targets: uniqueCodes(row.target_codes),
        rows: [row],
      });
    }
  }
  return mergeOnSharedDates(tracks, countries).map((t) => summarize(t, rows, countries));
}

/**
 * Tracks of one type whose sources overlap and that share a deadline date are one deadline
 * whatever their targets say ("withdraw from Afghanistan" vs "… under the deal with the Taliban").
 */
function mergeOnSharedDates(tracks: Track[], countries?: ReadonlySet<string>): Track[] {
  const out = [...tracks];
  const dates = (t: Track) => new Set(t.rows.map((r) => parseDate(r.date)!.value));
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const [a, b] = [out[i], out[j]];
      if (a.type !== b.type || !a.sources.length || !countryOverlap(a.sources, b.sources, countries))
        continue;
      if (a.mode && b.mode && a.mode !== b.mode) continue;
      const da = dates(a);
      if (![...dates(b)].some((d) => da.has(d))) continue;
      a.rows.push(...b.rows);
      a.rows.sort(reportOrder);
      a.sources.push(...b.sources.filter((c) => !a.sources.includes(c)));
      a.targets.push(...b.targets.filter((c) => !a.targets.includes(c)));
      out.splice(j, 1);
      j = i;
    }
  }
  return out;
}

function fits(
  t: Pick<Track, 'sources' | 'targets'>,
  row: AggregateRow,
  countries?: ReadonlySet<string>,
): boolean {
  const side = (a: readonly string[], b: readonly string[]) =>
    a.length === 0 || b.length === 0 ? null : countryOverlap(a, b, countries);
  const s = side(row.source_codes, t.sources);
  const g = side(row.target_codes, t.targets);
  if (s === false || g === false) return false;
  return s === true || g === true;
}

function summarize(t: Track, all: readonly AggregateRow[], countries?: ReadonlySet<string>): DeadlineTrack {
  const groups = foldCoarse(groupByDate(t.rows));
  const milestones = groups.filter((d) => isMilestone(d, groups));
  const kept = groups.filter((d) => !milestones.includes(d));
  const history: DeadlineEntry[] = [];
  for (const g of kept) {
    const prev = history.length
      ? groups.find((x) => x.span.value === history[history.length - 1].date)!
      : null;
    const kind: DeadlineKind = !prev ? 'set' : contains(prev.span, g.span) ? 'restated' : 'moved';
    history.push(entry(g, kind, prev?.span.value ?? null));
  }
  const key = (codes: readonly string[]) => mostFrequent(codes.map((c) => countryKey(c, countries))) ?? '?';
  const current = history[history.length - 1];
  const { outcome, occurred } = decide(t, current, all, countries);
  return {
    id: stableId('d', t.type, t.rows[0].article_id, t.rows[0].event_id),
    type: t.type,
    name: [key(t.rows.flatMap((r) => r.source_codes)), t.type, key(t.rows.flatMap((r) => r.target_codes))]
      .filter((x) => x !== '?')
      .join(' '),
    source_codes: [...t.sources].sort(),
    target_codes: [...t.targets].sort(),
    current: current.date,
    history,
    milestones: milestones.map((g) => entry(g, 'set', null)),
    reports: t.rows.length,
    outcome,
    occurred,
  };
}

/** Rows by date value, in order of first report (rows are already in report order). */
function groupByDate(rows: readonly AggregateRow[]): DateGroup[] {
  const byValue = new Map<string, DateGroup>();
  for (const r of rows) {
    const span = parseDate(r.date)!;
    const g = byValue.get(span.value) ?? { span, rows: [] };
    g.rows.push(r);
    byValue.set(span.value, g);
  }
  return [...byValue.values()];
}

/** A coarser value reported after a more precise date it contains is a restatement of that date. */
function foldCoarse(groups: DateGroup[]): DateGroup[] {
  const out = [...groups];
  const coarse = [...groups].sort(
    (a, b) => precisionRank(a.span.precision) - precisionRank(b.span.precision),
  );
  for (const g of coarse) {
    if (g.span.precision === 'day') continue;
    const into = out
      .filter(
        (h) =>
          h !== g &&
          precisionRank(h.span.precision) < precisionRank(g.span.precision) &&
          contains(g.span, h.span) &&
          reportOrder(h.rows[0], g.rows[0]) <= 0,
      )
      .sort((a, b) => b.rows.length - a.rows.length)[0];
    if (!into) continue;
    into.rows.push(...g.rows);
    out.splice(out.indexOf(g), 1);
  }
  for (const g of out) g.rows.sort(reportOrder);
  return out.sort((a, b) => reportOrder(a.rows[0], b.rows[0]));
}

/**
 * A date only ever reported on the day it first appeared, while another date of the track, set
 * no later, went on being restated as still ahead after that day: an intermediate target.
 */
function isMilestone(d: DateGroup, groups: readonly DateGroup[]): boolean {
  const firstDay = dayOf(d.rows[0].article_published);
  if (firstDay === null || d.rows.some((r) => dayOf(r.article_published) !== firstDay)) return false;
  return groups.some(
    (c) =>
      c !== d &&
      !contains(c.span, d.span) &&
      !contains(d.span, c.span) &&
      reportOrder(c.rows[0], d.rows[0]) <= 0 &&
      c.rows.some((r) => {
        const day = dayOf(r.article_published);
        return day !== null && day > firstDay && day <= c.span.end;
      }),
  );
}

function entry(g: DateGroup, kind: DeadlineKind, previous: string | null): DeadlineEntry {
  const first = g.rows[0];
  return {
    date: g.span.value,
    first_reported: first.article_published,
    article_id: first.article_id,
    event_id: first.event_id,
    source_codes: first.source_codes,
    kind,
    previous,
    reports: g.rows.length,
    articles: new Set(g.rows.map((r) => r.article_id)).size,
  };
}

function decide(
  t: Track,
  current: DeadlineEntry,
  all: readonly AggregateRow[],
  countries?: ReadonlySet<string>,
): { outcome: DeadlineOutcome; occurred: OccurredRef | null } {
  const limit = parseDate(current.date)!.end;
  const setDay = dayOf(current.first_reported) ?? Number.NEGATIVE_INFINITY;
  const mode = mostFrequent(t.rows.flatMap((r) => (r.mode ? [r.mode] : [])));
  const same = all.filter(
    (r) => r.type === t.type && (!mode || !r.mode || r.mode === mode) && fits(t, r, countries),
  );
  const done = same
    .filter((r) => r.status === 'occurred' && !r.deadline)
    .map((r) => ({ r, span: parseDate(r.date) }))
    .filter((x): x is { r: AggregateRow; span: DateSpan } => x.span !== null && x.span.start >= setDay);
  const ref = ({ r }: { r: AggregateRow }): OccurredRef => ({
    article_id: r.article_id,
    event_id: r.event_id,
    date: r.date,
    article_published: r.article_published,
  });
  const inTime = done
    .filter((x) => x.span.start <= limit)
    .sort((a, b) => b.span.start - a.span.start || reportOrder(a.r, b.r));
  if (inTime.length) return { outcome: 'met', occurred: ref(inTime[0]) };
  const late = done.sort((a, b) => a.span.start - b.span.start || reportOrder(a.r, b.r));
  if (late.length) return { outcome: 'missed', occurred: ref(late[0]) };
  const stillPlanned = same.some(
    (r) => r.status === 'planned' && (dayOf(r.article_published) ?? -Infinity) > limit,
  );
  return { outcome: stillPlanned ? 'missed' : 'pending', occurred: null };
}
