import type { EventRow } from '../store/event.repository.js';

/** A compact description of one stored event, for aggregate tests. */
export interface RowSpec {
  /** Article id; `e` is the event id within it (default e1). */
  readonly a: string;
  readonly e?: string;
  readonly type: string;
  /** Actor codes, comma-separated: 'RUS' or 'AFGGOV,TAL'. */
  readonly src?: string;
  readonly tgt?: string;
  readonly date: string | null;
  /** Article publication (default: the date's day, else 2021-01-01). */
  readonly pub?: string;
  readonly status?: string;
  readonly deadline?: boolean;
  readonly country?: string | null;
  readonly place?: string | null;
  /** Outlet host of the article URL (default news-<a>.example: one outlet per article). */
  readonly outlet?: string;
  readonly mode?: string | null;
  readonly trigger?: string;
}

const codes = (s: string | undefined) => (s ? s.split(',').map((c) => c.trim()).filter(Boolean) : []);

/** An EventRow as the store reads it back, from a {@link RowSpec}. */
export function row(spec: RowSpec): EventRow {
  const src = codes(spec.src);
  const tgt = codes(spec.tgt);
  return {
    article_id: spec.a,
    event_id: spec.e ?? 'e1',
    type: spec.type,
    mode: spec.mode ?? null,
    cameo: null,
    context: [],
    source_codes: src,
    source_ids: src.map((_, i) => `a${i + 1}`),
    target_codes: tgt,
    target_ids: tgt.map((_, i) => `a${src.length + i + 1}`),
    date: spec.date,
    time_id: spec.date ? 't1' : null,
    place_id: spec.place || spec.country ? 'p1' : null,
    place_name: spec.place ?? null,
    country: spec.country ?? null,
    lat: null,
    lon: null,
    status: spec.status ?? 'occurred',
    deadline: spec.deadline ?? false,
    quote_id: null,
    sentence_start: 0,
    sentence_end: 10,
    trigger_start: 0,
    trigger_end: 5,
    trigger_text: spec.trigger ?? spec.type.toLowerCase(),
    confidence: 0.8,
    goldstein: null,
    article_title: `Title of ${spec.a}`,
    article_url: `https://${spec.outlet ?? `news-${spec.a}.example`}/${spec.a}`,
    article_published: spec.pub ?? spec.date?.slice(0, 10) ?? '2021-01-01',
  };
}

/** `article:event` of a row or member, for compact expectations. */
export const ref = (m: { article_id: string; event_id: string }) => `${m.article_id}:${m.event_id}`;
