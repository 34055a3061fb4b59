import { controls } from '../components/controls.js';
import { api } from '../lib/api.js';
import { h, note, s } from '../lib/dom.js';
import { forceLayout } from '../lib/force.js';
import { localNetwork } from '../lib/local-network.js';
import { type NetEdge, network } from '../lib/normalize.js';

const W = 1000;
const H = 640;
const MAX_NODES = 80;

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Edge colour: blue for cooperation, red for conflict, purple-grey between. */
export function edgeColor(e: NetEdge): string {
  const total = e.cooperation + e.conflict;
  if (!total) return '#9aa3ad';
  const c = e.cooperation / total;
  const mix = (a: number, b: number) => Math.round(a * c + b * (1 - c));
  return `rgb(${mix(33, 214)},${mix(102, 62)},${mix(172, 56)})`;
}

/** #/network?from=&to=&level= — actors as nodes, edges weighted by events, coloured by cooperation vs conflict. */
export async function networkPage(_arg: string, params: URLSearchParams): Promise<Node> {
  const level = params.get('level') ?? 'country';
  const span = { from: params.get('from'), to: params.get('to') };
  let data: ReturnType<typeof network>;
  let origin = '';
  try {
    data = network(await api.network({ ...span, level }));
  } catch {
    // No /v1/network on this server: the same picture from the events themselves.
    const res = await api.events({ ...span, limit: 5000 });
    data = localNetwork(res.events ?? [], level);
    origin = ` · computed in the browser from ${res.events?.length ?? 0}${res.next ? '+' : ''} events`;
  }
  const nodes = [...data.nodes].sort((a, b) => b.events - a.events).slice(0, MAX_NODES);
  const index = new Map(nodes.map((n, i) => [n.code, i]));
  const edges = data.edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target);
  const form = controls('network', params, [
    { name: 'from', type: 'date' },
    { name: 'to', type: 'date' },
    { name: 'level', options: ['country', 'actor'] },
  ]);
  const page = h('section', { class: 'page page-network' }, form);
  if (!nodes.length) {
    page.append(note('No actor interactions in this window.'));
    return page;
  }
  // Actors without an edge in the window sit in a row at the bottom; the rest get a force layout.
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const inner = nodes.filter((n) => linked.has(n.code));
  const at = new Map(inner.map((n, i) => [n.code, i]));
  const lone = nodes.filter((n) => !linked.has(n.code));
  const laid = forceLayout(
    inner.length,
    edges.map((e) => ({ a: at.get(e.source)!, b: at.get(e.target)!, w: e.count })),
    W,
    lone.length ? H - 50 : H,
  );
  const pts = nodes.map((n) =>
    linked.has(n.code) ? laid[at.get(n.code)!] : { x: 40 + lone.indexOf(n) * 70, y: H - 18 },
  );
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network-svg', role: 'img' });
  const edgeLayer = s('g', { class: 'edges' });
  const pairs = new Set(edges.map((e) => `${e.source} ${e.target}`));
  for (const e of [...edges].sort((a, b) => a.count - b.count)) {
    const [a, b] = [pts[index.get(e.source)!], pts[index.get(e.target)!]];
    // A→B and B→A both present: bend each to its right so both show.
    const bend = pairs.has(`${e.target} ${e.source}`) ? 0.12 : 0;
    const [mx, my] = [(a.x + b.x) / 2 + (b.y - a.y) * bend, (a.y + b.y) / 2 - (b.x - a.x) * bend];
    edgeLayer.append(
      s(
        'path',
        {
          d: `M${a.x},${a.y}Q${mx},${my} ${b.x},${b.y}`,
          fill: 'none',
          stroke: edgeColor(e),
          'stroke-width': 1 + 7 * Math.sqrt(e.count / maxCount),
          'stroke-opacity': 0.75,
          class: 'edge',
        },
        s(
          'title',
          {},
          `${e.source} → ${e.target}: ${e.count} events (cooperation ${fmt(e.cooperation)}, conflict ${fmt(e.conflict)})`,
        ),
      ),
    );
  }
  const nodeLayer = s('g', { class: 'nodes' });
  nodes.forEach((n, i) => {
    const r = 5 + 16 * Math.sqrt(n.events / maxEvents);
    nodeLayer.append(
      s(
        'a',
        {
          href: `#/events?actor=${encodeURIComponent(n.code)}${params.get('from') ? `&from=${params.get('from')}` : ''}${params.get('to') ? `&to=${params.get('to')}` : ''}`,
          class: 'node',
        },
        s('circle', { cx: pts[i].x, cy: pts[i].y, r }),
        s('text', { x: pts[i].x, y: pts[i].y - r - 3, 'text-anchor': 'middle' }, n.code),
        s('title', {}, `${n.code}: ${n.events} events`),
      ),
    );
  });
  svg.append(edgeLayer, nodeLayer);
  const top = [...edges].sort((a, b) => b.count - a.count).slice(0, 15);
  page.append(
    h(
      'div',
      { class: 'legend-line muted small' },
      h('span', { class: 'swatch coop' }),
      ' cooperation ',
      h('span', { class: 'swatch conflict' }),
      ' conflict · width = events · node size = events · click a node for its events',
      data.nodes.length > MAX_NODES ? ` · top ${MAX_NODES} of ${data.nodes.length} actors` : '',
      origin,
    ),
    h(
      'div',
      { class: 'split' },
      h('div', { class: 'chart' }, svg),
      h(
        'table',
        { class: 'grid small' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, 'pair'),
            h('th', { class: 'num' }, 'events'),
            h(
              'th',
              { class: 'num', title: 'cooperation (intensity-weighted when the server weights it)' },
              'coop',
            ),
            h('th', { class: 'num' }, 'confl'),
          ),
        ),
        h(
          'tbody',
          {},
          ...top.map((e) =>
            h(
              'tr',
              {},
              h('td', {}, `${e.source} → ${e.target}`),
              h('td', { class: 'num' }, String(e.count)),
              h('td', { class: 'num' }, fmt(e.cooperation)),
              h('td', { class: 'num' }, fmt(e.conflict)),
            ),
          ),
        ),
      ),
    ),
  );
  return page;
}
