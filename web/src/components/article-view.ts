import { h, safeUrl } from '../lib/dom.js';
import type { Mark } from '../lib/segments.js';
import type { ParleyEvent, ParleyRecord } from '../types.js';
import { marksAt, recordMarks, renderRange } from './article-text.js';
import { codes, describe, eventLabel, indexRecord } from './describe.js';
import { tooltip } from './tooltip.js';

const KINDS = ['actor', 'time', 'place', 'quote', 'event'] as const;

export interface ArticleViewOptions {
  /** Event id to select on open (its evidence sentence is highlighted and scrolled to). */
  readonly event?: string | null;
  /** Called when an event is selected, e.g. to keep it in the URL. */
  readonly onSelect?: (eventId: string) => void;
}

/**
 * A coded article: the cleaned text with every annotation highlighted from its offsets, captions
 * and removed boilerplate apart, and a side panel with a legend, an inspector and the events.
 */
export function articleView(record: ParleyRecord, opts: ArticleViewOptions = {}): HTMLElement {
  const ix = indexRecord(record);
  const a = record.article;
  const text = a.text ?? '';
  const base = recordMarks(record);
  const events = [...(record.events ?? [])].sort(
    (x, y) => (x.evidence?.trigger?.start ?? 0) - (y.evidence?.trigger?.start ?? 0),
  );
  let selected: ParleyEvent | undefined;

  const body = h('div', { class: 'doc-body' });
  const captions = h('div', { class: 'doc-captions' });
  const inspector = h(
    'div',
    { class: 'inspector' },
    h('p', { class: 'muted' }, 'Hover a highlight for its codes; click to pin.'),
  );
  const list = h('ol', { class: 'event-list' });
  const root = h('div', { class: 'article-view' });

  const paragraphs = (a.paragraphs?.length ? a.paragraphs : [{ start: 0, end: text.length, kind: 'body' }])
    .filter((p) => p.end > p.start)
    .sort((x, y) => x.start - y.start);

  function marks(): Mark[] {
    if (!selected?.evidence) return base;
    const { sentence, trigger } = selected.evidence;
    const extra: Mark[] = [];
    if (sentence) extra.push({ start: sentence.start, end: sentence.end, kind: 'evidence', id: selected.id });
    if (trigger) extra.push({ start: trigger.start, end: trigger.end, kind: 'trigger', id: selected.id });
    return [...base, ...extra];
  }

  function renderText(): void {
    const ms = marks();
    const credits = new Map((a.captions ?? []).map((c) => [c.start, c.credit ?? null]));
    const bodyNodes: Node[] = [];
    const captionNodes: Node[] = [];
    for (const p of paragraphs) {
      const content = renderRange(text, p.start, p.end, ms);
      if (p.kind === 'caption') {
        const credit = credits.get(p.start);
        captionNodes.push(
          h(
            'figure',
            { class: 'caption' },
            h('figcaption', {}, content),
            credit ? h('small', {}, credit) : null,
          ),
        );
      } else if (p.kind === 'title') bodyNodes.push(h('h1', { class: 'p-title' }, content));
      else bodyNodes.push(h('p', { class: `p-${p.kind}` }, content));
    }
    // Captions not inside the text (offsets 0/0): shown as plain text.
    for (const c of a.captions ?? []) {
      if (c.end > c.start && paragraphs.some((p) => p.start === c.start)) continue;
      captionNodes.push(
        h(
          'figure',
          { class: 'caption' },
          h('figcaption', {}, c.text),
          c.credit ? h('small', {}, c.credit) : null,
        ),
      );
    }
    body.replaceChildren(...bodyNodes);
    captions.replaceChildren(...(captionNodes.length ? [h('h3', {}, 'Captions'), ...captionNodes] : []));
  }

  function pin(kind: string, id: string): void {
    for (const el of root.querySelectorAll('.hl.pinned')) el.classList.remove('pinned');
    for (const el of root.querySelectorAll(
      `.hl[data-id="${CSS.escape(id)}"]:not(.hl-evidence):not(.hl-trigger)`,
    ))
      el.classList.add('pinned');
    inspector.replaceChildren(describe(ix, kind, id));
  }

  function selectEvent(id: string, scroll = true): void {
    selected = events.find((e) => e.id === id);
    if (!selected) return;
    renderText();
    for (const li of list.children)
      li.classList.toggle('selected', (li as HTMLElement).dataset.eventId === id);
    pin('event', id);
    if (scroll) root.querySelector('.hl-evidence')?.scrollIntoView({ block: 'center' });
    opts.onSelect?.(id);
  }

  for (const e of events) {
    list.append(
      h(
        'li',
        { 'data-event-id': e.id, class: `ev status-${e.status ?? 'unknown'}` },
        h(
          'button',
          { type: 'button', onclick: () => selectEvent(e.id) },
          h('span', { class: `badge type-${e.type}` }, e.mode ? `${e.type}/${e.mode}` : e.type),
          h('span', { class: 'ev-meta' }, eventLabel(e).split(' · ').slice(1).join(' · ')),
          h('span', { class: 'ev-actors' }, `${codes(ix, e.source)} → ${codes(ix, e.target)}`),
          h('span', { class: 'ev-trigger' }, `“${e.evidence?.trigger?.text ?? ''}”`),
        ),
      ),
    );
  }

  const tip = tooltip();
  const doc = h('article', { class: 'doc' }, body, captions);
  doc.addEventListener('mouseover', (ev) => {
    const under = marksAt(ev.target, doc).filter((m) => m.kind !== 'evidence' && m.kind !== 'trigger');
    if (!under.length) return tip.hide();
    tip.show(
      ev as MouseEvent,
      under.map((m) => describe(ix, m.kind, m.id)),
    );
  });
  doc.addEventListener('mousemove', (ev) => tip.move(ev as MouseEvent));
  doc.addEventListener('mouseleave', () => tip.hide());
  doc.addEventListener('click', (ev) => {
    const under = marksAt(ev.target, doc);
    const event = under.find((m) => m.kind === 'event');
    if (event) selectEvent(event.id, false);
    else if (under.length) pin(under[0].kind, under[0].id);
  });

  const legend = h(
    'div',
    { class: 'legend' },
    ...KINDS.map((k) => {
      const box = h('input', {
        type: 'checkbox',
        checked: true,
        onchange: () => root.classList.toggle(`hide-${k}`, !box.checked),
      });
      return h('label', { class: `legend-item hl hl-${k}` }, box, k);
    }),
  );

  const removed = a.removed?.length
    ? h(
        'details',
        { class: 'removed' },
        h('summary', {}, `Removed boilerplate (${a.removed.length})`),
        h(
          'ul',
          {},
          ...a.removed.map((r) => h('li', {}, h('span', { class: 'badge' }, r.reason), ' ', r.text)),
        ),
      )
    : null;

  const link = safeUrl(a.url);
  const meta = h(
    'div',
    { class: 'doc-meta' },
    a.published ? h('span', {}, a.published) : null,
    a.source ? h('span', {}, a.source) : null,
    link ? h('a', { href: link, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null,
    h('span', { class: 'muted' }, a.id),
  );
  const counts = `${record.actors?.length ?? 0} actors · ${record.times?.length ?? 0} times · ${record.places?.length ?? 0} places · ${record.quotes?.length ?? 0} quotes`;

  root.append(
    h('div', { class: 'doc-col' }, meta, doc, removed),
    h(
      'aside',
      { class: 'side' },
      legend,
      h('p', { class: 'muted small' }, counts),
      inspector,
      h('h3', {}, `Events (${events.length})`),
      events.length ? list : h('p', { class: 'muted' }, 'No events coded.'),
    ),
  );
  renderText();
  if (opts.event) queueMicrotask(() => selectEvent(opts.event!, true));
  return root;
}
