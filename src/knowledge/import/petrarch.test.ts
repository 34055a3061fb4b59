import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { roleAt } from '../../extract/actors/role-at.js';
import { codeArticle } from '../../pipeline/code-article.js';
import { compileTriggers } from '../event-knowledge.js';
import { TriggerSchema } from '../event-schema.js';
import { loadKnowledge } from '../knowledge.js';
import { lintKnowledgeDir } from './lint.js';
import { detectKind, importPetrarch } from './petrarch.js';
import { displayName, petrarchDate } from './petrarch-text.js';
import type { PetrarchImport } from './types.js';
import { withImport } from './with-import.js';
import { writeImport } from './write-import.js';

const k = loadKnowledge();

// Small dictionaries written for these tests (fictional actors, as in PETRARCH's own tests).
const ACTORS = `<!-- test actors -->
# a comment line
ARNOR_ [ARN]  # trailing comment
+ARNORIAN
+FORNOST_

BARACK_OBAMA_
+PRESIDENT_OBAMA
\t[USAELI 19970101-20041102]
\t[USAGOV >20090120]
\t[USAELI]

OLD_KING [KNG]
\t[KNGGOV <791231]

BOROMIR [---]
LORIEN [ELR/GAL]
SAM_GAMGEE [HOB]
\t[HOBMIL 080120-121109]
\t[HOBGOV 2012113]

FARAMIR_
CAPTAIN_FARAMIR
\t[GONMIL]
`;

const AGENTS = `!PERSON! = MAN, MEN, WOMAN
CONGRESS!PERSON! [~LEG]
AMBASSADOR [~GOV] # plural made: ambassadors
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
FOREIGN_MINISTER [~GOVFRM]
HUMAN_RIGHTS_BODY [NGO~]
<Combine rule = "NGMNGO +> NGM">
NOCODE_AGENT
`;

const VERBS = `&TIETYPES
+MILITARY
+ECONOMIC

&CURR_
+DOLLARS
+GOLD PIECES

--- MEET [031:031] ---
MEET {MET MEETING MEETS}
- * TALKS [036]
- *_OUT [---]
- SAID * [112]
- % * [030]

--- RESTORE [064] ---
RESTORE
+BREAK_DOWN [161]
- * &TIETYPES TIES [064]
- + * IN $ [075]
- * CARD [---]
- * DOWN NEWS [---]
- * &CURR [071]
- * SECRETS [903]

--- ARREST [---] ---
ARREST
- * FOR ^ + [173]
- * SUSPECT [:173]

--- SAY [010] ---
SAY
`;

const DISCARDS = `# discards
MONTHS LATER
+World Golf Championships # story level
`;

const files = [
  { path: 'Test.actors.txt', text: ACTORS },
  { path: 'Test.agents.txt', text: AGENTS },
  { path: 'Test.verbs.txt', text: VERBS },
  { path: 'Test.discards.txt', text: DISCARDS },
];
const imp: PetrarchImport = importPetrarch(files, k);

describe('petrarch import: text helpers', () => {
  it('reads YYMMDD (00–30 → 20YY) and YYYYMMDD dates, refusing impossible ones', () => {
    expect(petrarchDate('090120')).toBe('2009-01-20');
    expect(petrarchDate('510724')).toBe('1951-07-24');
    expect(petrarchDate('19411207')).toBe('1941-12-07');
    expect(petrarchDate('20100931')).toBeNull();
    expect(petrarchDate('2012113')).toBeNull();
  });
  it('makes display names, keeping short acronyms and dotted abbreviations', () => {
    expect(displayName('PRESIDENT_GEORGE_W._BUSH')).toBe('President George W. Bush');
    expect(displayName('IMF')).toBe('IMF');
    expect(displayName('U.N.')).toBe('U.N.');
    expect(displayName('ARNOR_')).toBe('Arnor');
  });
  it('tells dictionary kinds by name, then by content', () => {
    expect(detectKind('Phoenix.Countries.actors.txt', '')).toBe('actors');
    expect(detectKind('CAMEO.2.0.txt', '')).toBe('verbs');
    expect(detectKind('x.txt', '--- MEET [031] ---\nMEET\n- * TALKS [031]\n')).toBe('verbs');
    expect(detectKind('x.txt', 'AMBASSADOR [~GOV]\n')).toBe('agents');
    expect(detectKind('x.txt', 'hello\n')).toBeNull();
  });
});

describe('petrarch import: actors', () => {
  const person = (name: string) => imp.people.find((p) => p.name === name)!;
  it('turns undated codes into organizations with their synonyms', () => {
    const arnor = imp.organizations.find((o) => o.code === 'ARN')!;
    expect(arnor.name).toBe('Arnor');
    expect(arnor.aliases).toEqual(['Arnorian', 'Fornost']);
  });
  it('turns date-restricted codes into roles: ranges, >date, <date, and the undated default last', () => {
    const obama = person('Barack Obama');
    expect(obama.aliases).toEqual(['President Obama']);
    expect(roleAt(obama, '2010-05-01').code).toBe('USAGOV');
    expect(roleAt(obama, '2000-05-01').code).toBe('USAELI');
    expect(roleAt(obama, '2004-11-02').code).toBe('USAELI'); // PETRARCH range ends are inclusive
    expect(roleAt(obama, '2006-01-01').code).toBe('USAELI'); // no restriction holds: the default
    const king = person('Old King');
    expect(roleAt(king, '1979-12-31').code).toBe('KNGGOV');
    expect(roleAt(king, '1980-01-01').code).toBe('KNG');
  });
  it('lets a primary phrase without a code share the codes that follow, as PETRARCH does', () => {
    const faramir = imp.organizations.find((o) => o.code === 'GONMIL')!;
    expect(faramir.name).toBe('Faramir');
    expect(faramir.aliases).toContain('Captain Faramir');
  });
  it('skips unusable codes and entries with reasons, and counts every entry', () => {
    const reasons = imp.skipped
      .filter((s) => s.kind === 'actors' || s.kind === 'actor-codes')
      .map((s) => `${s.text} → ${s.reason}`);
    expect(reasons.some((r) => r.startsWith('BOROMIR') && r.includes('no usable code'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('[---]') && r.includes('null code'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('[ELR/GAL]') && r.includes('three-letter groups'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('[HOBGOV 2012113]') && r.includes('date'))).toBe(true);
    expect(roleAt(person('Sam Gamgee'), '2010-01-01').code).toBe('HOBMIL');
    const a = imp.counts.actors;
    expect(a.read).toBe(8); // ARNOR, BARACK_OBAMA, OLD_KING, BOROMIR, LORIEN, SAM_GAMGEE, FARAMIR_, CAPTAIN_FARAMIR
    expect(a.read).toBe(a.written + a.skipped);
    const c = imp.counts['actor-codes'];
    expect(c.read).toBe(c.written + c.skipped);
  });
});

describe('petrarch import: agents', () => {
  const words = (code: string) => imp.sectors.find((s) => s.code === code)?.triggers ?? [];
  it('makes sector words with plurals, {} (none) and {PLURAL}, and expands !MARKER! sets', () => {
    expect(words('GOV')).toEqual(
      expect.arrayContaining([
        'ambassador',
        'ambassadors',
        'attorney general',
        'attorneys general',
        'foreign minister',
        'foreign ministers',
      ]),
    );
    expect(words('COP')).toEqual(['police']);
    expect(words('LEG')).toEqual(['congressman', 'congressmen', 'congresswoman']);
  });
  it('narrows long and prefix codes with a note; skips rules and code-less lines with reasons', () => {
    expect(
      imp.notes.some(
        (n) => n.text.startsWith('FOREIGN_MINISTER') && n.note.includes('narrowed to sector GOV'),
      ),
    ).toBe(true);
    expect(imp.notes.some((n) => n.text.startsWith('HUMAN_RIGHTS_BODY') && n.note.includes('prefix'))).toBe(
      true,
    );
    const skipped = imp.skipped.filter((s) => s.kind === 'agents').map((s) => s.reason);
    expect(skipped).toHaveLength(2);
    expect(imp.counts.agents).toEqual({ read: 8, written: 6, skipped: 2 });
  });
});

describe('petrarch import: verbs', () => {
  const byPattern = (p: string) => imp.triggers.find((t) => t.pattern === p);
  it('makes one trigger per verb with its lemma and forms, coded through cameo.json', () => {
    const meet = imp.triggers.find((t) => t.pattern.startsWith('meet|'))!;
    expect(meet.pattern.split('|')).toEqual(expect.arrayContaining(['meet', 'met', 'meeting', 'meets']));
    expect(meet.cameo).toBe('031');
    expect(meet.type).toBe(k.events.cameoByCode.get('031')!.plover!.type);
    expect(
      imp.notes.some((n) => n.text === 'MEET {MET MEETING MEETS}' && n.note.includes('reverse event [031]')),
    ).toBe(true);
  });
  it('writes patterns as lemmas after the head: blanks become gaps, _ keeps words together', () => {
    const talks = imp.triggers.find((t) => t.cameo === '036')!;
    expect(talks.pattern).toMatch(/^meet\|.* \.\.\. talks\|talk$/);
    expect(byPattern('break down')?.cameo).toBe('161');
  });
  it('expands synsets into alternatives, or into one trigger per phrase', () => {
    expect(
      imp.triggers.some(
        (t) => t.cameo === '064' && /restore \.\.\. military\|economic \.\.\. ties\|tie$/.test(t.pattern),
      ),
    ).toBe(true);
    const curr = imp.triggers.filter((t) => t.cameo === '071').map((t) => t.pattern);
    expect(curr).toEqual(['restore ... dollars|dollar', 'restore ... gold pieces|piece']);
  });
  it('maps $ and + to slots: after a preposition pp:PREP, before the verb the subject, [:CODE] swaps them', () => {
    const inPat = imp.triggers.find((t) => t.cameo === '075')!;
    expect(inPat.source).toBe('pp:in');
    expect(inPat.target).toBe('subject');
    const rev = imp.triggers.find((t) => t.cameo === '173')!;
    expect(rev.source).not.toBe('subject');
    expect(rev.target).toBe('subject');
  });
  it('turns a one-word null-code pattern into excludes of the block verbs', () => {
    expect(imp.triggers.find((t) => t.pattern === 'restore')?.excludes).toEqual(['card']);
    expect(imp.triggers.find((t) => t.pattern.startsWith('meet|') && t.cameo === '031')?.excludes).toEqual([
      'out',
    ]);
  });
  it('skips what cannot be expressed, with the reason', () => {
    const why = (text: string) => imp.skipped.find((s) => s.text === text)?.reason ?? '';
    expect(why('- SAID * [112]')).toMatch(/before the verb/);
    expect(why('- % * [030]')).toMatch(/compound/);
    expect(why('- * DOWN NEWS [---]')).toMatch(/null-code/);
    expect(why('- * SECRETS [903]')).toMatch(/not a CAMEO code/);
    expect(why('- * FOR ^ + [173]')).toMatch(/skipped phrase/);
    expect(why('SAY')).toMatch(/no PLOVER type/);
    expect(why('ARREST')).toMatch(/null code/);
    const v = imp.counts.verbs;
    expect(v.read).toBe(v.written + v.skipped);
    expect(v.read).toBe(17); // 5 verb lines + 12 patterns
  });
  it('writes only valid, compilable triggers with unique ids', () => {
    for (const t of imp.triggers) expect(TriggerSchema.safeParse(t).success).toBe(true);
    expect(new Set(imp.triggers.map((t) => t.id)).size).toBe(imp.triggers.length);
    expect(() => compileTriggers(imp.triggers)).not.toThrow();
  });
});

describe('petrarch import: discards, writing, lint, coding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('reads sentence and story discards', () => {
    expect(imp.discards).toEqual([
      { phrase: 'months later', scope: 'sentence' },
      { phrase: 'world golf championships', scope: 'story' },
    ]);
  });
  it('writes knowledge files that lint clean, and lint reports a bad one', () => {
    writeImport(imp, dir);
    const res = lintKnowledgeDir(dir, { cameo: k.events.cameo, plover: k.events.plover });
    expect(res.filter((f) => !f.unknown).every((f) => f.errors.length === 0)).toBe(true);
    expect(res.find((f) => f.file === 'events/triggers.json')?.entries).toBe(imp.triggers.length);
    writeFileSync(
      join(dir, 'events', 'triggers.json'),
      JSON.stringify([{ ...imp.triggers[0], type: 'ASSAULT' }, imp.triggers[0]]),
    );
    const bad = lintKnowledgeDir(dir, { cameo: k.events.cameo, plover: k.events.plover }).find(
      (f) => f.file === 'events/triggers.json',
    )!;
    expect(bad.errors.join('\n')).toMatch(/but CAMEO/);
    expect(bad.errors.join('\n')).toMatch(/duplicate trigger id/);
  });
  it('codes a sentence with the imported actors and verbs', () => {
    const small = importPetrarch(
      [
        { path: 'a.actors.txt', text: 'ARNOR [ARN]\nGONDOR [GON]\n' },
        { path: 'a.verbs.txt', text: '--- CONDEMN [122] ---\nCONDEMN\n' },
      ],
      k,
    );
    const rec = codeArticle(
      { input: 't', kind: 'text', body: 'Arnor condemned Gondor on Monday.', meta: {} },
      withImport(k, small, 'replace'),
      { published: '1995-01-02' },
    );
    const e = rec.events[0];
    expect(e.cameo).toBe('122');
    const code = (id: string) => rec.actors.find((a) => a.id === id)?.code;
    expect(e.source.map(code)).toEqual(['ARN']);
    expect(e.target.map(code)).toEqual(['GON']);
  });
});
