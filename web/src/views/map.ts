import { type GeoPermissibleObjects, geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api } from '../lib/api.js';
import { h, note, s } from '../lib/dom.js';
import { arrayIn } from '../lib/normalize.js';
import type { EventRow } from '../types.js';

const W = 980;
const H = 500;

interface PlaceDot {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  kind: string;
  events: number;
  articles: number;
}

function places(data: unknown): PlaceDot[] {
  return arrayIn(data, ['places']).flatMap((p): PlaceDot[] =>
    typeof p.lat === 'number' && typeof p.lon === 'number' && typeof p.name === 'string'
      ? [
          {
            name: p.name,
            country: typeof p.country === 'string' ? p.country : null,
            lat: p.lat,
            lon: p.lon,
            kind: String(p.kind ?? ''),
            events: Number(p.events ?? 0),
            articles: Number(p.articles ?? 0),
          },
        ]
      : [],
  );
}

async function placeEvents(p: PlaceDot): Promise<EventRow[]> {
  const res = await api.events({ country: p.country, limit: 2000 });
  return (res.events ?? []).filter((e) => e.place_name === p.name);
}

/** #/map — the world (world-atlas, Natural Earth projection) with event places sized by count. */
/** The part of the world to show: the places' box widened by a margin, or the whole sphere. */
function extent(dots: readonly PlaceDot[], whole: boolean): GeoPermissibleObjects {
  if (whole || dots.length < 2) return { type: 'Sphere' };
  const lons = dots.map((d) => d.lon);
  const lats = dots.map((d) => d.lat);
  const [w, e] = [Math.max(-180, Math.min(...lons) - 12), Math.min(180, Math.max(...lons) + 12)];
  const [s, n] = [Math.max(-85, Math.min(...lats) - 10), Math.min(85, Math.max(...lats) + 10)];
  const mid = (w + e) / 2;
  return {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [w, n],
      [e, s],
      [e, n],
      [mid, s],
      [mid, n],
    ],
  };
}

export async function mapPage(_arg?: string, params?: URLSearchParams): Promise<Node> {
  const dots = places(await api.places({ limit: 5000 }));
  const whole = params?.get('fit') === 'world';
  const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
  const located = dots.filter((d) => d.events > 0);
  const projection = geoNaturalEarth1().fitExtent(
    [
      [6, 6],
      [W - 6, H - 6],
    ],
    extent(located.length ? located : dots, whole),
  );
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map-svg', role: 'img' });
  svg.append(
    s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }),
    s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }),
    s('path', { d: path(feature(topo, topo.objects.countries)) ?? '', class: 'land' }),
    s('path', { d: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? '', class: 'borders' }),
  );
  const side = h(
    'aside',
    { class: 'side map-side' },
    h('p', { class: 'muted' }, 'Click a place for its events.'),
  );
  const byEvents = dots.some((d) => d.events > 0);
  const size = (d: PlaceDot) => (byEvents ? d.events : d.articles);
  const max = Math.max(1, ...dots.map(size));
  const shown = [...dots].sort((a, b) => size(b) - size(a));
  const select = async (d: PlaceDot, el: SVGElement) => {
    for (const c of svg.querySelectorAll('.place.selected')) c.classList.remove('selected');
    el.classList.add('selected');
    side.replaceChildren(
      h('h3', {}, `${d.name}${d.country ? `, ${d.country}` : ''}`),
      h('p', { class: 'muted small' }, `${d.events} events · ${d.articles} articles · ${d.kind}`),
      note('loading…'),
    );
    const rows = await placeEvents(d).catch(() => [] as EventRow[]);
    side.lastChild?.remove();
    side.append(
      rows.length
        ? h(
            'ol',
            { class: 'place-events' },
            ...rows.map((e) =>
              h(
                'li',
                {},
                h(
                  'a',
                  {
                    href: `#/article/${encodeURIComponent(e.article_id)}?event=${encodeURIComponent(e.event_id)}`,
                  },
                  `${e.date ?? '—'} ${e.mode ? `${e.type}/${e.mode}` : e.type}`,
                ),
                ' ',
                h(
                  'span',
                  { class: 'muted' },
                  `${(e.source_codes ?? []).join(' ')} → ${(e.target_codes ?? []).join(' ')} · ${e.article_title ?? ''}`,
                ),
              ),
            ),
          )
        : note('No events located here.'),
    );
  };
  for (const d of shown) {
    const xy = projection([d.lon, d.lat]);
    if (!xy) continue;
    const r = size(d) > 0 ? 3 + 14 * Math.sqrt(size(d) / max) : 2.5;
    const c = s(
      'circle',
      { cx: xy[0], cy: xy[1], r, class: size(d) > 0 ? 'place' : 'place empty', tabindex: 0 },
      s(
        'title',
        {},
        `${d.name}${d.country ? ` (${d.country})` : ''}: ${d.events} events, ${d.articles} articles`,
      ),
    );
    c.addEventListener('click', () => void select(d, c));
    svg.append(c);
  }
  return h(
    'section',
    { class: 'page page-map' },
    h(
      'div',
      { class: 'toolbar small' },
      h(
        'span',
        { class: 'muted' },
        `${located.length} places with events, ${dots.length - located.length} only named · circle area = ${byEvents ? 'events located there' : 'articles naming the place'}`,
      ),
      h('a', { href: whole ? '#/map' : '#/map?fit=world' }, whole ? 'fit to places' : 'whole world'),
    ),
    h('div', { class: 'split' }, h('div', { class: 'chart' }, svg), side),
  );
}
