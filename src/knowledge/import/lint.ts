import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import {
  type CameoCodeEntry,
  CameoCodeSchema,
  type PloverTypeInfo,
  PloverTypeSchema,
  TriggerSchema,
} from '../event-schema.js';
import { CountrySchema, OrganizationSchema, PersonSchema, SectorSchema, TitleSchema } from '../schema.js';

/** The lint result of one file. */
export interface LintFile {
  readonly file: string;
  /** Entries checked (0 when the file is not a JSON array or not a knowledge file). */
  readonly entries: number;
  readonly errors: string[];
  /** Set when the file is not one parley reads (it is listed, not checked). */
  readonly unknown?: boolean;
}

const DiscardSchema = z.object({ phrase: z.string().min(1), scope: z.enum(['sentence', 'story']) });

/** Which schema checks a file, by its path inside a knowledge folder. */
function schemaFor(rel: string): z.ZodType | null {
  const r = rel.replace(/\\/g, '/');
  if (r === 'actors/countries.json') return CountrySchema;
  if (r === 'actors/organizations.json' || r === 'actors/groups.json') return OrganizationSchema;
  if (r === 'actors/sectors.json') return SectorSchema;
  if (r === 'actors/titles.json') return TitleSchema;
  if (/^people\/[^/]+\.json$/.test(r)) return PersonSchema;
  if (r === 'events/plover.json') return PloverTypeSchema;
  if (r === 'events/cameo.json') return CameoCodeSchema;
  if (r === 'events/triggers.json') return TriggerSchema;
  if (r === 'import/discards.json') return DiscardSchema;
  return null;
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

/**
 * Checks every knowledge file under `dir` against its schema, entry by entry, plus what a
 * schema alone cannot say: unique trigger ids, each trigger's type and mode agreeing with its
 * CAMEO code (`cameo.json` and `plover.json` of `dir`, else of `reference`), roles that end
 * after they begin. At most `maxErrors` errors are listed per file.
 */
export function lintKnowledgeDir(
  dir: string,
  reference: { cameo: readonly CameoCodeEntry[]; plover: readonly PloverTypeInfo[] },
  maxErrors = 20,
): LintFile[] {
  if (!existsSync(dir)) throw new Error(`${dir}: no such folder`);
  const files = jsonFiles(dir);
  const readArray = (rel: string): unknown[] | null => {
    const p = join(dir, rel);
    if (!existsSync(p)) return null;
    try {
      const v = JSON.parse(readFileSync(p, 'utf8'));
      return Array.isArray(v) ? v : null;
    } catch {
      return null;
    }
  };
  const cameoList = (readArray('events/cameo.json') as CameoCodeEntry[] | null) ?? reference.cameo;
  const ploverList = (readArray('events/plover.json') as PloverTypeInfo[] | null) ?? reference.plover;
  const cameo = new Map(cameoList.map((c) => [c?.code, c]));
  const modes = new Map(ploverList.map((p) => [p?.type, new Set((p?.modes ?? []).map((m) => m.mode))]));
  const out: LintFile[] = [];
  for (const path of files) {
    const rel = relative(dir, path).replace(/\\/g, '/');
    const schema = schemaFor(rel);
    if (!schema) {
      out.push({ file: rel, entries: 0, errors: [], unknown: true });
      continue;
    }
    const errors: string[] = [];
    const err = (s: string) => {
      if (errors.length < maxErrors) errors.push(s);
      else if (errors.length === maxErrors) errors.push('… more errors not listed');
    };
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      out.push({ file: rel, entries: 0, errors: [`not JSON: ${(e as Error).message}`] });
      continue;
    }
    if (!Array.isArray(data)) {
      out.push({ file: rel, entries: 0, errors: ['not a JSON array'] });
      continue;
    }
    const ids = new Set<string>();
    data.forEach((item, i) => {
      const r = schema.safeParse(item);
      if (!r.success) {
        for (const iss of r.error.issues.slice(0, 2)) err(`[${i}] ${iss.path.join('.')}: ${iss.message}`);
        return;
      }
      if (rel === 'events/triggers.json') {
        const t = r.data as z.infer<typeof TriggerSchema>;
        if (ids.has(t.id)) err(`[${i}] duplicate trigger id "${t.id}"`);
        ids.add(t.id);
        const c = cameo.get(t.cameo);
        if (!c) err(`[${i}] ${t.id}: CAMEO code ${t.cameo} is not in cameo.json`);
        else if (!c.plover) err(`[${i}] ${t.id}: CAMEO ${t.cameo} has no PLOVER type`);
        else if (c.plover.type !== t.type)
          err(`[${i}] ${t.id}: type ${t.type} but CAMEO ${t.cameo} is ${c.plover.type}`);
        if (t.mode && !modes.get(t.type)?.has(t.mode))
          err(`[${i}] ${t.id}: mode "${t.mode}" is not a mode of ${t.type}`);
      }
      if (rel.startsWith('people/')) {
        for (const role of (r.data as z.infer<typeof PersonSchema>).roles)
          if (role.to && role.to < role.from)
            err(`[${i}] role ${role.code} ends (${role.to}) before it begins (${role.from})`);
      }
    });
    out.push({ file: rel, entries: data.length, errors });
  }
  return out;
}
