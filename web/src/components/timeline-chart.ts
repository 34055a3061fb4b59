import { dateMs, ticks } from '../lib/dates.js';
import { note, s } from '../lib/dom.js';
import type { Deadline, TimelinePoint } from '../lib/normalize.js';
import { COOPERATIVE } from '../types.js';

const W = 1100;
const LEFT = 170;
const RIGHT = 90; // room for the date labels of the last deadline
const EV_LANE = 24;

const href = (article?: string, event?: string) =>
  article
    ? `#/article/${encodeURIComponent(article)}${event ? `?event=${encodeURIComponent(event)}` : ''}`
    : null;

/** Marker of one event: filled when it happened, hollow and dashed when planned, × when negated. */
function marker(p: TimelinePoint, x: number, y: number): SVGElement {
  const color = COOPERATIVE.has(p.type) ? 'var(--coop)' : 'var(--conflict)';
  const r = Math.min(9, 4 + Math.sqrt(p.count - 1));
  if (p.status === 'negated')
    return s('path', {
      d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`,
      stroke: color,
      'stroke-width': 2,
      class: 'mk status-negated',
    });
  const planned = p.status === 'planned' || p.status === 'hypothetical';
  return s('circle', {
    cx: x,
    cy: y,
    r,
    class: `mk status-${p.status}`,
    fill: planned ? 'white' : color,
    'fill-opacity': p.status === 'ongoing' ? 0.55 : 1,
    stroke: color,
    'stroke-width': planned ? 1.6 : 1,
    'stroke-dasharray': p.status === 'hypothetical' ? '1,2' : planned ? '3,2' : null,
  });
}

/** The time domain: every date shown, a stray outlier (1989) cut off unless from/to say otherwise. */
function domain(values: number[], from: string | null, to: string | null): [number, number] {
  const all = values.sort((a, b) => a - b);
  const q = (f: number) => all[Math.min(all.length - 1, Math.floor(f * (all.length - 1)))];
  const lo = dateMs(from) ?? q(all.length > 40 ? 0.02 : 0);
  const hi = dateMs(to) ?? q(all.length > 40 ? 0.98 : 1);
  const pad = Math.max(7 * 86_400_000, (hi - lo) * 0.04);
  return [lo - pad, hi + pad];
}

/** One lane per tracked deadline (dates as diamonds, moves as arrows), then one lane per event type. */
export function timelineChart(
  points: TimelinePoint[],
  dls: Deadline[],
  from: string | null,
  to: string | null,
): Element {
  const values = [...points.map((p) => p.date), ...dls.flatMap((d) => d.history.map((h) => h.date))]
    .map(dateMs)
    .filter((v): v is number => v !== null);
  if (!values.length) return note('Nothing dated to show for this selection.');
  const [lo, hi] = domain(values, from, to);
  const x = (ms: number) => LEFT + ((ms - lo) / (hi - lo)) * (W - LEFT - RIGHT);
  const inRange = (ms: number | null): ms is number => ms !== null && ms >= lo && ms <= hi;

  const types = [...new Set(points.map((p) => p.type))].sort();
  const top = 28;
  const laneTops: number[] = [];
  let y = top;
  for (const d of dls) {
    laneTops.push(y);
    y += laneHeight(d);
  }
  const evTop = y + (dls.length ? 12 : 0);
  const height = evTop + types.length * EV_LANE + 30;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'timeline-svg', role: 'img' });
  svg.append(
    s(
      'defs',
      {},
      s(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: 'auto-start-reverse',
        },
        s('path', { d: 'M0,0L10,5L0,10z', fill: 'var(--deadline)' }),
      ),
    ),
  );
  for (const t of ticks(lo, hi))
    svg.append(
      s('line', { x1: x(t.ms), x2: x(t.ms), y1: top - 6, y2: height - 24, class: 'grid-line' }),
      s('text', { x: x(t.ms), y: height - 8, class: 'tick', 'text-anchor': 'middle' }, t.label),
    );
  dls.forEach((d, i) => {
    svg.append(deadlineLane(d, laneTops[i], x, inRange));
  });
  types.forEach((t, i) => {
    const y = evTop + i * EV_LANE + EV_LANE / 2;
    svg.append(
      s('line', { x1: LEFT, x2: W - RIGHT, y1: y, y2: y, class: 'lane-line' }),
      s('text', { x: 8, y: y + 4, class: 'lane-label' }, t),
    );
  });
  for (const p of points) {
    const ms = dateMs(p.date);
    if (!inRange(ms)) continue;
    const m = marker(p, x(ms), evTop + types.indexOf(p.type) * EV_LANE + EV_LANE / 2);
    const what = `${p.date}${p.deadline ? ' (deadline)' : ''} ${p.mode ? `${p.type}/${p.mode}` : p.type} ${p.status}${p.count > 1 ? ` · ${p.count} reports` : ''}`;
    m.append(
      s(
        'title',
        {},
        `${what}\n${p.source.join(' ')} → ${p.target.join(' ')}\n${p.trigger ? `“${p.trigger}” ` : ''}${p.title ?? ''}`,
      ),
    );
    const link = href(p.article_id, p.event_id);
    svg.append(link ? s('a', { href: link }, m) : m);
  }
  return svg;
}

const ROW = 20;

/** Height of a deadline's lane: one row per date it had (a staircase of moves). */
const laneHeight = (d: Deadline) => Math.max(44, (d.history.length + (d.occurred ? 1 : 0)) * ROW + 20);

/**
 * A deadline as a staircase: each date it took on its own row, in the order reported, joined by
 * arrows (solid: moved, dotted: restated) so May 1 → Sept 11 → Aug 31 reads top to bottom.
 */
function deadlineLane(
  d: Deadline,
  top: number,
  x: (ms: number) => number,
  inRange: (ms: number | null) => ms is number,
): SVGGElement {
  const y0 = top + 16;
  const g = s('g', { class: 'deadline', 'data-dates': d.history.map((h) => h.date).join(' ') });
  const name = d.label.length > 26 ? `${d.label.slice(0, 25)}…` : d.label;
  g.append(
    s('text', { x: 8, y: y0 + 4, class: 'lane-label' }, name, s('title', {}, d.label)),
    d.outcome ? s('text', { x: 8, y: y0 + 18, class: 'dl-outcome' }, d.outcome) : '',
    s('line', {
      x1: LEFT,
      x2: W - RIGHT,
      y1: top + laneHeight(d) - 2,
      y2: top + laneHeight(d) - 2,
      class: 'lane-sep',
    }),
  );
  for (const m of d.milestones) {
    const ms = dateMs(m.date);
    if (inRange(ms))
      g.append(
        s(
          'circle',
          { cx: x(ms), cy: y0, r: 3, class: 'dl-milestone' },
          s(
            'title',
            {},
            `milestone ${m.date}${m.first_reported ? `, first reported ${m.first_reported}` : ''}`,
          ),
        ),
      );
  }
  const current = d.current ?? d.history[d.history.length - 1]?.date;
  d.history.forEach((st, i) => {
    const ms = dateMs(st.date);
    const prev = dateMs(st.previous);
    const y = y0 + i * ROW;
    if (i > 0 && inRange(ms) && inRange(prev)) {
      const [a, b] = [x(prev), x(ms)];
      const end = b + (b >= a ? -8 : 8);
      g.append(
        s(
          'path',
          {
            d: `M${a},${y - ROW + 7}Q${a},${y} ${end},${y}`,
            class: `move kind-${st.kind}`,
            'marker-end': 'url(#arrow)',
            'data-from': st.previous,
            'data-to': st.date,
          },
          s(
            'title',
            {},
            `${st.kind} ${st.previous} → ${st.date}${st.first_reported ? ` (first reported ${st.first_reported})` : ''}`,
          ),
        ),
      );
    }
    if (!inRange(ms)) return;
    const cx = x(ms);
    const tip = `${st.kind} ${st.date}${st.first_reported ? `, first reported ${st.first_reported}` : ''}`;
    // The label goes on the side the arrow does not come from.
    const left = prev !== null && prev > ms;
    g.append(
      s(
        'path',
        {
          d: `M${cx},${y - 6}L${cx + 6},${y}L${cx},${y + 6}L${cx - 6},${y}z`,
          class: `dl-mark${st.date === current ? ' current' : ''}`,
        },
        s('title', {}, tip),
      ),
      s(
        'text',
        { x: left ? cx - 10 : cx + 10, y: y + 4, class: 'dl-date', 'text-anchor': left ? 'end' : 'start' },
        st.date,
      ),
    );
  });
  const done = dateMs(d.occurred);
  if (inRange(done)) {
    const y = y0 + d.history.length * ROW;
    g.append(
      s(
        'path',
        { d: `M${x(done) - 5},${y}l4,5l7,-10`, class: 'dl-occurred' },
        s('title', {}, `occurred ${d.occurred}`),
      ),
      s('text', { x: x(done) + 10, y: y + 4, class: 'dl-done' }, `done ${d.occurred}`),
    );
  }
  return g;
}
