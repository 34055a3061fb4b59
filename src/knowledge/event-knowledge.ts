import type { Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  type CameoCodeEntry,
  CameoFileSchema,
  IntentFileSchema,
  type PatternToken,
  PloverFileSchema,
  type PloverTypeInfo,
  parsePattern,
  regularInflections,
  type Trigger,
  TriggerFileSchema,
} from './event-schema.js';

/** A trigger with its parsed pattern and its position in the file (for tie-breaking). */
export interface CompiledTrigger {
  readonly trigger: Trigger;
  readonly tokens: readonly PatternToken[];
  readonly order: number;
  /** Number of word tokens in the pattern (longer wins). */
  readonly words: number;
  /** `requires` and `excludes` split into their lemma alternatives once, not at every word. */
  readonly requires: readonly (readonly string[])[];
  readonly excludes: readonly (readonly string[])[];
  /** Per pattern token: its word set (null for a gap or {np}), built once at load. */
  readonly tokenSets: readonly (WordSet | null)[];
  readonly requireSets: readonly WordSet[];
  readonly excludeSets: readonly WordSet[];
}

/**
 * A pattern word's alternatives compiled for matching: the alternatives themselves and all their
 * regular inflections, so matching a word is a few `has` calls and allocates nothing.
 */
export interface WordSet {
  readonly alternatives: readonly string[];
  readonly forms: ReadonlySet<string>;
  readonly inflections: ReadonlySet<string>;
}

/** Builds the word set of a list of alternatives. */
export function compileWordSet(alternatives: readonly string[]): WordSet {
  const inflections = new Set<string>();
  for (const a of alternatives) for (const f of regularInflections(a)) inflections.add(f);
  return { alternatives, forms: new Set(alternatives), inflections };
}

/** Event ontology and trigger lexicon, indexed for the event stage. */
export interface EventKnowledge {
  readonly plover: readonly PloverTypeInfo[];
  readonly ploverByType: ReadonlyMap<string, PloverTypeInfo>;
  readonly cameo: readonly CameoCodeEntry[];
  readonly cameoByCode: ReadonlyMap<string, CameoCodeEntry>;
  readonly triggers: readonly CompiledTrigger[];
  /** Triggers by every alternative of their head word. */
  readonly byHead: ReadonlyMap<string, readonly CompiledTrigger[]>;
  /** Stated intentions: act CAMEO prefix → the code of a promise (AGREE), threat or refusal. */
  readonly intent: {
    readonly agree: ReadonlyMap<string, string>;
    readonly threaten: ReadonlyMap<string, string>;
    /** Stated refusals: act CAMEO prefix → REJECT code (12x). */
    readonly reject: ReadonlyMap<string, string>;
  };
}

/** Compiles a trigger list (from knowledge/ or a user import) into the head index. */
export function compileTriggers(triggers: readonly Trigger[]): Pick<EventKnowledge, 'triggers' | 'byHead'> {
  // one word set per distinct alternatives list, shared by the triggers that name it
  const sets = new Map<string, WordSet>();
  const wordSet = (alternatives: readonly string[]) => {
    const key = alternatives.join('|');
    let set = sets.get(key);
    if (!set) {
      set = compileWordSet(alternatives);
      sets.set(key, set);
    }
    return set;
  };
  const compiled = triggers.map((trigger, order): CompiledTrigger => {
    const tokens = parsePattern(trigger.pattern);
    const requires = (trigger.requires ?? []).map((r) => r.split('|'));
    const excludes = (trigger.excludes ?? []).map((x) => x.split('|'));
    return {
      trigger,
      tokens,
      order,
      words: tokens.filter((t) => t.kind === 'word').length,
      requires,
      excludes,
      tokenSets: tokens.map((t) => (t.kind === 'word' ? wordSet(t.alternatives) : null)),
      requireSets: requires.map(wordSet),
      excludeSets: excludes.map(wordSet),
    };
  });
  const byHead = new Map<string, CompiledTrigger[]>();
  for (const c of compiled) {
    const head = c.tokens[0];
    if (head.kind !== 'word') continue;
    // Index the head under its regular inflections too, so a word wink lemmatised wrongly is found.
    for (const alt of head.alternatives) {
      for (const key of [alt, ...regularInflections(alt)]) {
        const list = byHead.get(key) ?? [];
        if (!list.includes(c)) list.push(c);
        byHead.set(key, list);
      }
    }
  }
  return { triggers: compiled, byHead };
}

/** Loads knowledge/events/*.json, validated; missing files give an empty ontology. */
export function loadEventKnowledge(dir: string, hash: Hash): EventKnowledge {
  const read = <T>(file: string, schema: z.ZodType<T>, empty: T): T => {
    const path = join(dir, 'events', file);
    if (!existsSync(path)) return empty;
    const text = readFileSync(path, 'utf8');
    hash.update(text);
    const r = schema.safeParse(JSON.parse(text));
    if (!r.success)
      throw new Error(
        `knowledge file ${path} is invalid: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`,
      );
    return r.data;
  };
  const plover = read('plover.json', PloverFileSchema as unknown as z.ZodType<PloverTypeInfo[]>, []);
  const cameo = read('cameo.json', CameoFileSchema, []);
  const triggers = read('triggers.json', TriggerFileSchema, []);
  const intentFile = read('intent.json', IntentFileSchema, {
    about: '',
    agree: {},
    threaten: {},
    reject: {},
  });
  const intent = {
    agree: new Map(Object.entries(intentFile.agree)),
    threaten: new Map(Object.entries(intentFile.threaten)),
    reject: new Map(Object.entries(intentFile.reject)),
  };
  return {
    plover,
    ploverByType: new Map(plover.map((p) => [p.type, p])),
    cameo,
    cameoByCode: new Map(cameo.map((c) => [c.code, c])),
    ...compileTriggers(triggers),
    intent,
  };
}
