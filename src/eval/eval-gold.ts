import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../knowledge/knowledge.js';
import { codeArticle } from '../pipeline/code-article.js';
import { readFileDoc } from '../source/read-file.js';
import { type GoldScore, scoreAgainstGold } from './gold-score.js';

/** Finds `NAME.txt` (or .html) for a gold doc anywhere under the corpus folder. */
function findArticle(corpus: string, name: string): string | null {
  if (!existsSync(corpus)) return null;
  for (const entry of readdirSync(corpus, { withFileTypes: true })) {
    const p = join(corpus, entry.name);
    if (entry.isDirectory()) {
      const hit = findArticle(p, name);
      if (hit) return hit;
    } else if (entry.name === `${name}.txt` || entry.name === `${name}.html`) return p;
  }
  return null;
}

/** Extracts and scores every `*.gold.json` under a folder against its article in the corpus. */
export function evalGoldDir(
  goldDir: string,
  corpusDir: string,
  k: Knowledge,
): { docs: GoldScore[]; missing: string[] } {
  const docs: GoldScore[] = [];
  const missing: string[] = [];
  for (const f of readdirSync(goldDir)
    .filter((x) => x.endsWith('.gold.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    const path = findArticle(corpusDir, gold.doc ?? f.replace(/\.gold\.json$/, ''));
    if (!path) {
      missing.push(gold.doc ?? f);
      continue;
    }
    const rec = codeArticle(readFileDoc(path), k, { published: gold.published ?? null });
    docs.push(scoreAgainstGold(rec, gold));
  }
  return { docs, missing };
}
