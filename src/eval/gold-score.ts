import type { ParleyRecord } from '../model/record.js';

/** P/R/F1 with the counts behind them. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface PartScore extends Prf {
  misses: string[];
  extras: string[];
}

export interface GoldScore {
  doc: string;
  score: number;
  article: { f1: number; failed: string[] };
  actors: PartScore;
  times: PartScore;
  quotes: PartScore;
  events: PartScore;
  events_lenient: PartScore;
}

/** Codes any coder may use for each other (left accepts right). */
const EQUIV: Record<string, string[]> = {
  TAL: ['AFGINS', 'AFGREB', 'AFGTAL'],
  SUN: ['RUS'],
  AFGINS: ['TAL'],
  AFGREB: ['TAL'],
};

export const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
};

const norm = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A code matches the gold code or anything more specific (RUSGOV matches RUS). */
export function codeMatches(
  got: string | null | undefined,
  want: string | null | undefined,
  accept: string[] = [],
): boolean {
  if (!got || !want) return false;
  return [want, ...(EQUIV[want] ?? []), ...accept].some((w) => got === w || got.startsWith(w));
}

/** Greedy one-to-one matching of gold items to found items; returns matched found indexes. */
function matchAll<G, F>(
  gold: readonly G[],
  found: readonly F[],
  ok: (f: F, g: G) => boolean,
  label: (g: G) => string,
) {
  const used = new Set<number>();
  const misses: string[] = [];
  for (const g of gold) {
    const i = found.findIndex((f, j) => !used.has(j) && ok(f, g));
    if (i >= 0) used.add(i);
    else misses.push(label(g));
  }
  return { used, misses, tp: gold.length - misses.length };
}

/**
 * Scores a record against a gold file with the rules of shared/docs/gold.md (the same rules as
 * shared/tools/score.mjs, written again here so `parley eval` needs nothing outside the project).
 */
export function scoreAgainstGold(record: ParleyRecord, gold: any): GoldScore {
  const A = record.article;
  const actorById = new Map(record.actors.map((a) => [a.id, a]));
  const codesOf = (ids: readonly string[]) =>
    ids.map((id) => actorById.get(id)?.code).filter((c): c is string => !!c);

  const g = gold.article ?? {};
  const text = norm(A.text);
  const checks: [string, boolean][] = [];
  if (g.title) checks.push(['title', norm(A.title) === norm(g.title)]);
  if (g.lede) checks.push(['lede', norm(A.lede) === norm(g.lede)]);
  for (const c of g.captions ?? []) {
    const hit = A.captions.find((x) => norm(x.text).includes(norm(c.text)));
    checks.push([`caption "${c.text}"`, !!hit]);
    if (c.credit) checks.push([`credit "${c.credit}"`, !!hit && norm(hit.credit) === norm(c.credit)]);
  }
  for (const r of g.removed ?? [])
    checks.push([`removed "${r}"`, text.length > 0 && !text.includes(norm(r))]);
  for (const b of g.body_must_contain ?? [])
    checks.push([`body has "${String(b).slice(0, 40)}…"`, text.includes(norm(b))]);
  const article = {
    f1: checks.length ? checks.filter(([, ok]) => ok).length / checks.length : 1,
    failed: checks.filter(([, ok]) => !ok).map(([n]) => n),
  };

  // Actors: persons (and "match" items) first, so a bare code cannot take their actor.
  const ga = gold.actors ?? {};
  const reqActors = [...(ga.required ?? [])].sort(
    (a: any, b: any) => (a.match || a.kind === 'person' ? 0 : 1) - (b.match || b.kind === 'person' ? 0 : 1),
  );
  const actorOk = (a: ParleyRecord['actors'][number], w: any) => {
    const surname = w.match ? norm(w.match) : w.kind === 'person' ? norm(w.name).split(' ').pop()! : null;
    return (
      codeMatches(a.code, w.code, w.accept) &&
      (!surname || norm(a.name).includes(surname) || a.mentions.some((m) => norm(m.text).includes(surname)))
    );
  };
  const am = matchAll(reqActors, record.actors, actorOk, (w: any) => `${w.code} ${w.name}`);
  const allowed = [...(ga.required ?? []), ...(ga.optional ?? [])];
  const actorExtras = record.actors
    .filter((a, i) => !am.used.has(i) && !allowed.some((w: any) => codeMatches(a.code, w.code, w.accept)))
    .map((a) => `${a.code} ${a.name}`);
  const actors = {
    ...prf(am.tp, actorExtras.length, am.misses.length),
    misses: am.misses,
    extras: actorExtras,
  };

  const gt = gold.times ?? {};
  const timeOk = (t: ParleyRecord['times'][number], w: any) =>
    (norm(t.text).includes(norm(w.text)) || norm(w.text).includes(norm(t.text))) && t.value === w.value;
  const tm = matchAll(gt.required ?? [], record.times, timeOk, (w: any) => {
    const near = record.times.find((t) => norm(t.text).includes(norm(w.text)));
    return `${w.text} = ${w.value}${near ? ` (got ${near.value})` : ''}`;
  });
  const timeExtras = record.times
    .filter((t, j) => !tm.used.has(j) && !(gt.optional ?? []).some((w: any) => timeOk(t, w)))
    .map((t) => `${t.text} = ${t.value}`);
  const times = { ...prf(tm.tp, timeExtras.length, tm.misses.length), misses: tm.misses, extras: timeExtras };

  const gq = gold.quotes ?? {};
  const words = (s: string) =>
    norm(s)
      .split(/[^a-z0-9'-]+/)
      .filter(Boolean);
  const overlap = (got: string, want: string) => {
    const have = new Set(words(got));
    const w = words(want);
    return w.length ? w.filter((x) => have.has(x)).length / w.length : 0;
  };
  const qTextOk = (q: ParleyRecord['quotes'][number], w: any) =>
    overlap(q.text, w.text) >= 0.8 && words(q.text).length <= words(w.text).length * 1.5 + 2;
  const speakerOk = (q: ParleyRecord['quotes'][number], w: any) => {
    if (w.code == null && !w.speaker) return true;
    const a = q.speaker ? actorById.get(q.speaker) : undefined;
    if (w.code != null && codeMatches(a?.code, w.code)) return true;
    const surname = norm(w.speaker ?? '')
      .split(' ')
      .pop();
    const names = [q.speakerText, a?.name, ...(a?.mentions ?? []).map((m) => m.text)].map(norm).join(' | ');
    return !!surname && names.includes(surname);
  };
  const qm = matchAll(
    gq.required ?? [],
    record.quotes,
    (q, w) => qTextOk(q, w) && speakerOk(q, w),
    (w: any) => `"${String(w.text).slice(0, 40)}" by ${w.code}`,
  );
  const quoteExtras = record.quotes
    .filter((q, j) => !qm.used.has(j) && !(gq.optional ?? []).some((w: any) => qTextOk(q, w)))
    .map((q) => `"${q.text.slice(0, 40)}"`);
  const quotes = {
    ...prf(qm.tp, quoteExtras.length, qm.misses.length),
    misses: qm.misses,
    extras: quoteExtras,
  };

  const ge = gold.events ?? {};
  type E = ParleyRecord['events'][number];
  const sideOk = (ids: readonly string[], want: string[] | undefined) =>
    !want?.length || codesOf(ids).some((c) => want.some((w) => codeMatches(c, w)));
  const typeOk = (t: string, w: any) => (Array.isArray(w.type) ? w.type.includes(t) : t === w.type);
  const lenient = (e: E, w: any) =>
    typeOk(e.type, w) && sideOk(e.source, w.source) && sideOk(e.target, w.target);
  const dateOk = (e: E, w: any) =>
    !w.date || (typeof e.date === 'string' && (e.date === w.date || e.date.startsWith(w.date)));
  const strict = (e: E, w: any) =>
    lenient(e, w) && (!w.status || w.status.includes(e.status)) && dateOk(e, w);
  const runEvents = (ok: (e: E, w: any) => boolean): PartScore => {
    const m = matchAll(ge.required ?? [], record.events, ok, (w: any) => w.id);
    const extras = record.events
      .filter((e, j) => !m.used.has(j) && !(ge.optional ?? []).some((w: any) => lenient(e, w)))
      .map(
        (e) =>
          `${e.type} ${codesOf(e.source).join('+') || '-'} -> ${codesOf(e.target).join('+') || '-'} (${e.evidence.trigger.text})`,
      );
    return { ...prf(m.tp, extras.length, m.misses.length), misses: m.misses, extras };
  };
  const events = runEvents(strict);
  const events_lenient = runEvents(lenient);
  const score = (article.f1 + actors.f1 + times.f1 + quotes.f1 + events.f1) / 5;
  return { doc: gold.doc, score, article, actors, times, quotes, events, events_lenient };
}
