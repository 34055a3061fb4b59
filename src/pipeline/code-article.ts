import { cleanArticle } from '../clean/clean.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { type Article, type ParleyRecord, RECORD_SCHEMA } from '../model/record.js';
import { buildDoc } from '../nlp/build-doc.js';
import type { RawDoc } from '../source/raw-doc.js';
import { VERSION } from '../version.js';
import type { Annotations, StageContext } from './stage.js';
import { STAGES } from './stages.js';

export interface CodeOptions {
  readonly published?: string | null;
  /** Collect per-stage milliseconds (for the benchmark). */
  readonly timings?: Record<string, number>;
}

/** Codes one cleaned article: Doc once, then every stage in order. Pure apart from the clock. */
export function codeCleanArticle(
  article: Article,
  knowledge: Knowledge,
  opts: CodeOptions = {},
): ParleyRecord {
  const t0 = performance.now();
  const timings = opts.timings;
  let t = t0;
  const lap = (name: string) => {
    if (!timings) return;
    const now = performance.now();
    timings[name] = (timings[name] ?? 0) + (now - t);
    t = now;
  };
  const doc = buildDoc(article.text, article.paragraphs);
  lap('nlp');
  const ctx: StageContext = { published: article.published ? article.published.slice(0, 10) : null };
  const got: Partial<Annotations> = {};
  for (const stage of STAGES) {
    (got as Record<string, unknown>)[stage.assigns] = stage.run(doc, knowledge, ctx, got);
    lap(stage.name);
  }
  return {
    schema: RECORD_SCHEMA,
    article,
    actors: got.actors ?? [],
    times: got.times ?? [],
    places: got.places ?? [],
    quotes: got.quotes ?? [],
    events: got.events ?? [],
    meta: {
      parley: VERSION,
      knowledge: knowledge.version,
      ms: Math.round((performance.now() - t0) * 100) / 100,
    },
  };
}

/** RawDoc → record: clean, then code. Throws ParleyError for input that has no article. */
export function codeArticle(raw: RawDoc, knowledge: Knowledge, opts: CodeOptions = {}): ParleyRecord {
  const t0 = performance.now();
  const article = cleanArticle(raw, { published: opts.published });
  if (opts.timings) opts.timings.clean = (opts.timings.clean ?? 0) + (performance.now() - t0);
  const rec = codeCleanArticle(article, knowledge, opts);
  rec.meta.ms = Math.round((performance.now() - t0) * 100) / 100;
  return rec;
}
