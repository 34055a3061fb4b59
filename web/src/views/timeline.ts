import { controls } from '../components/controls.js';
import { api } from '../lib/api.js';
import { dateMs, ticks } from '../lib/dates.js';
import { h, note, s } from '../lib/dom.js';
import { type Deadline, deadlines, type TimelinePoint, timelinePoints } from '../lib/normalize.js';
import { COOPERATIVE } from '../types.js';

const W = 1100;
const LEFT = 170;
const RIGHT = 24;
const DL_LANE = 66;
const EV_LANE = 24;

async function load(params: URLSearchParams): Promise<{ points: TimelinePoint[]; dls: Deadline[]; from: string }> {
  const q = { actor: params.get('actor'), pair: params.get('pair'), from: params.get('from'), to: params.get('to') };
  const [tl, dl] = await Promise.allSettled([api.timeline(q), api.deadlines(q)]);
  let points = tl.status === 'fulfilled' ? timelinePoints(tl.value) : [];
  let from = '/v1/timeline';
  if (tl.status === 'rejected') {
    // No timeline route (or it refused the query): the same events from /v1/events.
    const pair = q.pair?.split(',').map((c) => c.trim().toUpperCase());
    const res = await api.events({ actor: pair?.[0] ?? q.actor, from: q.from, to: q.to, limit: 2000 });
    points = timelinePoints(res);
    if (pair?.[1]) points = points.filter((p) => [...p.source, ...p.target].some((c) => c.startsWith(pair[1])));
    from = '/v1/events';
  }
  return { points, dls: dl.status === 'fulfilled' ? deadlines(dl.value) : [], from };
}

/** Marker of one event: filled when it happened, hollow and dashed when planned, × when negated. */
function marker(p: TimelinePoint, x: number, y: number): SVGElement {
  const color = COOPERATIVE.has(p.type) ? 'var(--coop)' : 'var(--conflict)';
  const r = Math.min(9, 4 + Math.sqrt(p.count));
  if (p.status === 'negated')
    return s('path', { d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`, stroke: color, 'stroke-width': 2 });
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

function chart(points: TimelinePoint[], dls: Deadline[], params: URLSearchParams): SVGSVGElement | HTMLElement {
  const all = [...points.map((p) => p.date), ...dls.flatMap((d) => d.history.flatMap((s) => [s.date, s.previous]))]
    .map(dateMs)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  if (!all.length) return note('Nothing dated to show for this selection.');
  // Robust default range: a stray 1989 must not squash the rest; from/to override it.
  const q = (f: number) => all[Math.min(all.length - 1, Math.floor(f * (all.length - 1)))];
  let lo = dateMs(params.get('from')) ?? q(all.length > 40 ? 0.02 : 0);
  let hi = dateMs(params.get('to')) ?? q(all.length > 40 ? 0.98 : 1);
  const pad = Math.max(7 * 86_400_000, (hi - lo) * 0.04);
  [lo, hi] = [lo - pad, hi + pad];
  const x = (ms: number) => LEFT + ((ms - lo) / (hi - lo)) * (W - LEFT - RIGHT);
  const inRange = (ms: number | null): ms is number => ms !== null && ms >= lo && ms <= hi;

  const types = [...new Set(points.map((p) => p.type))].sort();
  const top = 28;
  const evTop = top + dls.length * DL_LANE + (dls.length ? 12 : 0);
  const height = evTop + types.length * EV_LANE + 30;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'timeline-svg', role: 'img' });
  svg.append(
    s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, s('path', { d: 'M0,0L10,5L0,10z', fill: 'var(--deadline)' }))),
  );
  for (const t of ticks(lo, hi)) {
    svg.append(
      s('line', { x1: x(t.ms), x2: x(t.ms), y1: top - 6, y2: height - 24, class: 'grid-line' }),
      s('text', { x: x(t.ms), y: height - 8, class: 'tick', 'text-anchor': 'middle' }, t.label),
    );
  }
  dls.forEach((d, i) => {
    const y = top + i * DL_LANE + DL_LANE / 2;
    const g = s('g', { class: 'deadline' });
    g.append(s('text', { x: 8, y: y + 4, class: 'lane-label' }, d.label.length > 26 ? `${d.label.slice(0, 25)}…` : d.label, s('title', {}, d.label)));
    const dates = [...new Set(d.history.map((h) => h.date))].filter((v) => inRange(dateMs(v))).sort();
    for (const st of d.history) {
      const [a, b] = [dateMs(st.previous), dateMs(st.date)];
      if (st.kind !== 'moved' || !inRange(a) || !inRange(b)) continue;
      const lift = Math.min(22, 8 + Math.abs(x(b) - x(a)) / 12);
      g.append(
        s('path', { d: `M${x(a)},${y - 6}Q${(x(a) + x(b)) / 2},${y - 6 - lift} ${x(b)},${y - 6}`, class: 'move', 'marker-end': 'url(#arrow)' }, s('title', {}, `moved ${st.previous} → ${st.date}${st.first_reported ? ` (reported ${st.first_reported})` : ''}`)),
      );
    }
    dates.forEach((date, k) => {
      const cx = x(dateMs(date)!);
      const steps = d.history.filter((h) => h.date === date);
      const last = date === d.history[d.history.length - 1]?.date;
      g.append(
        s('path', { d: `M${cx},${y - 6}L${cx + 6},${y}L${cx},${y + 6}L${cx - 6},${y}z`, class: `dl-mark${last ? ' current' : ''}` }, s('title', {}, steps.map((h) => `${h.kind} ${h.date}${h.first_reported ? `, reported ${h.first_reported}` : ''}`).join('\n'))),
        s('text', { x: cx, y: y + 19 + (k % 2) * 11, class: 'dl-date', 'text-anchor': 'middle', 'data-date': date }, date),
      );
    });
    if (d.outcome) g.append(s('text', { x: W - RIGHT, y: y - 14, class: 'dl-outcome', 'text-anchor': 'end' }, d.outcome));
    svg.append(g);
  });
  types.forEach((t, i) => {
    const y = evTop + i * EV_LANE + EV_LANE / 2;
    svg.append(s('line', { x1: LEFT, x2: W - RIGHT, y1: y, y2: y, class: 'lane-line' }), s('text', { x: 8, y: y + 4, class: 'lane-label' }, t));
  });
  for (const p of points) {
    const ms = dateMs(p.date);
    if (!inRange(ms)) continue;
    const y = evTop + types.indexOf(p.type) * EV_LANE + EV_LANE / 2;
    const m = marker(p, x(ms), y);
    m.append(s('title', {}, `${p.date}${p.deadline ? ' (deadline)' : ''} ${p.mode ? `${p.type}/${p.mode}` : p.type} ${p.status}\n${p.source.join(' ')} → ${p.target.join(' ')}\n${p.trigger ? `“${p.trigger}” ` : ''}${p.title ?? ''}`));
    const href = p.article_id ? `#/article/${encodeURIComponent(p.article_id)}${p.event_id ? `?event=${encodeURIComponent(p.event_id)}` : ''}` : null;
    svg.append(href ? s('a', { href }, m) : m);
  }
  return svg;
}

function deadlineTable(dls: Deadline[]): HTMLElement | null {
  if (!dls.length) return null;
  return h(
    'table',
    { class: 'grid deadlines-table' },
    h('thead', {}, h('tr', {}, ...['deadline', 'date', 'change', 'from', 'first reported', 'article'].map((t) => h('th', {}, t)))),
    h(
      'tbody',
      {},
      ...dls.flatMap((d) => [
        ...d.history.map((st, i) =>
          h(
            'tr',
            { class: `dl-${st.kind}` },
            h('td', {}, i === 0 ? d.label : ''),
            h('td', { class: 'nowrap' }, h('b', {}, st.date)),
            h('td', {}, st.kind),
            h('td', { class: 'nowrap' }, st.previous ?? ''),
            h('td', { class: 'nowrap' }, st.first_reported ?? ''),
            h('td', {}, st.article_id ? h('a', { href: `#/article/${encodeURIComponent(st.article_id)}${st.event_id ? `?event=${encodeURIComponent(st.event_id)}` : ''}` }, st.article_id) : ''),
          ),
        ),
        d.outcome ? h('tr', { class: 'dl-outcome-row' }, h('td', {}), h('td', { colspan: '5' }, `outcome: ${d.outcome}`)) : null,
      ].filter((x): x is HTMLTableRowElement => x !== null)),
    ),
  );
}

const LEGEND = h('div', { class: 'legend-line muted small' }, '● occurred  ◐ ongoing  ○ planned (dashed)  ◌ hypothetical  × negated  ◆ deadline  ⤻ deadline moved  ', h('span', { class: 'swatch coop' }), ' cooperation ', h('span', { class: 'swatch conflict' }), ' conflict');

/** #/timeline?actor=&pair=A,B&from=&to= — events on a time axis, with tracked deadlines and their moves. */
export async function timelinePage(_arg: string, params: URLSearchParams): Promise<Node> {
  const { points, dls, from } = await load(params);
  return h(
    'section',
    { class: 'page page-timeline' },
    controls('timeline', params, [
      { name: 'actor', placeholder: 'actor code, e.g. USA', size: 10 },
      { name: 'pair', placeholder: 'pair A,B e.g. USA,TAL', size: 12 },
      { name: 'from', type: 'date' },
      { name: 'to', type: 'date' },
    ]),
    LEGEND.cloneNode(true),
    h('div', { class: 'chart' }, chart(points, dls, params)),
    h('p', { class: 'muted small' }, `${points.length} events (from ${from}) · ${dls.length} tracked deadlines`),
    dls.length ? h('h3', {}, 'Deadlines') : null,
    deadlineTable(dls),
  );
}
