/**
 * Readers for the aggregate endpoints (/v1/timeline, /v1/deadlines, /v1/network), tolerant of
 * missing or renamed fields: the UI shows what is there rather than failing on what is not.
 */

type Obj = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const strs = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : typeof v === 'string' && v
      ? v.split(/[ ,]+/)
      : [];

const first = (v: unknown): Obj | undefined =>
  Array.isArray(v) && v[0] && typeof v[0] === 'object' ? (v[0] as Obj) : undefined;

/** The first array found under one of `keys` (or the value itself when it is an array). */
export function arrayIn(data: unknown, keys: readonly string[]): Obj[] {
  if (Array.isArray(data)) return data.filter((x) => x && typeof x === 'object') as Obj[];
  if (!data || typeof data !== 'object') return [];
  for (const k of keys) {
    const v = (data as Obj)[k];
    if (Array.isArray(v)) return v.filter((x) => x && typeof x === 'object') as Obj[];
  }
  return [];
}

/** One dated event on the timeline. */
export interface TimelinePoint {
  date: string;
  type: string;
  mode: string | null;
  status: string;
  deadline: boolean;
  source: string[];
  target: string[];
  article_id?: string;
  event_id?: string;
  title?: string;
  trigger?: string;
  count: number;
}

export function timelinePoints(data: unknown): TimelinePoint[] {
  const out: TimelinePoint[] = [];
  for (const r of arrayIn(data, ['events', 'points', 'items', 'timeline'])) {
    const date = str(r.date) ?? str(r.day) ?? str(r.period);
    if (!date) continue;
    out.push({
      date,
      type: str(r.type) ?? 'EVENT',
      mode: str(r.mode) ?? null,
      status: str(r.status) ?? 'occurred',
      deadline: r.deadline === true || r.deadline === 1,
      source: strs(r.source_codes ?? r.source),
      target: strs(r.target_codes ?? r.target),
      article_id: str(r.article_id) ?? str(first(r.members)?.article_id),
      event_id: str(r.event_id) ?? str(first(r.members)?.event_id),
      title: str(r.article_title) ?? str(r.title),
      trigger: str(r.trigger_text) ?? str(r.trigger),
      count: num(r.count) ?? num(r.articles) ?? (Array.isArray(r.members) ? r.members.length : 1),
    });
  }
  return out;
}

/** One entry of a deadline's history. */
export interface DeadlineStep {
  date: string;
  kind: string;
  previous: string | null;
  first_reported: string | null;
  article_id?: string;
  event_id?: string;
}

/** A tracked deadline: what it is about, its dates over time, and what became of it. */
export interface Deadline {
  label: string;
  /** Actor codes on either side, for filtering by actor. */
  codes: string[];
  /** Intermediate dates reported once (not moves of the deadline). */
  milestones: DeadlineStep[];
  /** The date in force. */
  current: string | null;
  history: DeadlineStep[];
  outcome: string | null;
  /** Date of the occurred event that decided the outcome. */
  occurred: string | null;
}

function outcomeText(v: unknown): string | null {
  if (!v) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'object') {
    const o = v as Obj;
    if (Array.isArray(v)) return null;
    return (
      [str(o.status) ?? str(o.kind) ?? str(o.outcome), str(o.date), str(o.note) ?? str(o.text)]
        .filter(Boolean)
        .join(' ') || null
    );
  }
  return String(v);
}

function steps(list: unknown, kind?: string): DeadlineStep[] {
  return arrayIn(list, []).flatMap((h): DeadlineStep[] => {
    const date = str(h.date) ?? str(h.value);
    if (!date) return [];
    return [
      {
        date,
        kind: kind ?? str(h.kind) ?? 'set',
        previous: str(h.previous) ?? null,
        first_reported: str(h.first_reported) ?? str(h.reported) ?? null,
        article_id: str(h.article_id),
        event_id: str(h.event_id),
      },
    ];
  });
}

export function deadlines(data: unknown): Deadline[] {
  return arrayIn(data, ['deadlines', 'items']).map((d, i) => {
    const history = steps(d.history);
    if (!history.length && str(d.date))
      history.push({ date: str(d.date)!, kind: 'set', previous: null, first_reported: null });
    const who = [
      strs(d.source_codes ?? d.source ?? d.actors).join(' '),
      strs(d.target_codes ?? d.target).join(' '),
    ]
      .filter(Boolean)
      .join(' → ');
    const label =
      str(d.name) ??
      str(d.label) ??
      str(d.subject) ??
      str(d.description) ??
      str(d.title) ??
      ([str(d.type), str(d.mode), who].filter(Boolean).join(' ') || str(d.id) || `deadline ${i + 1}`);
    const occurred = d.occurred && typeof d.occurred === 'object' ? (d.occurred as Obj) : null;
    const outcome = [
      outcomeText(d.outcome),
      occurred ? `(occurred ${str(occurred.date) ?? str(occurred.article_published) ?? ''})` : null,
    ]
      .filter(Boolean)
      .join(' ');
    const codes = [...strs(d.source_codes ?? d.source ?? d.actors), ...strs(d.target_codes ?? d.target)];
    return {
      label,
      codes,
      milestones: steps(d.milestones, 'milestone'),
      current: str(d.current) ?? history[history.length - 1]?.date ?? null,
      history,
      outcome: outcome || null,
      occurred: occurred ? (str(occurred.date) ?? null) : null,
    };
  });
}

/** A node and an edge of the actor network. */
export interface NetNode {
  code: string;
  events: number;
  weight: number;
}
export interface NetEdge {
  source: string;
  target: string;
  count: number;
  cooperation: number;
  conflict: number;
  weight: number;
}

export function network(data: unknown): { nodes: NetNode[]; edges: NetEdge[] } {
  const nodes = arrayIn(data, ['nodes']).flatMap((n): NetNode[] => {
    const code = str(n.code) ?? str(n.id) ?? str(n.name);
    return code
      ? [{ code, events: num(n.events) ?? num(n.count) ?? 1, weight: num(n.weight) ?? num(n.events) ?? 1 }]
      : [];
  });
  const edges = arrayIn(data, ['edges', 'links']).flatMap((e): NetEdge[] => {
    const [source, target] = [str(e.source), str(e.target)];
    if (!source || !target) return [];
    const count = num(e.count) ?? num(e.events) ?? 1;
    return [
      {
        source,
        target,
        count,
        cooperation: num(e.cooperation) ?? 0,
        conflict: num(e.conflict) ?? 0,
        weight: num(e.weight) ?? count,
      },
    ];
  });
  const known = new Set(nodes.map((n) => n.code));
  for (const e of edges)
    for (const c of [e.source, e.target])
      if (!known.has(c)) {
        known.add(c);
        nodes.push({ code: c, events: e.count, weight: e.count });
      }
  return { nodes, edges };
}
