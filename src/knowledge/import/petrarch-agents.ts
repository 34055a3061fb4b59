import type { Sector } from '../schema.js';
import { beforeBracket, bracketGroups, dictLines } from './petrarch-text.js';
import type { ImportSink } from './types.js';

/** The English plural of a phrase's last word ("minister" → "ministers", "authority" → "authorities"). */
export function pluralPhrase(phrase: string): string {
  const m = /^(.*?)(\S+)$/.exec(phrase);
  if (!m) return phrase;
  const w = m[2];
  let p: string;
  if (/[^aeiou]y$/.test(w)) p = `${w.slice(0, -1)}ies`;
  else if (/(ss|x|z|ch|sh)$/.test(w)) p = `${w}es`;
  else if (/s$/.test(w))
    return phrase; // already plural ("officials", "forces")
  else p = `${w}s`;
  return m[1] + p;
}

const norm = (s: string) => s.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Reads a PETRARCH agent dictionary into sector trigger words: `MINISTER [~GOV]` → the word
 * "minister" (and its plural) for sector GOV. `{PLURAL}` gives the plural (`{}`: none);
 * `!MARKER! = A, B` substitution sets are expanded. parley composes "country + one sector", so
 * a longer agent code (`~GOVMED`) keeps its first sector and a prefix code (`NGO~`) is written
 * as that sector; both are reported as notes.
 */
export function importAgents(text: string, known: ReadonlyMap<string, Sector>, sink: ImportSink): Sector[] {
  const markers = new Map<string, string[]>();
  const bySector = new Map<string, Set<string>>();
  for (const line of dictLines(text)) {
    const t = line.text.trim();
    if (!t.includes('[') && /^[^!]*![^!]+![^=]*=/.test(t)) {
      const m = /!([^!]+)!\s*=\s*(.*)$/.exec(t)!;
      markers.set(
        m[1],
        m[2]
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      );
      continue;
    }
    if (t.startsWith('<')) {
      sink.skip(
        'agents',
        line.n,
        t,
        /combine/i.test(t)
          ? 'agent combination rule: parley composes a country with one sector code, it has no code rewriting'
          : 'tag line: not an agent',
      );
      continue;
    }
    if (!t.includes('[')) {
      sink.skip('agents', line.n, t, 'no [code]: PETRARCH requires a code for every agent');
      continue;
    }
    const rawCode = (bracketGroups(t)[0] ?? '').replace(/\s+/g, '');
    const prefix = /^[A-Za-z]+~$/.test(rawCode);
    const code = rawCode.replace(/~/g, '').toUpperCase();
    if (!/^([A-Z]{3})+$/.test(code)) {
      sink.skip('agents', line.n, t, `"${rawCode}" is not an agent code of three-letter groups`);
      continue;
    }
    let phrase = beforeBracket(t);
    let plurals: string[] | null = null;
    const brace = /\{([^}]*)\}?/.exec(phrase);
    if (brace) {
      plurals = brace[1].split(/\s+/).filter(Boolean).map(norm);
      phrase = phrase.slice(0, brace.index);
    }
    let forms: string[];
    const mark = /!([^!]+)!/.exec(phrase);
    if (mark) {
      const subs = markers.get(mark[1]);
      if (!subs) {
        sink.skip(
          'agents',
          line.n,
          t,
          `substitution marker !${mark[1]}! is not defined (no "!${mark[1]}! = …" line)`,
        );
        continue;
      }
      forms = subs.map((s) => norm(phrase.replace(mark[0], s)));
    } else {
      const base = norm(phrase);
      forms = [base, ...(plurals ?? [pluralPhrase(base)])];
    }
    forms = [...new Set(forms.filter(Boolean))];
    if (!forms.length) {
      sink.skip('agents', line.n, t, 'no agent phrase before the code');
      continue;
    }
    const sector = code.slice(0, 3);
    if (code.length > 3)
      sink.note(
        'agents',
        line.n,
        t,
        `agent code ${code} narrowed to sector ${sector}: parley composes a country with one sector`,
      );
    if (prefix)
      sink.note(
        'agents',
        line.n,
        t,
        `prefix agent code ${rawCode} (PETRARCH writes ${code}+country) written as sector ${sector} (parley writes country+${sector})`,
      );
    const set = bySector.get(sector) ?? new Set<string>();
    for (const f of forms) set.add(f);
    bySector.set(sector, set);
    sink.wrote('agents');
  }
  return [...bySector].map(([code, words]) => {
    const k = known.get(code);
    return {
      code,
      name: k?.name ?? `${code} (imported agent code)`,
      triggers: [...words],
      kind: k?.kind ?? 'sector',
    };
  });
}
