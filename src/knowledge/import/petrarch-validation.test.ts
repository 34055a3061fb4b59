import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge.js';
import { importPetrarch } from './petrarch.js';
import { dictLines } from './petrarch-text.js';

// The user's dictionaries are read where they are; nothing of them is copied into the repository.
const DIR = fileURLToPath(
  new URL('../../../../shared/data/petrarch2-validation/dictionaries/', import.meta.url),
);
const present = existsSync(DIR) && readdirSync(DIR).filter((f) => f.endsWith('.txt')).length === 4;

describe('PETRARCH2 validation dictionaries import without loss (needs ../shared/data/petrarch2-validation/dictionaries)', () => {
  if (!present) {
    it.skip(`the four validation dictionaries were not found in ${DIR}: skipped`, () => {});
    return;
  }
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(`${DIR}${f}`, 'utf8') }));
  const text = (kind: string) => files.find((f) => f.path.toLowerCase().includes(kind))!.text;
  const r = importPetrarch(files, loadKnowledge());

  it('detects the four kinds', () => {
    expect(r.files.map((f) => f.kind).sort()).toEqual(['actors', 'agents', 'discards', 'verbs']);
  });

  for (const kind of ['actors', 'actor-codes', 'agents', 'verbs', 'discards'] as const) {
    it(`${kind}: entries read = written + explicitly skipped, each skip with a line and a reason`, () => {
      const t = r.counts[kind];
      const skipped = r.skipped.filter((s) => s.kind === kind);
      expect(t.read).toBeGreaterThan(0);
      expect(t.read).toBe(t.written + t.skipped);
      expect(skipped).toHaveLength(t.skipped);
      for (const s of skipped) {
        expect(s.line).toBeGreaterThan(0);
        expect(s.reason.length).toBeGreaterThan(5);
      }
    });
  }

  it('reads every entry of the files (counted independently of the importer)', () => {
    // actors: every unindented, non-synonym line is an entry
    const actorLines = dictLines(text('actors')).filter(
      (l) => !/^\s/.test(l.text) && !l.text.startsWith('+') && !l.text.startsWith('<'),
    );
    expect(r.counts.actors.read).toBe(actorLines.length);
    // actor codes: every [...] group on a primary, synonym or indented line
    const codeGroups = dictLines(text('actors'), { semicolon: true }).reduce(
      (n, l) => n + (l.text.match(/\[/g)?.length ?? 0),
      0,
    );
    expect(r.counts['actor-codes'].read).toBe(codeGroups);
    // agents: every line with a [code] or without one, less substitution-set definitions
    const agentLines = dictLines(text('agents')).filter((l) => !/^[^[]*![^!]+!\s*=/.test(l.text));
    expect(r.counts.agents.read).toBe(agentLines.length);
    // verbs: every pattern line ("- …") and verb line inside a block; synsets are not entries
    const verbLines = dictLines(text('verbs'));
    const patterns = verbLines.filter((l) => /^-(?!--)/.test(l.text.trim())).length;
    expect(r.counts.verbs.read).toBeGreaterThan(patterns);
    expect(r.counts.discards.read).toBe(dictLines(text('discards')).length);
  });

  it('writes people with dated roles and triggers for the validation verbs', () => {
    expect(r.people.find((p) => p.name === 'Sam Gamgee')?.roles.length).toBe(6);
    expect(r.triggers.length).toBeGreaterThan(300);
    expect(r.organizations.some((o) => o.code === 'ARN' && o.name === 'Arnor')).toBe(true);
  });
});
