import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';
import { lintKnowledgeDir } from './import/lint.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from './knowledge.js';

const k = loadKnowledge();

describe('knowledge files (lint)', () => {
  it('every file validates against its schema, triggers agree with their CAMEO codes, roles are ordered', () => {
    const report = lintKnowledgeDir(DEFAULT_KNOWLEDGE_DIR, {
      cameo: k.events.cameo,
      plover: k.events.plover,
    });
    const errors = report.flatMap((f) => f.errors.map((e) => `${f.file}: ${JSON.stringify(e)}`));
    expect(errors).toEqual([]);
  });
  it('covers every UN member state, 16 PLOVER types, the full CAMEO table and 400+ people', () => {
    expect(k.countries.filter((c) => c.un)).toHaveLength(193);
    expect(k.events.plover).toHaveLength(16);
    expect(k.events.cameo.length).toBeGreaterThanOrEqual(300);
    expect(k.people.length).toBeGreaterThanOrEqual(400);
    expect(k.events.triggers.length).toBeGreaterThanOrEqual(400);
  });
  it('country names, aliases, demonyms and metonyms are unique and normalised', () => {
    const seen = new Map<string, string>();
    for (const c of k.countries) {
      for (const n of [c.name, ...c.aliases, ...c.demonyms, ...c.metonyms]) {
        const key = fold(n);
        expect(n, `${c.code}: "${n}" has stray spaces`).toBe(n.trim());
        const other = seen.get(key);
        expect(other === undefined || other === c.code, `"${n}" names both ${other} and ${c.code}`).toBe(
          true,
        );
        seen.set(key, c.code);
      }
    }
  });
  it('trigger ids are unique', () => {
    const ids = k.events.triggers.map((t) => t.trigger.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('people: every role ends after it begins, and a person is listed once', () => {
    const names = new Set<string>();
    for (const p of k.people) {
      expect(names.has(p.name.toLowerCase()), p.name).toBe(false);
      names.add(p.name.toLowerCase());
      for (const r of p.roles) if (r.to) expect(r.to >= r.from, `${p.name} ${r.title}`).toBe(true);
    }
  });
});
