import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractQuotes, type QuoteCandidate } from '../extract/quotes/quotes.stage.js';
import { timeSpans } from '../extract/quotes/time-spans.js';
import { extractTimes } from '../extract/times/times.stage.js';
import { buildDoc } from '../nlp/build-doc.js';
import type { Doc, DocParagraph } from '../nlp/doc.js';

/** Precision, recall and F1 of content spans, and the share of matched quotes with the right speaker. */
export interface SpanScore {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly speakerAcc: number;
  readonly tp: number;
  readonly found: number;
  readonly gold: number;
  /** Matched pairs whose gold attribution has a Source (the speaker accuracy's denominator). */
  readonly speakerN: number;
}

type Spans = readonly (readonly [number, number])[];

/** One gold attribution of PolNeAR: its content and source spans (possibly discontinuous). */
export interface GoldAttribution {
  readonly content: Spans;
  readonly source: Spans | null;
  readonly direct: boolean;
}

const QUOTE_START = /^\s*(["“”„«‘'`])/;

/** brat offsets count code points; JavaScript strings count UTF-16 units. */
function codePointMap(text: string): (i: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (i) => map[Math.min(i, map.length - 1)];
}

/** Parses a brat .ann file of PolNeAR into gold attributions. */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const cp = codePointMap(text);
  const spans = new Map<string, { spans: Spans; text: string }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols[1]) {
      const [, ...rest] = cols[1].split(' ');
      const frags = rest
        .join(' ')
        .split(';')
        .map((f) => f.split(' ').map(Number) as [number, number]);
      spans.set(cols[0], { spans: frags.map(([s, e]) => [cp(s), cp(e)] as const), text: cols[2] ?? '' });
    } else if (/^E\d+$/.test(cols[0]) && cols[1]) {
      events.push(
        Object.fromEntries(
          cols[1]
            .trim()
            .split(/\s+/)
            .map((kv) => kv.split(':')),
        ),
      );
    }
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const content = spans.get(e.Content);
    if (!content) continue;
    const source = e.Source ? spans.get(e.Source) : undefined;
    out.push({
      content: content.spans,
      source: source?.spans ?? null,
      direct: QUOTE_START.test(content.text),
    });
  }
  return out;
}

/** A Doc for a plain-text file: every non-empty line is a paragraph (the first is the title). */
export function docFromPlainText(text: string): Doc {
  const paragraphs: DocParagraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim())
      paragraphs.push({
        start: offset,
        end: offset + line.length,
        kind: paragraphs.length ? 'body' : 'title',
      });
    offset += line.length + 1;
  }
  return buildDoc(text, paragraphs);
}

function overlap(a: number, b: number, spans: Spans): number {
  let n = 0;
  for (const [s, e] of spans) n += Math.max(0, Math.min(b, e) - Math.max(a, s));
  return n;
}

/** Counts for one document: one-to-one matching of found and gold contents, largest overlap first. */
export function matchDoc(found: readonly QuoteCandidate[], gold: readonly GoldAttribution[]) {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < found.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      const o = overlap(found[i].start, found[i].end, gold[j].content);
      if (o > 0) pairs.push([o, i, j]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0]);
  const usedF = new Set<number>();
  const usedG = new Set<number>();
  let tp = 0;
  let speakerN = 0;
  let speakerOk = 0;
  const matches: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedF.has(i) || usedG.has(j)) continue;
    usedF.add(i);
    usedG.add(j);
    tp++;
    matches.push([i, j]);
    const src = gold[j].source;
    if (!src) continue;
    speakerN++;
    const sp = found[i].speaker;
    if (sp && overlap(sp.start, sp.end, src) > 0) speakerOk++;
  }
  return { tp, speakerN, speakerOk, matches };
}

function score(tp: number, found: number, gold: number, speakerOk: number, speakerN: number): SpanScore {
  const p = found ? tp / found : 0;
  const r = gold ? tp / gold : 0;
  return {
    p,
    r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    speakerAcc: speakerN ? speakerOk / speakerN : 0,
    tp,
    found,
    gold,
    speakerN,
  };
}

/** The annotation file used for a text: the first annotator's (some texts have several). */
async function annFor(dir: string, name: string, files: readonly string[]): Promise<string | null> {
  const mine = files
    .filter(
      (f) => f.startsWith(`${name}_`) && f.endsWith('.ann') && /^_[0-9a-f]+\.ann$/.test(f.slice(name.length)),
    )
    .sort();
  return mine.length ? readFile(join(dir, 'attributions', mine[0]), 'utf8') : null;
}

/**
 * Scores the quote stage on a PolNeAR split (`text/*.txt` + `attributions/*.ann`). Found quotes
 * and gold contents are matched one to one (largest overlap first). `all`: every found quote
 * against every gold attribution. `direct`: found quotes with direct: true against gold contents
 * starting with a quote mark — a found direct quote counts for precision when it matches any gold
 * content (a partial quote inside reported speech is a right quote; PolNeAR's content there starts
 * with the reported clause), a gold direct content counts for recall when a direct quote matches it.
 * `strictDirect`: direct found vs. direct gold only. Speaker: the found speaker phrase overlaps the
 * gold Source, over matched pairs whose gold has one.
 */
export async function evalPolnear(
  dir: string,
): Promise<{ direct: SpanScore; all: SpanScore; strictDirect: SpanScore; docs: number }> {
  const texts = (await readdir(join(dir, 'text'))).filter((f) => f.endsWith('.txt')).sort();
  const anns = await readdir(join(dir, 'attributions'));
  // [tp, found, gold, speakerOk, speakerN]; direct: tp for precision and for recall differ.
  const all = [0, 0, 0, 0, 0];
  const strict = [0, 0, 0, 0, 0];
  const direct = { tpP: 0, tpR: 0, found: 0, gold: 0, ok: 0, n: 0 };
  let docs = 0;
  for (const file of texts) {
    const name = file.slice(0, -4);
    const ann = await annFor(dir, name, anns);
    if (ann === null) continue;
    const text = await readFile(join(dir, 'text', file), 'utf8');
    const gold = parseAnn(ann, text);
    const doc = docFromPlainText(text);
    const found = extractQuotes(doc, timeSpans(extractTimes(doc, { published: null })));
    docs++;
    const m = matchDoc(found, gold);
    add(all, m, found.length, gold.length);
    const fd = found.filter((q) => q.direct);
    const gd = gold.filter((g) => g.direct);
    add(strict, matchDoc(fd, gd), fd.length, gd.length);
    direct.found += fd.length;
    direct.gold += gd.length;
    for (const [i, j] of m.matches) {
      if (!found[i].direct) continue;
      direct.tpP++;
      if (!gold[j].direct) continue;
      direct.tpR++;
      const src = gold[j].source;
      if (!src) continue;
      direct.n++;
      const sp = found[i].speaker;
      if (sp && overlap(sp.start, sp.end, src) > 0) direct.ok++;
    }
  }
  const p = direct.found ? direct.tpP / direct.found : 0;
  const r = direct.gold ? direct.tpR / direct.gold : 0;
  return {
    direct: {
      p,
      r,
      f1: p + r ? (2 * p * r) / (p + r) : 0,
      speakerAcc: direct.n ? direct.ok / direct.n : 0,
      tp: direct.tpR,
      found: direct.found,
      gold: direct.gold,
      speakerN: direct.n,
    },
    all: score(all[0], all[1], all[2], all[3], all[4]),
    strictDirect: score(strict[0], strict[1], strict[2], strict[3], strict[4]),
    docs,
  };
}

function add(acc: number[], m: ReturnType<typeof matchDoc>, found: number, gold: number): void {
  acc[0] += m.tp;
  acc[1] += found;
  acc[2] += gold;
  acc[3] += m.speakerOk;
  acc[4] += m.speakerN;
}
