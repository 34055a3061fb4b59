import { api } from '../lib/api.js';
import { h, note } from '../lib/dom.js';
import { download, toCsv, toJsonl } from '../lib/export.js';
import { type EventRow, PLOVER_TYPES, STATUSES } from '../types.js';

const FILTERS = ['actor', 'type', 'status', 'from', 'to', 'country', 'q'] as const;
const PAGE = 50;
/** Cursors of the pages before the current one, for "previous" (keyset pages only go forward). */
let trail: { key: string; cursors: string[] } = { key: '', cursors: [''] };

type Col = { key: string; label: string; value: (r: EventRow) => string; cls?: string };
const COLS: Col[] = [
  { key: 'date', label: 'date', value: (r) => `${r.deadline ? 'by ' : ''}${r.date ?? ''}`, cls: 'nowrap' },
  { key: 'type', label: 'type/mode', value: (r) => (r.mode ? `${r.type}/${r.mode}` : r.type) },
  { key: 'cameo', label: 'CAMEO', value: (r) => r.cameo ?? '' },
  { key: 'status', label: 'status', value: (r) => r.status ?? '' },
  { key: 'source', label: 'source', value: (r) => (r.source_codes ?? []).join(' ') },
  { key: 'target', label: 'target', value: (r) => (r.target_codes ?? []).join(' ') },
  { key: 'place', label: 'place', value: (r) => [r.place_name, r.country].filter(Boolean).join(', ') },
  { key: 'trigger', label: 'trigger', value: (r) => r.trigger_text ?? '' },
  { key: 'article', label: 'article', value: (r) => r.article_title ?? r.article_id },
];

const articleHref = (r: EventRow) =>
  `#/article/${encodeURIComponent(r.article_id)}?event=${encodeURIComponent(r.event_id)}`;

function filterForm(params: URLSearchParams): HTMLFormElement {
  const input = (name: string, attrs: Record<string, string> = {}) =>
    h('input', { name, value: params.get(name) ?? '', ...attrs });
  const select = (name: string, options: readonly string[]) =>
    h(
      'select',
      { name },
      h('option', { value: '' }, `any ${name}`),
      ...options.map((o) => h('option', { value: o, selected: params.get(name) === o }, o)),
    );
  const actors = h('datalist', { id: 'actor-codes' });
  api
    .actors({ limit: 1000 })
    .then((res) =>
      actors.replaceChildren(...(res.actors ?? []).map((a) => h('option', { value: a.code }, a.name ?? ''))),
    )
    .catch(() => {});
  const form = h(
    'form',
    { class: 'filters', autocomplete: 'off' },
    h('label', {}, 'actor ', input('actor', { placeholder: 'TAL, USA…', list: 'actor-codes', size: '8' })),
    actors,
    select('type', PLOVER_TYPES),
    select('status', STATUSES),
    h('label', {}, 'from ', input('from', { type: 'date' })),
    h('label', {}, 'to ', input('to', { type: 'date' })),
    h('label', {}, 'country ', input('country', { placeholder: 'AFG', size: '4' })),
    input('q', { type: 'search', placeholder: 'text in trigger, sentence, title', class: 'grow' }),
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: '#/events', class: 'button-link' }, 'clear'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) q.set(k, v.trim());
    location.hash = `#/events?${q}`;
  });
  return form;
}

async function fetchAll(filter: Record<string, string>, progress: (n: number) => void): Promise<EventRow[]> {
  const rows: EventRow[] = [];
  let cursor: string | null = null;
  do {
    const res = await api.events({ ...filter, limit: 1000, cursor });
    rows.push(...(res.events ?? []));
    progress(rows.length);
    cursor = res.next ?? null;
  } while (cursor && rows.length < 200_000);
  return rows;
}

/** #/events?actor=&type=&… — the event table: filters, sortable columns, keyset pages, downloads. */
export async function eventsPage(_arg: string, params: URLSearchParams): Promise<Node> {
  const filter: Record<string, string> = {};
  for (const k of FILTERS) if (params.get(k)) filter[k] = params.get(k)!;
  const key = JSON.stringify(filter);
  if (trail.key !== key) trail = { key, cursors: [''] };
  const cursor = params.get('cursor');
  const res = await api.events({ ...filter, limit: PAGE, cursor });
  const rows = res.events ?? [];

  let sort = { key: '', dir: 1 };
  const body = h('tbody');
  const draw = () => {
    const col = COLS.find((c) => c.key === sort.key);
    const sorted = col ? [...rows].sort((a, b) => sort.dir * col.value(a).localeCompare(col.value(b))) : rows;
    body.replaceChildren(
      ...sorted.map((r) => {
        const tr = h(
          'tr',
          {
            class: `row status-${r.status ?? ''}`,
            'data-codes': [...(r.source_codes ?? []), ...(r.target_codes ?? [])].join(' '),
            onclick: (ev: Event) => {
              if (!(ev.target instanceof HTMLAnchorElement)) location.hash = articleHref(r);
            },
          },
          ...COLS.map((c) =>
            h(
              'td',
              { class: c.cls ?? '' },
              c.key === 'trigger' ? h('a', { href: articleHref(r) }, c.value(r)) : c.value(r),
            ),
          ),
        );
        return tr;
      }),
    );
    for (const th of head.querySelectorAll('th'))
      th.dataset.sort = th.dataset.key === sort.key ? (sort.dir > 0 ? 'asc' : 'desc') : '';
  };
  const head = h(
    'tr',
    {},
    ...COLS.map((c) =>
      h(
        'th',
        {
          'data-key': c.key,
          title: 'sort this page',
          onclick: () => {
            sort = { key: c.key, dir: sort.key === c.key ? -sort.dir : 1 };
            draw();
          },
        },
        c.label,
      ),
    ),
  );
  draw();

  const here = (c: string | null) => {
    const q = new URLSearchParams(filter);
    if (c) q.set('cursor', c);
    return `#/events?${q}`;
  };
  const at = cursor ?? '';
  let idx = trail.cursors.indexOf(at);
  if (idx < 0) {
    trail.cursors = [at];
    idx = 0;
  }
  const prev = idx > 0 ? trail.cursors[idx - 1] : undefined;
  if (res.next) trail.cursors = [...trail.cursors.slice(0, idx + 1), res.next];
  const state = h('span', { class: 'muted' });
  const save = (format: 'csv' | 'jsonl') => async () => {
    state.textContent = 'fetching…';
    try {
      const all = await fetchAll(filter, (n) => (state.textContent = `fetching… ${n}`));
      if (format === 'csv') download('parley-events.csv', toCsv(all), 'text/csv');
      else download('parley-events.jsonl', toJsonl(all), 'application/x-ndjson');
      state.textContent = `${all.length} events saved`;
    } catch (err) {
      state.textContent = String(err);
    }
  };

  return h(
    'section',
    { class: 'page page-events' },
    filterForm(params),
    h(
      'div',
      { class: 'toolbar' },
      h(
        'span',
        { class: 'count' },
        `${rows.length}${res.next ? '+' : ''} events${cursor ? ' (later page)' : ''}`,
      ),
      h('span', { class: 'grow' }),
      h('button', { type: 'button', onclick: save('csv') }, 'CSV'),
      h('button', { type: 'button', onclick: save('jsonl') }, 'JSONL'),
      state,
    ),
    rows.length
      ? h('table', { class: 'grid events-table' }, h('thead', {}, head), body)
      : note('No events match these filters.'),
    h(
      'div',
      { class: 'pager' },
      prev !== undefined ? h('a', { href: here(prev) }, '⟵ previous') : null,
      cursor ? h('a', { href: here(null) }, 'first') : null,
      res.next ? h('a', { href: here(res.next), class: 'next' }, 'next ⟶') : null,
    ),
  );
}
