import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanArticle } from '../../clean/clean.js';
import type { Article } from '../../model/record.js';
import type { EvalSuite } from '../suites.js';
import { progress, r4 } from './common.js';

const DIR = 'article-extraction';

/** Token 4-grams of a text as the benchmark defines them: `\w+` tokens (Unicode), shingles of four. */
export function shingles(text: string, n = 4): Map<string, number> {
  const toks = text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + n <= toks.length; i++) {
    const key = toks.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * One page's tp/fp/fn, normalised to sum 1 (the benchmark's per-page weighting). Both texts
 * empty of 4-grams: a perfect page; only one empty: all fp or all fn.
 */
export function pageScore(pred: string, gold: string): { tp: number; fp: number; fn: number } {
  const p = shingles(pred);
  const g = shingles(gold);
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const [k, c] of p) {
    np += c;
    tp += Math.min(c, g.get(k) ?? 0);
  }
  for (const c of g.values()) ng += c;
  const fp = np - tp;
  const fn = ng - tp;
  const sum = tp + fp + fn;
  return sum ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 1, fp: 0, fn: 0 };
}

/** The body of a cleaned article: lede, body and quote paragraphs (no title, no captions). */
export function articleBody(a: Article): string {
  return a.paragraphs
    .filter((p) => p.kind === 'body' || p.kind === 'lede' || p.kind === 'quote')
    .map((p) => a.text.slice(p.start, p.end))
    .join('\n\n');
}

/**
 * Article extraction benchmark pages (`article-extraction/html/*.html.gz` + `ground-truth.json`):
 * parley's cleaner (`cleanArticle`) on each page; body token-4-gram P/R/F1 as the benchmark
 * scores it (per-page normalised tp/fp/fn, averaged). `body_*` scores lede + body + quote
 * paragraphs; `text_f1` the whole cleaned text (with title and captions). A page the cleaner
 * refuses counts as an empty extraction. Reference F1 on the full 181-page set: trafilatura
 * 0.958, Readability.js 0.947 (this is a 100-page subset).
 */
export const articleExtractionSuite: EvalSuite = {
  name: 'article-extraction',
  needs: `${DIR}/ground-truth.json`,
  async run(dataDir) {
    const truth = JSON.parse(readFileSync(join(dataDir, DIR, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody?: string; url?: string }
    >;
    const ids = Object.keys(truth).sort();
    const body = { tp: 0, fp: 0, fn: 0 };
    const whole = { tp: 0, fp: 0, fn: 0 };
    let failed = 0;
    let ms = 0;
    const worst: { id: string; f1: number }[] = [];
    ids.forEach((id, i) => {
      progress('article-extraction', i + 1, ids.length);
      const gold = truth[id].articleBody ?? '';
      let b = '';
      let t = '';
      try {
        const html = gunzipSync(readFileSync(join(dataDir, DIR, 'html', `${id}.html.gz`))).toString('utf8');
        const t0 = performance.now();
        const a = cleanArticle({
          input: `${id}.html`,
          kind: 'html',
          body: html,
          meta: { id, url: truth[id].url ?? null },
        });
        ms += performance.now() - t0;
        b = articleBody(a);
        t = a.text;
      } catch {
        failed++;
      }
      const s = pageScore(b, gold);
      const w = pageScore(t, gold);
      for (const k of ['tp', 'fp', 'fn'] as const) {
        body[k] += s[k];
        whole[k] += w[k];
      }
      const f = s.tp ? (2 * s.tp) / (2 * s.tp + s.fp + s.fn) : 0;
      worst.push({ id: id.slice(0, 8), f1: f });
    });
    const fin = (x: { tp: number; fp: number; fn: number }) => {
      const p = x.tp / (x.tp + x.fp || 1);
      const r = x.tp / (x.tp + x.fn || 1);
      return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
    };
    const bs = fin(body);
    const ws = fin(whole);
    return {
      pages: ids.length,
      failed,
      body_p: r4(bs.p),
      body_r: r4(bs.r),
      body_f1: r4(bs.f1),
      text_f1: r4(ws.f1),
      ms_per_page: Math.round((ms / Math.max(1, ids.length - failed)) * 10) / 10,
      reference: 'trafilatura 0.958, Readability.js 0.947 (181 pages)',
      worst_pages: worst
        .sort((a, b) => a.f1 - b.f1)
        .slice(0, 6)
        .map((w) => `${w.id} ${w.f1.toFixed(2)}`)
        .join(', '),
    };
  },
};
