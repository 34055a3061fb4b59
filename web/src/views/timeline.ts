import { controls } from '../components/controls.js';
import { timelineChart } from '../components/timeline-chart.js';
import { api } from '../lib/api.js';
import { h } from '../lib/dom.js';
import { type Deadline, deadlines, type TimelinePoint, timelinePoints } from '../lib/normalize.js';

const startsAny = (codes: readonly string[], prefix: string) => codes.some((c) => c.startsWith(prefix));

/** Tracked deadlines kept by the page's actor / pair / date filters (the route itself takes none). */
function keep(d: Deadline, actor: string, pair: string[], from: string, to: string): boolean {
  if (actor && !startsAny(d.codes, actor)) return false;
  if (pair.length === 2 && !(startsAny(d.codes, pair[0]) && startsAny(d.codes, pair[1]))) return false;
  return d.history.some((h) => (!from || h.date >= from) && (!to || h.date.slice(0, to.length) <= to));
}

async function load(
  params: URLSearchParams,
): Promise<{ points: TimelinePoint[]; dls: Deadline[]; origin: string }> {
  const actor = params.get('actor')?.trim().toUpperCase() ?? '';
  const pair = (params.get('pair') ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const [from, to] = [params.get('from') ?? '', params.get('to') ?? ''];
  const q = { actor, pair: pair.length === 2 ? pair.join(',') : '', from, to };
  const [tl, dl] = await Promise.allSettled([api.timeline(q), api.deadlines()]);
  let points = tl.status === 'fulfilled' ? timelinePoints(tl.value) : [];
  let origin = 'clusters of reports from /v1/timeline';
  if (tl.status === 'rejected') {
    // A server without the timeline route: the events themselves, one marker per report.
    const res = await api.events({ actor: pair[0] ?? actor, from, to, limit: 5000 });
    points = timelinePoints(res);
    if (pair[1]) points = points.filter((p) => startsAny([...p.source, ...p.target], pair[1]));
    origin = 'reports from /v1/events';
  }
  const dls =
    dl.status === 'fulfilled' ? deadlines(dl.value).filter((d) => keep(d, actor, pair, from, to)) : [];
  return { points, dls, origin };
}

const link = (article?: string, event?: string) =>
  article
    ? h(
        'a',
        {
          href: `#/article/${encodeURIComponent(article)}${event ? `?event=${encodeURIComponent(event)}` : ''}`,
        },
        article,
      )
    : '';

function deadlineTable(dls: Deadline[]): HTMLElement {
  const rows = dls.flatMap((d) => [
    ...[...d.history, ...d.milestones].map((st, i) =>
      h(
        'tr',
        { class: `dl-${st.kind}` },
        h('td', {}, i === 0 ? d.label : ''),
        h('td', { class: 'nowrap' }, h('b', {}, st.date)),
        h('td', {}, st.kind),
        h('td', { class: 'nowrap' }, st.previous ?? ''),
        h('td', { class: 'nowrap' }, st.first_reported ?? ''),
        h('td', {}, link(st.article_id, st.event_id)),
      ),
    ),
    h(
      'tr',
      { class: 'dl-outcome-row' },
      h('td', {}),
      h('td', { colspan: '5', class: 'muted' }, `outcome: ${d.outcome ?? 'unknown'}`),
    ),
  ]);
  return h(
    'table',
    { class: 'grid deadlines-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['deadline', 'date', 'change', 'from', 'first reported', 'first report'].map((t) =>
          h('th', {}, t),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

const legend = () =>
  h(
    'div',
    { class: 'legend-line muted small' },
    '● occurred  ◐ ongoing  ○ planned (dashed)  ◌ hypothetical  × negated  ◆ deadline (filled: in force)  ⤻ deadline moved  ✓ done  ',
    h('span', { class: 'swatch coop' }),
    ' cooperation ',
    h('span', { class: 'swatch conflict' }),
    ' conflict',
  );

/** #/timeline?actor=&pair=A,B&from=&to= — events on a time axis, with tracked deadlines and their moves. */
export async function timelinePage(_arg: string, params: URLSearchParams): Promise<Node> {
  const { points, dls, origin } = await load(params);
  return h(
    'section',
    { class: 'page page-timeline' },
    controls('timeline', params, [
      { name: 'actor', placeholder: 'e.g. USA', size: 8 },
      { name: 'pair', placeholder: 'A,B e.g. USA,TAL', size: 12 },
      { name: 'from', type: 'date' },
      { name: 'to', type: 'date' },
    ]),
    legend(),
    h('div', { class: 'chart' }, timelineChart(points, dls, params.get('from'), params.get('to'))),
    h('p', { class: 'muted small' }, `${points.length} events (${origin}) · ${dls.length} tracked deadlines`),
    dls.length ? h('h3', {}, 'Deadlines') : null,
    dls.length ? deadlineTable(dls) : null,
  );
}
