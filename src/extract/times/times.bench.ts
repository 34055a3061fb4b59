import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildDoc } from '../../nlp/build-doc.js';
import type { Doc, DocParagraph } from '../../nlp/doc.js';
import { extractTimes } from './times.stage.js';

/**
 * Speed of the time stage alone (Docs are built first, outside the clock), in CPU ms per 4 KB
 * of text on one core. Run: `npx tsx src/extract/times/times.bench.ts [corpus-dir]`; the default
 * corpus is corpus/demo (59 articles, each with its .meta.json publication date).
 */
export interface TimesBench {
  readonly articles: number;
  readonly bytes: number;
  readonly msPerArticle: number;
  readonly msPer4KB: number;
  readonly times: number;
}

export function benchTimes(docs: readonly { doc: Doc; published: string | null }[], rounds = 20): TimesBench {
  // Warm up until the JIT has optimised the hot paths (one pass is not enough).
  for (let r = 0; r < 8; r++) for (const d of docs) extractTimes(d.doc, { published: d.published });
  let times = 0;
  // CPU time, not wall time: on a busy machine the wall clock also counts waiting for a core.
  const t0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++)
    for (const d of docs) times += extractTimes(d.doc, { published: d.published }).length;
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.doc.text), 0);
  return {
    articles: docs.length,
    bytes,
    msPerArticle: ms / (rounds * docs.length),
    msPer4KB: ms / ((rounds * bytes) / 4096),
    times: times / rounds,
  };
}

function loadCorpus(dir: string): { doc: Doc; published: string | null }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      let published: string | null = null;
      try {
        published =
          JSON.parse(readFileSync(`${dir}/${f.replace(/\.txt$/, '.meta.json')}`, 'utf8')).published ?? null;
      } catch {
        published = null;
      }
      const paragraphs: DocParagraph[] = [];
      let offset = 0;
      for (const line of text.split('\n')) {
        if (line.trim()) paragraphs.push({ start: offset, end: offset + line.length, kind: 'body' });
        offset += line.length + 1;
      }
      return { doc: buildDoc(text, paragraphs), published };
    });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'corpus/demo';
  const r = benchTimes(loadCorpus(dir));
  console.log(
    `${r.articles} articles, ${(r.bytes / r.articles / 1024).toFixed(1)} KB each: ` +
      `${r.msPerArticle.toFixed(3)} ms/article, ${r.msPer4KB.toFixed(3)} ms per 4 KB, ${r.times} times`,
  );
}
