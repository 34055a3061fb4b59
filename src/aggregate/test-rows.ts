import { PloverType } from '../model/record.js';
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

const codes = (s: string | undefined) =>
  s
    ? s
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
    : [];

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
    act_type: null,
    act_cameo: null,
    act_status: null,
    act_date: null,
    article_title: `Title of ${spec.a}`,
    article_url: `https://${spec.outlet ?? `news-${spec.a}.example`}/${spec.a}`,
    article_published: spec.pub ?? spec.date?.slice(0, 10) ?? '2021-01-01',
  };
}

/** `article:event` of a row or member, for compact expectations. */
export const ref = (m: { article_id: string; event_id: string }) => `${m.article_id}:${m.event_id}`;

/**
 * Deterministic synthetic rows: happenings (16 types, 60 countries, two years) each reported 1–4
 * times by different outlets, with roles swapped, sectors added, dates a day off or coarsened.
 */
export function syntheticRows(n: number): EventRow[] {
  const countries = Array.from(
    { length: 60 },
    (_, i) =>
      `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
  );
  const types = PloverType.options;
  let seed = 42;
  // mulberry32: small, deterministic, and random enough in the low bits
  const rand = (k: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * k);
  };
  const sectors = ['', 'GOV', 'MIL', 'CVL'];
  const iso = (day: number) => new Date(Date.UTC(2021, 0, 1 + day)).toISOString().slice(0, 10);
  const rows: EventRow[] = [];
  for (let h = 0; rows.length < n; h++) {
    const type = types[rand(types.length)];
    // a report names an actor by its country or by its sector code: RUS or RUSGOV, never RUSMIL
    const src = [countries[rand(20)], sectors[rand(4)]];
    const tgt = [countries[20 + rand(40)], sectors[rand(4)]];
    const day = rand(730);
    const reports = 1 + rand(4);
    for (let k = 0; k < reports && rows.length < n; k++) {
      const d = iso(day + rand(2));
      const coarse = rand(20);
      const codes = [src[0] + (rand(2) ? src[1] : ''), tgt[0] + (rand(2) ? tgt[1] : '')];
      if (rand(3) === 0) codes.reverse();
      rows.push(
        row({
          a: `h${h}r${k}`,
          type,
          src: codes[0],
          tgt: codes[1],
          date: coarse === 0 ? d.slice(0, 7) : coarse === 1 ? d.slice(0, 4) : d,
          pub: iso(day + k),
          status: rand(4) === 0 ? 'planned' : 'occurred',
          outlet: `outlet${rand(30)}.example`,
        }),
      );
    }
  }
  return rows;
}
