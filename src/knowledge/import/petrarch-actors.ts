import { type Organization, OrganizationSchema, type Person, PersonSchema, type Role } from '../schema.js';
import {
  beforeBracket,
  bracketGroups,
  type DictLine,
  dictLines,
  displayName,
  nextDay,
  petrarchDate,
} from './petrarch-text.js';
import type { ImportSink } from './types.js';

/** What the actor importer needs to know about parley's own knowledge. */
export interface ActorContext {
  /** Country codes parley knows (a code's first three letters name a country only when listed). */
  readonly countries: ReadonlySet<string>;
  /** Sector codes parley knows (GOV, MIL, REB …). */
  readonly sectors: ReadonlySet<string>;
}

/** The start of time for a PETRARCH `<date` restriction ("before this date"). */
export const EARLIEST = '0001';

const CODE = /^[A-Z]{3}([A-Z]{3})*$/;
const ARMED = new Set(['REB', 'INS', 'UAF', 'IMG']);
const ORGS = new Set(['IGO', 'NGO', 'NGM', 'MNC', 'IMG']);

interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  /** Exclusive end (PETRARCH's ends are inclusive: one day is added). */
  readonly to: string | null;
  readonly line: DictLine;
}

interface Entry {
  readonly line: DictLine;
  /** Every primary line of the entry: code-less primaries share the codes that follow (as in PETRARCH). */
  readonly primaries: DictLine[];
  readonly phrase: string;
  readonly synonyms: string[];
  readonly codes: DatedCode[];
  /** Codes that were read but could not be used (already reported). */
  badCodes: number;
}

/** Parses one `[CODE restriction]` group; returns the dated code or the reason it is unusable. */
export function parseActorCode(
  group: string,
): { code: string; from: string | null; to: string | null } | { reason: string } {
  const m = /^(\S*)\s*(.*)$/.exec(group.trim())!;
  const code = m[1].toUpperCase();
  const rest = m[2].trim();
  if (!code) return { reason: 'empty code []' };
  if (/^-+$/.test(code)) return { reason: `null code [${code}]: PETRARCH codes no actor for it` };
  if (!CODE.test(code)) return { reason: `"${m[1]}" is not an actor code of three-letter groups` };
  if (!rest) return { code, from: null, to: null };
  const bound = /^([<>])\s*(\d+)$/.exec(rest);
  if (bound) {
    const d = petrarchDate(bound[2]);
    if (!d) return { reason: `"${bound[2]}" is not a date (YYMMDD or YYYYMMDD)` };
    return bound[1] === '<' ? { code, from: null, to: nextDay(d) } : { code, from: d, to: null };
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(rest);
  if (range) {
    const a = petrarchDate(range[1]);
    const b = petrarchDate(range[2]);
    if (!a || !b) return { reason: `"${rest}" is not a date range (YYMMDD-YYMMDD or YYYYMMDD-YYYYMMDD)` };
    if (b < a) return { reason: `date range "${rest}" ends before it begins` };
    return { code, from: a, to: nextDay(b) };
  }
  return { reason: `"${rest}" is not a date restriction (<date, >date or date-date)` };
}

/**
 * Reads a PETRARCH/TABARI actor dictionary. An entry is a primary phrase, its `+` synonyms and
 * its codes (on the phrase's line, or on indented lines below it). An entry with any dated code
 * becomes a Person whose roles carry the dates (dated codes first, in file order, then the
 * undated default, so the first restriction that holds wins as in PETRARCH); an entry with only
 * an undated code becomes an Organization.
 */
export function importActors(
  text: string,
  cx: ActorContext,
  sink: ImportSink,
): { people: Person[]; organizations: Organization[] } {
  const people: Person[] = [];
  const organizations: Organization[] = [];
  let cur: Entry | null = null;
  const flush = () => {
    if (cur) convert(cur, cx, sink, people, organizations);
    cur = null;
  };
  const addCodes = (e: Entry, line: DictLine, groups: string[]) => {
    for (const g of groups) {
      const c = parseActorCode(g);
      if ('reason' in c) {
        sink.skip('actor-codes', line.n, `[${g}]`, c.reason);
        e.badCodes++;
      } else e.codes.push({ ...c, line });
    }
  };
  for (const line of dictLines(text, { semicolon: true })) {
    const t = line.text;
    if (t.includes('---STOP---')) break;
    if (t.trimStart().startsWith('<')) continue; // PETRARCH reads any '<' line as a comment
    if (/^\s/.test(t)) {
      // an indented line: date restrictions (codes) of the current entry
      const groups = bracketGroups(t);
      if (!cur) sink.skip('actors', line.n, t, 'code line with no actor phrase above it');
      else if (!groups.length) sink.skip('actor-codes', line.n, t, 'indented line without a [code]');
      else addCodes(cur, line, groups);
      continue;
    }
    if (t.startsWith('+')) {
      const syn = beforeBracket(t.slice(1)).trim();
      if (!cur) sink.skip('actors', line.n, t, 'synonym (+) with no actor phrase above it');
      else {
        if (syn) (cur as Entry).synonyms.push(syn);
        if (t.includes('[')) addCodes(cur, line, bracketGroups(t));
      }
      continue;
    }
    const phrase = beforeBracket(t).trim();
    const open = cur as Entry | null;
    if (open && !open.codes.length && !open.badCodes && open.phrase && phrase) {
      // PETRARCH stores a primary phrase without a code under the codes that come next
      open.synonyms.push(phrase);
      open.primaries.push(line);
      sink.note(
        'actors',
        line.n,
        t,
        `shares the codes of "${open.phrase}" (a primary phrase with no code of its own, as PETRARCH reads it)`,
      );
      addCodes(open, line, bracketGroups(t));
      continue;
    }
    flush();
    const e: Entry = { line, primaries: [line], phrase, synonyms: [], codes: [], badCodes: 0 };
    cur = e;
    addCodes(e, line, bracketGroups(t));
  }
  flush();
  return { people, organizations };
}

function convert(e: Entry, cx: ActorContext, sink: ImportSink, people: Person[], orgs: Organization[]): void {
  const skipAll = (reason: string) => {
    for (const p of e.primaries) sink.skip('actors', p.n, p.text, reason);
    for (const c of e.codes)
      sink.skip('actor-codes', c.line.n, c.code, `its actor entry was skipped: ${reason}`);
  };
  const wroteAll = () => {
    for (let i = 0; i < e.primaries.length; i++) sink.wrote('actors');
  };
  if (!e.phrase) {
    skipAll('no actor phrase before the code');
    return;
  }
  if (!e.codes.length) {
    skipAll(e.badCodes ? 'no usable code (see actor-codes)' : 'no code');
    return;
  }
  const name = displayName(e.phrase);
  const aliases = [...new Set(e.synonyms.map(displayName))].filter(
    (a) => a.toLowerCase() !== name.toLowerCase(),
  );
  const dated = e.codes.filter((c) => c.from || c.to);
  const plain = e.codes.filter((c) => !c.from && !c.to);
  if (dated.length) {
    const roles: Role[] = [...dated, ...plain].map((c) => ({
      code: c.code,
      title: c.code,
      country: countryOf(c.code, cx),
      from: c.from ?? EARLIEST,
      to: c.to,
    }));
    const person = { name, aliases, roles };
    const bad = PersonSchema.safeParse(person);
    if (!bad.success) {
      skipAll(
        `not a valid parley person: ${bad.error.issues[0]?.path.join('.')} ${bad.error.issues[0]?.message}`,
      );
      return;
    }
    people.push(person);
    for (let i = 0; i < e.codes.length; i++) sink.wrote('actor-codes');
    wroteAll();
    return;
  }
  const first = plain[0];
  const org: Organization = {
    code: first.code,
    name,
    aliases,
    kind: orgKind(first.code),
    country: countryOf(first.code, cx),
    sector: sectorOf(first.code, cx),
  };
  const bad = OrganizationSchema.safeParse(org);
  if (!bad.success) {
    skipAll(
      `not a valid parley organization: ${bad.error.issues[0]?.path.join('.')} ${bad.error.issues[0]?.message}`,
    );
    return;
  }
  for (const extra of plain.slice(1)) {
    if (extra.code === first.code) sink.wrote('actor-codes');
    else
      sink.skip(
        'actor-codes',
        extra.line.n,
        extra.code,
        `a second undated code: ${first.code} is used (PETRARCH takes the first)`,
      );
  }
  sink.wrote('actor-codes');
  orgs.push(org);
  wroteAll();
}

function groups(code: string): string[] {
  return code.match(/.{3}/g) ?? [];
}

function countryOf(code: string, cx: ActorContext): string | null {
  const c = code.slice(0, 3);
  return cx.countries.has(c) ? c : null;
}

function sectorOf(code: string, cx: ActorContext): string | null {
  return (
    groups(code)
      .slice(1)
      .find((g) => cx.sectors.has(g)) ?? null
  );
}

function orgKind(code: string): Organization['kind'] {
  const g = groups(code);
  if (g.some((x) => ARMED.has(x))) return 'armed-group';
  if (ORGS.has(g[0])) return 'organization';
  if (g.length === 1 || g.includes('GOV')) return 'government';
  return 'group';
}
