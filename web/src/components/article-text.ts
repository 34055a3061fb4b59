import { h } from '../lib/dom.js';
import { type Mark, segments } from '../lib/segments.js';
import type { ParleyRecord } from '../types.js';

/** Every highlight of a record: actor mentions, times, places, quotes and event triggers. */
export function recordMarks(r: ParleyRecord): Mark[] {
  const marks: Mark[] = [];
  for (const a of r.actors ?? [])
    for (const m of a.mentions ?? []) marks.push({ start: m.start, end: m.end, kind: 'actor', id: a.id });
  for (const t of r.times ?? []) {
    marks.push({ start: t.start, end: t.end, kind: 'time', id: t.id });
    for (const m of t.mentions ?? [])
      if (m.start !== t.start) marks.push({ start: m.start, end: m.end, kind: 'time', id: t.id });
  }
  for (const p of r.places ?? [])
    for (const m of p.mentions ?? []) marks.push({ start: m.start, end: m.end, kind: 'place', id: p.id });
  for (const q of r.quotes ?? []) marks.push({ start: q.start, end: q.end, kind: 'quote', id: q.id });
  for (const e of r.events ?? []) {
    const t = e.evidence?.trigger;
    if (t) marks.push({ start: t.start, end: t.end, kind: 'event', id: e.id });
  }
  return marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start);
}

/**
 * The text of [from, to) as nodes: one text node per segment, wrapped in one `span.hl` per
 * covering mark (outermost = longest), with the mark's kind and id as data attributes.
 */
export function renderRange(
  text: string,
  from: number,
  to: number,
  marks: readonly Mark[],
): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const seg of segments(from, to, marks)) {
    let node: Node = document.createTextNode(text.slice(seg.start, seg.end));
    for (let i = seg.marks.length - 1; i >= 0; i--) {
      const m = seg.marks[i];
      const span = h('span', { class: `hl hl-${m.kind}`, 'data-kind': m.kind, 'data-id': m.id });
      span.append(node);
      node = span;
    }
    frag.append(node);
  }
  return frag;
}

/** The marks under a node: the `span.hl` chain from it up to `root`, innermost first. */
export function marksAt(node: EventTarget | null, root: Element): { kind: string; id: string }[] {
  const out: { kind: string; id: string }[] = [];
  let el = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  while (el && el !== root) {
    if (el.classList.contains('hl'))
      out.push({ kind: el.getAttribute('data-kind') ?? '', id: el.getAttribute('data-id') ?? '' });
    el = el.parentElement;
  }
  return out;
}
