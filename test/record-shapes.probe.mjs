// Run by record-shapes.test.ts as `node --allow-natives-syntax test/record-shapes.probe.mjs`:
// codes the demo corpus and prints, per kind of record object, how many hidden classes (V8 maps)
// its objects have. The natives call is built at run time so that linters can parse this file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../dist/knowledge/knowledge.js';
import { codeArticle } from '../dist/pipeline/code-article.js';
import { readFileDoc } from '../dist/source/read-file.js';

const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)');
const dir = join(import.meta.dirname, '..', 'corpus', 'demo');
const k = loadKnowledge();
const reps = {};
const see = (kind, o) => {
  reps[kind] ??= [];
  if (!reps[kind].some((x) => sameMap(x, o))) reps[kind].push(o);
};
for (const f of readdirSync(dir).sort()) {
  if (!/\.(txt|html?)$/.test(f)) continue;
  const r = codeArticle(readFileDoc(join(dir, f)), k);
  for (const a of r.actors) {
    see('actor', a);
    for (const m of a.mentions) see('actor mention', m);
  }
  for (const t of r.times) see('time', t);
  for (const p of r.places) see('place', p);
  for (const q of r.quotes) see('quote', q);
  for (const e of r.events) see('event', e);
}
const out = {};
for (const [kind, r] of Object.entries(reps))
  out[kind] = { maps: r.length, keys: r.map((o) => Object.keys(o).join(',')) };
process.stdout.write(JSON.stringify(out));
