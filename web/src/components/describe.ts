import { add, type Child, h } from '../lib/dom.js';
import type { Actor, ParleyEvent, ParleyRecord } from '../types.js';

/** Lookup tables over one record, built once per article. */
export interface RecordIndex {
  readonly record: ParleyRecord;
  readonly actors: Map<string, Actor>;
  readonly byId: Map<string, { kind: string; value: unknown }>;
}

export function indexRecord(record: ParleyRecord): RecordIndex {
  const byId = new Map<string, { kind: string; value: unknown }>();
  const actors = new Map<string, Actor>();
  for (const a of record.actors ?? []) {
    actors.set(a.id, a);
    byId.set(a.id, { kind: 'actor', value: a });
  }
  for (const t of record.times ?? []) byId.set(t.id, { kind: 'time', value: t });
  for (const p of record.places ?? []) byId.set(p.id, { kind: 'place', value: p });
  for (const q of record.quotes ?? []) byId.set(q.id, { kind: 'quote', value: q });
  for (const e of record.events ?? []) byId.set(e.id, { kind: 'event', value: e });
  return { record, actors, byId };
}

/** Actor ids → "RUSGOV, TAL" (names for actors without a code). */
export function codes(ix: RecordIndex, ids: readonly string[] | undefined): string {
  return (ids ?? []).map((id) => ix.actors.get(id)?.code ?? ix.actors.get(id)?.name ?? id).join(', ') || '—';
}

const row = (label: string, ...value: Child[]) =>
  h('div', { class: 'kv' }, h('span', { class: 'k' }, label), h('span', { class: 'v' }, ...value));

/** "CONSULT/host · 046 · occurred · 2021-03-18" */
export function eventLabel(e: ParleyEvent): string {
  return [
    e.mode ? `${e.type}/${e.mode}` : e.type,
    e.cameo,
    e.status,
    e.date ? `${e.deadline ? 'by ' : ''}${e.date}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The details of one annotation, as DOM (text nodes only). */
export function describe(ix: RecordIndex, kind: string, id: string): HTMLElement {
  const text = ix.record.article.text;
  const entry = ix.byId.get(id);
  const box = h('div', { class: `desc desc-${kind}` });
  if (kind === 'evidence') return box;
  if (!entry) {
    add(box, h('div', { class: 'desc-title' }, `${kind} ${id}`));
    return box;
  }
  const v = entry.value as Record<string, any>;
  if (entry.kind === 'actor') {
    add(
      box,
      h('div', { class: 'desc-title' }, h('b', {}, v.code ?? '(no code)'), ' ', v.name),
      v.role ? row('role', v.role) : null,
      row('kind', [v.kind, v.country, v.sector].filter(Boolean).join(' · ')),
      v.known === false ? row('known', 'not in the dictionaries') : null,
    );
  } else if (entry.kind === 'time') {
    add(
      box,
      h('div', { class: 'desc-title' }, h('b', {}, v.value ?? '?'), ' ', v.type ?? ''),
      row('text', v.text),
      v.end_value ? row('until', v.end_value) : null,
      v.anchor ? row('anchor', v.anchor) : null,
      v.deadline ? row('deadline', 'yes (by/before/until)') : null,
    );
  } else if (entry.kind === 'place') {
    add(
      box,
      h('div', { class: 'desc-title' }, h('b', {}, v.name), ' ', v.country ?? ''),
      row('kind', v.kind ?? ''),
      typeof v.lat === 'number' ? row('lat/lon', `${v.lat.toFixed(2)}, ${v.lon?.toFixed(2)}`) : null,
    );
  } else if (entry.kind === 'quote') {
    const sp = v.speaker ? ix.actors.get(v.speaker) : undefined;
    add(
      box,
      h('div', { class: 'desc-title' }, h('b', {}, v.direct === false ? 'indirect quote' : 'quote')),
      row('speaker', sp ? `${sp.name} (${sp.code ?? '?'})` : (v.speakerText ?? 'unknown')),
      v.cue ? row('cue', v.cue) : null,
    );
  } else if (entry.kind === 'event') {
    const e = v as ParleyEvent;
    const s = e.evidence?.sentence;
    add(
      box,
      h(
        'div',
        { class: 'desc-title' },
        h('b', {}, e.mode ? `${e.type}/${e.mode}` : e.type),
        ' ',
        e.cameo ? `CAMEO ${e.cameo}` : '',
      ),
      row('status', e.status ?? ''),
      row('date', e.date ? `${e.date}${e.deadline ? ' (deadline)' : ''}` : '—'),
      row('source', codes(ix, e.source)),
      row('target', codes(ix, e.target)),
      e.act
        ? row(
            'act',
            [e.act.type, e.act.cameo ? `CAMEO ${e.act.cameo}` : null, e.act.status, e.act.date]
              .filter(Boolean)
              .join(' · '),
          )
        : null,
      e.context?.length ? row('context', e.context.join(', ')) : null,
      s ? h('blockquote', { class: 'evidence' }, text.slice(s.start, s.end)) : null,
    );
  }
  return box;
}
