import { readFile } from 'node:fs/promises';
import { extractTimes } from '../extract/times/times.stage.js';
import type { Time } from '../model/record.js';
import { buildDoc } from '../nlp/build-doc.js';
import type { DocParagraph } from '../nlp/doc.js';

/** One MEANTIME article as stored in meantime_en.jsonl (only the fields scored here). */
interface MeantimeDoc {
  readonly doc: string;
  readonly dct: string | null;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
  readonly entity_mentions?: readonly { start: number; end: number }[];
  readonly event_mentions?: readonly { start: number; end: number }[];
}

interface GoldTimex {
  readonly type: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface MeantimeScore {
  readonly spanP: number;
  readonly spanR: number;
  readonly spanF1: number;
  /** Share of span-matched expressions whose value is equal. */
  readonly valueAcc: number;
  readonly valueF1: number;
  readonly docs: number;
  readonly gold: number;
  readonly found: number;
}

/** What one article gave, for diagnostics. */
export interface MeantimeDocResult {
  readonly doc: string;
  readonly dct: string | null;
  readonly pairs: readonly { gold: GoldTimex; found: Time; ok: boolean }[];
  readonly missed: readonly GoldTimex[];
  readonly spurious: readonly Time[];
}

/**
 * Scores the time stage on MEANTIME (TempEval-3 style): a found time matches a gold TIMEX3 when
 * their spans overlap (one to one); its value is right when equal. Only the annotated part of
 * each article (title, dateline and first sentences: up to the last line holding any
 * annotation) is scored. A missing or DD-MM-YYYY dct is read from the dateline, as the
 * clean stage would.
 */
export async function evalMeantime(
  path: string,
  onDoc?: (result: MeantimeDocResult) => void,
): Promise<MeantimeScore> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim());
  let gold = 0;
  let found = 0;
  let matched = 0;
  let correct = 0;
  for (const line of lines) {
    const article = JSON.parse(line) as MeantimeDoc;
    const paragraphs = lineParagraphs(article.text);
    const doc = buildDoc(article.text, paragraphs);
    const dct = normaliseDct(article.dct) ?? datelineDate(extractTimes(doc, { published: null }), paragraphs);
    const extent = annotatedExtent(article, paragraphs);
    const times = extractTimes(doc, { published: dct }).filter((t) => t.start < extent);
    const result = match(article, dct, times);
    gold += article.timexes.length;
    found += times.length;
    matched += result.pairs.length;
    correct += result.pairs.filter((p) => p.ok).length;
    onDoc?.(result);
  }
  const spanP = ratio(matched, found);
  const spanR = ratio(matched, gold);
  const valueP = ratio(correct, found);
  const valueR = ratio(correct, gold);
  return {
    spanP,
    spanR,
    spanF1: f1(spanP, spanR),
    valueAcc: ratio(correct, matched),
    valueF1: f1(valueP, valueR),
    docs: lines.length,
    gold,
    found,
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Every non-empty line is a paragraph; the first is the title. */
function lineParagraphs(text: string): DocParagraph[] {
  const out: DocParagraph[] = [];
  let offset = 0;
  for (const l of text.split('\n')) {
    if (l.trim())
      out.push({ start: offset, end: offset + l.length, kind: out.length === 0 ? 'title' : 'body' });
    offset += l.length + 1;
  }
  return out;
}

function normaliseDct(dct: string | null): string | null {
  if (!dct) return null;
  if (/^\d{4}-\d\d-\d\d/.test(dct)) return dct.slice(0, 10);
  const m = /^(\d\d)-(\d\d)-(\d{4})$/.exec(dct);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** The first full date in the first two lines (title, dateline). */
function datelineDate(times: readonly Time[], paragraphs: readonly DocParagraph[]): string | null {
  const limit = paragraphs[1]?.end ?? 0;
  return times.find((t) => t.start < limit && /^\d{4}-\d\d-\d\d$/.test(t.value))?.value ?? null;
}

/** End of the last line that holds any gold annotation. */
function annotatedExtent(article: MeantimeDoc, paragraphs: readonly DocParagraph[]): number {
  const spans = [...article.timexes, ...(article.entity_mentions ?? []), ...(article.event_mentions ?? [])];
  const last = Math.max(0, ...spans.map((s) => s.start));
  return paragraphs.find((p) => p.end >= last)?.end ?? article.text.length;
}

/** One-to-one matching by overlap, equal values first, then larger overlaps. */
function match(article: MeantimeDoc, dct: string | null, times: readonly Time[]): MeantimeDocResult {
  const candidates: { g: number; f: number; ok: boolean; overlap: number }[] = [];
  article.timexes.forEach((g, gi) => {
    times.forEach((t, fi) => {
      const overlap = Math.min(g.end, t.end) - Math.max(g.start, t.start);
      if (overlap > 0) candidates.push({ g: gi, f: fi, ok: g.value === t.value, overlap });
    });
  });
  candidates.sort((a, b) => Number(b.ok) - Number(a.ok) || b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedF = new Set<number>();
  const pairs: { gold: GoldTimex; found: Time; ok: boolean }[] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedF.has(c.f)) continue;
    usedG.add(c.g);
    usedF.add(c.f);
    pairs.push({ gold: article.timexes[c.g], found: times[c.f], ok: c.ok });
  }
  return {
    doc: article.doc,
    dct,
    pairs,
    missed: article.timexes.filter((_, i) => !usedG.has(i)),
    spurious: times.filter((_, i) => !usedF.has(i)),
  };
}
