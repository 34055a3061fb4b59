import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED } from '../cli-helpers.js';

/** Where the inputs of a scale-out run came from. */
export interface TestInputs {
  readonly file: string;
  /** Good article rows written. */
  readonly articles: number;
  readonly source: string;
  /** Inputs that must fail: a JSONL row without text (fails on read) and one without article text (fails on coding). */
  readonly bad: { readonly unreadable: string; readonly noArticle: string };
}

const NEWS = join(SHARED, 'data', 'news', 'news.jsonl');
const DEMO = join(ROOT, 'corpus', 'demo');

/** The first `n` rows of the shared news set, else `n` short distinct variants of the demo corpus. */
function articleRows(n: number): { rows: string[]; source: string } {
  if (existsSync(NEWS)) {
    const rows = readFileSync(NEWS, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, n);
    if (rows.length === n) return { rows, source: `first ${n} rows of ${NEWS}` };
  }
  const bases = readdirSync(DEMO)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const metaPath = join(DEMO, f.replace(/\.txt$/, '.meta.json'));
      const meta = existsSync(metaPath)
        ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, string>)
        : {};
      return {
        id: meta.id ?? f.replace(/\.txt$/, ''),
        published: meta.published ?? null,
        source: meta.source ?? null,
        text: readFileSync(join(DEMO, f), 'utf8'),
      };
    });
  const rows = Array.from({ length: n }, (_, i) => {
    const b = bases[i % bases.length];
    const v = Math.floor(i / bases.length);
    // Distinct id and content (no url: variants would share it and count as duplicates).
    const text = `${b.text.trim()}\n\nThis is edition ${v + 1} of the report, filed as item ${i + 1}.`;
    return JSON.stringify({ id: `${b.id}-v${v + 1}`, published: b.published, source: b.source, text });
  });
  return { rows, source: `${n} variants of ${bases.length} articles in ${DEMO}` };
}

/** Writes `n` articles plus two inputs that must fail to `dir/inputs.jsonl`. */
export function writeTestInputs(dir: string, n: number): TestInputs {
  const { rows, source } = articleRows(n);
  const file = join(dir, 'inputs.jsonl');
  const lines = [
    ...rows.slice(0, 10),
    JSON.stringify({ id: 'scale-out-unreadable', title: 'no text field' }),
    ...rows.slice(10, 20),
    JSON.stringify({
      id: 'scale-out-no-article',
      html: '<html><body><nav><a href="/">Home</a></nav></body></html>',
    }),
    ...rows.slice(20),
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, articles: rows.length, source, bad: { unreadable: `${file}#11`, noArticle: `${file}#22` } };
}
