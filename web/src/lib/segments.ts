/** A highlight over `article.text`: one actor mention, time, place, quote, trigger or sentence. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  /** The annotation id (a1, t2, e3…) the mark stands for. */
  readonly id: string;
}

/** A run of text covered by the same marks, outermost (longest) mark first. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
}

/**
 * Cuts [from, to) at every mark boundary, so overlapping and crossing marks both render: each
 * segment is then wrapped in one element per covering mark, the longest outermost.
 */
export function segments(from: number, to: number, marks: readonly Mark[]): Segment[] {
  const inside = marks
    .filter((m) => m.end > from && m.start < to && m.end > m.start)
    .map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) }));
  const cuts = new Set<number>([from, to]);
  for (const m of inside) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = inside
      .filter((m) => m.start <= a && m.end >= b)
      .sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
    out.push({ start: a, end: b, marks: covering });
  }
  return out;
}
