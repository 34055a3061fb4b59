import { controls } from '../components/controls.js';
import { api } from '../lib/api.js';
import { h, note, s } from '../lib/dom.js';
import { forceLayout } from '../lib/force.js';
import { type NetEdge, network } from '../lib/normalize.js';

const W = 1000;
const H = 640;
const MAX_NODES = 80;

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
  const data = network(await api.network({ from: params.get('from'), to: params.get('to'), level }));
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
  const pts = forceLayout(nodes.length, edges.map((e) => ({ a: index.get(e.source)!, b: index.get(e.target)!, w: e.count })), W, H);
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network-svg', role: 'img' });
  const edgeLayer = s('g', { class: 'edges' });
  for (const e of [...edges].sort((a, b) => a.count - b.count)) {
    const [a, b] = [pts[index.get(e.source)!], pts[index.get(e.target)!]];
    edgeLayer.append(
      s(
        'line',
        { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: edgeColor(e), 'stroke-width': 1 + 7 * Math.sqrt(e.count / maxCount), 'stroke-opacity': 0.75, class: 'edge' },
        s('title', {}, `${e.source} – ${e.target}: ${e.count} events (${e.cooperation} cooperation, ${e.conflict} conflict)`),
      ),
    );
  }
  const nodeLayer = s('g', { class: 'nodes' });
  nodes.forEach((n, i) => {
    const r = 5 + 16 * Math.sqrt(n.events / maxEvents);
    nodeLayer.append(
      s(
        'a',
        { href: `#/events?actor=${encodeURIComponent(n.code)}${params.get('from') ? `&from=${params.get('from')}` : ''}${params.get('to') ? `&to=${params.get('to')}` : ''}`, class: 'node' },
        s('circle', { cx: pts[i].x, cy: pts[i].y, r }),
        s('text', { x: pts[i].x, y: pts[i].y - r - 3, 'text-anchor': 'middle' }, n.code),
        s('title', {}, `${n.code}: ${n.events} events`),
      ),
    );
  });
  svg.append(edgeLayer, nodeLayer);
  const top = [...edges].sort((a, b) => b.count - a.count).slice(0, 15);
  page.append(
    h('div', { class: 'legend-line muted small' }, h('span', { class: 'swatch coop' }), ' cooperation ', h('span', { class: 'swatch conflict' }), ' conflict · width = events · node size = events · click a node for its events', data.nodes.length > MAX_NODES ? ` · top ${MAX_NODES} of ${data.nodes.length} actors` : ''),
    h(
      'div',
      { class: 'split' },
      h('div', { class: 'chart' }, svg),
      h(
        'table',
        { class: 'grid small' },
        h('thead', {}, h('tr', {}, h('th', {}, 'pair'), h('th', { class: 'num' }, 'events'), h('th', { class: 'num' }, 'coop'), h('th', { class: 'num' }, 'confl'))),
        h('tbody', {}, ...top.map((e) => h('tr', {}, h('td', {}, `${e.source} – ${e.target}`), h('td', { class: 'num' }, String(e.count)), h('td', { class: 'num' }, String(e.cooperation)), h('td', { class: 'num' }, String(e.conflict))))),
      ),
    ),
  );
  return page;
}
