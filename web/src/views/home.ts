import { api } from '../lib/api.js';
import { h, note } from '../lib/dom.js';

/** #/?cursor= — stored articles, newest stored first, with their event counts. */
export async function homePage(_arg: string, params: URLSearchParams): Promise<Node> {
  const cursor = params.get('cursor');
  const res = await api.articles({ limit: 100, cursor });
  // Stored order is ingest order; analysts read by publication date, newest first.
  const rows = [...(res.articles ?? [])].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  if (!rows.length && !cursor) {
    return h(
      'section',
      { class: 'page' },
      note('No articles stored yet. Ingest some with `parley ingest PATH`, or try the Upload view.'),
    );
  }
  const filter = h('input', { type: 'search', placeholder: 'filter titles…', class: 'grow' });
  const body = h('tbody');
  const draw = () => {
    const q = filter.value.trim().toLowerCase();
    body.replaceChildren(
      ...rows
        .filter((r) => !q || `${r.title ?? ''} ${r.id} ${r.source ?? ''}`.toLowerCase().includes(q))
        .map((r) =>
          h(
            'tr',
            {},
            h('td', { class: 'nowrap' }, r.published?.slice(0, 10) ?? ''),
            h('td', {}, h('a', { href: `#/article/${encodeURIComponent(r.id)}` }, r.title || r.id)),
            h('td', { class: 'muted' }, r.source ?? ''),
            h('td', { class: 'num' }, String(r.events ?? '')),
          ),
        ),
    );
  };
  filter.addEventListener('input', draw);
  draw();
  return h(
    'section',
    { class: 'page' },
    h('div', { class: 'toolbar' }, h('h2', {}, 'Articles'), filter),
    h(
      'table',
      { class: 'grid' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, 'published ▼'),
          h('th', {}, 'title'),
          h('th', {}, 'source'),
          h('th', { class: 'num' }, 'events'),
        ),
      ),
      body,
    ),
    h(
      'div',
      { class: 'pager' },
      cursor ? h('a', { href: '#/' }, '⟵ first page') : null,
      res.next ? h('a', { href: `#/?cursor=${encodeURIComponent(res.next)}` }, 'next page ⟶') : null,
    ),
  );
}
