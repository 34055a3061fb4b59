import { z } from 'zod';
import { EventStatus, PloverType } from '../model/record.js';

/**
 * The formats of parley's event knowledge (under `knowledge/events/`):
 *
 * - `plover.json`   the 16 PLOVER event types with their quad, intensity, modes and contexts;
 * - `cameo.json`    the full CAMEO code table (from the CAMEO codebook CSV) with each code's
 *                   PLOVER type, mode and contexts (from the CAMEO→PLOVER 2021 table);
 * - `triggers.json` parley's own trigger lexicon: word patterns that signal an event.
 *
 * The CAMEO↔PLOVER mapping in both directions is derived from `cameo.json` (and the per-type
 * and per-mode default codes in `plover.json`); there is no separate mapping file.
 */

/** A CAMEO event code: two to four digits ("04", "043", "0874"). */
export const CameoCode = z.string().regex(/^\d{2,4}$/, 'CAMEO code: 2–4 digits');

/** The CAMEO/PLOVER quad category of an event type. */
export const Quad = z.enum([
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
]);

/**
 * PLOVER context values (the PLOVER manual's general contexts plus the values the 2021
 * CAMEO→PLOVER table uses: executive, democracy, pro_autocracy, asylum). Temporal "contexts"
 * (future, historical, hypothetical) are not here: parley puts them in the event `status`.
 */
export const PloverContext = z.enum([
  'political',
  'military',
  'intelligence',
  'peacekeeping',
  'economic',
  'diplomatic',
  'resource',
  'culture',
  'disease',
  'enviro_disaster',
  'migration',
  'humanitarian',
  'legal',
  'human_rights',
  'rights_freedoms',
  'gender',
  'lgbt',
  'terrorism',
  'human_security',
  'religion_ethnicity',
  'government',
  'executive',
  'election',
  'legislative',
  'cbrn',
  'cyber',
  'political_institutions',
  'democracy',
  'pro_autocracy',
  'asylum',
  'corruption',
  'crime',
  'crime_murder',
  'crime_theft',
  'crime_drugs',
  'crime_sexual',
]);

/** A PLOVER mode name: lower case, words joined by "-" ("third-party", "martial-law"). */
const ModeName = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'mode: lower-case words joined by "-"');

/** One mode of a PLOVER type (`plover.json` → `modes[]`). */
export const PloverModeSchema = z.object({
  mode: ModeName,
  description: z.string().min(1),
  /** The CAMEO code an event of this type and mode gets when nothing more specific is known. */
  cameo: CameoCode.nullable(),
  /** Other names for the same mode seen in PLOVER drafts and gold data ("suicide" for "suicide-attack"). */
  aliases: z.array(z.string()).optional(),
});

/** knowledge/events/plover.json: one entry per PLOVER event type (all 16, in manual order). */
export const PloverTypeSchema = z.object({
  type: PloverType,
  description: z.string().min(1),
  quad: Quad,
  /**
   * Cooperation (+) / conflict (−) score on the Goldstein scale: the mean Goldstein score of the
   * CAMEO codes (3- and 4-digit) that map to this type in `cameo.json`, rounded to 0.1.
   */
  intensity: z.number().min(-10).max(10),
  /** Default CAMEO code for an event of this type with no mode or more specific code. */
  cameo: CameoCode,
  modes: z.array(PloverModeSchema),
  /** Contexts that events of this type typically carry (any context may be used with any type). */
  contexts: z.array(PloverContext),
});

/** The PLOVER side of one CAMEO code. */
export const CameoPloverSchema = z.object({
  type: PloverType,
  mode: ModeName.nullable(),
  /** Contexts; the 2021 table gives zero, one or two ("crime; corruption"). */
  context: z.array(PloverContext),
  /**
   * Where the mapping came from: "mapping" = the CAMEO2PLOVER-2021 table (mode names
   * normalised); "parent" = inherited from the nearest parent code in that table; "parley" =
   * this project's decision (codes the table leaves out, or a documented correction: see `note`).
   */
  via: z.enum(['mapping', 'parent', 'parley']),
  /** Why parley departs from or fills in the table (only when `via` is "parley"). */
  note: z.string().optional(),
});

/** knowledge/events/cameo.json: one entry per CAMEO code (all 312 codes of the codebook). */
export const CameoCodeSchema = z.object({
  code: CameoCode,
  name: z.string().min(1),
  /** Goldstein conflict–cooperation score, −10 … +10. */
  goldstein: z.number().min(-10).max(10),
  /** The two-digit root ("cue category") the code belongs to. */
  root: z.string().regex(/^\d{2}$/),
  /** Short description, at most 200 characters. */
  description: z.string().min(1).max(200),
  /**
   * PLOVER type, mode and contexts; null for the CAMEO "make public statement" codes that
   * PLOVER does not code at all (010–015, 017: comments, symbolic acts).
   */
  plover: CameoPloverSchema.nullable(),
});

// ---------------------------------------------------------------------------------------------
// Trigger patterns
// ---------------------------------------------------------------------------------------------

/** One token of a parsed trigger pattern. */
export type PatternToken =
  | { kind: 'word'; alternatives: string[] }
  | { kind: 'gap'; min: 0; max: 4 }
  | { kind: 'np' };

const WORD = /^[a-z0-9][a-z0-9'.-]*$/;

/**
 * Parses a trigger pattern into tokens, or throws with the reason it is malformed.
 *
 * Pattern syntax (what the trigger matcher implements):
 * - Tokens are separated by single spaces. Each token is one of
 *   - a LEMMA in lower case: "throw", "talk", "hold" (the lemma of "threw", "talks", "held");
 *   - alternatives joined by "|": "pull|withdraw" (any one of them);
 *   - `...`  a gap of 0–4 tokens (any tokens within the same sentence);
 *   - `{np}` a noun-phrase slot: one noun phrase (determiner/adjectives/nouns/proper nouns,
 *            possessives, "and"-coordinations); it is what the slot spec "object" refers to.
 * - The first token is the HEAD: always a word (never `...` or `{np}`); `pos` constrains it.
 * - A word matches a token when (a) it equals the token's lemma, or (b) it equals the token's
 *   lower-cased text, or (c) the token's lower-cased text is one of `regularInflections(word)`
 *   and the token is not a PROPN (unless it is the first word of its sentence). (b) and (c)
 *   absorb wink's gaps: unknown words are not lemmatised ("airstrikes"), sentence-initial nouns
 *   are tagged PROPN ("Talks"), some forms get a wrong lemma ("raped" → "rap", "staged" →
 *   "stag", "dialogues" → "dialog"), and British spellings are lemmatised to American ones
 *   ("recognised" → "recognize"; patterns list the American form, often both).
 *   Exception: the token "according" ("according to", lemma "accord") matches no pattern word.
 *   Hyphenated words are written with the hyphen ("cease-fire", "sit-in"): the matcher first
 *   joins token runs "a - b" that have no space between them into one word "a-b".
 * - A word written in an inflected form ("talks") matches only that form (and its own
 *   inflections), not the lemma: "talks" is the negotiations, "talk" would also be a speech.
 * - Word tokens after the head must follow in order; only `...` and `{np}` allow intervening
 *   tokens. A pattern never ends with `...`, and gaps are never adjacent.
 */
export function parsePattern(pattern: string): PatternToken[] {
  if (pattern !== pattern.trim() || pattern.includes('  '))
    throw new Error('tokens are separated by single spaces');
  const raw = pattern.split(' ');
  const out: PatternToken[] = [];
  raw.forEach((tok, i) => {
    if (tok === '...') {
      if (i === 0) throw new Error('the head (first token) cannot be a gap');
      if (i === raw.length - 1) throw new Error('a pattern cannot end with a gap');
      if (out[out.length - 1]?.kind !== 'word') throw new Error('a gap must follow a word');
      out.push({ kind: 'gap', min: 0, max: 4 });
    } else if (tok === '{np}') {
      if (i === 0) throw new Error('the head (first token) cannot be {np}');
      if (out[out.length - 1]?.kind !== 'word') throw new Error('{np} must follow a word');
      out.push({ kind: 'np' });
    } else {
      const alternatives = tok.split('|');
      for (const a of alternatives) if (!WORD.test(a)) throw new Error(`"${a}" is not a lower-case lemma`);
      out.push({ kind: 'word', alternatives });
    }
  });
  return out;
}

/**
 * The regular inflections of a lemma, for matching rule (c) of `parsePattern`: plural/3rd person
 * (-s, -es, y→-ies), past (-d, -ed, y→-ied, doubled final consonant) and -ing forms.
 * "rape" → rapes, raped, raping; "ban" → bans, banned, banning; "ally" → allies, allied.
 */
export function regularInflections(word: string): string[] {
  const out = new Set<string>([`${word}s`, `${word}es`, `${word}ed`, `${word}ing`]);
  if (word.endsWith('e')) {
    out.add(`${word}d`);
    out.add(`${word.slice(0, -1)}ing`);
  }
  if (/[^aeiou]y$/.test(word)) {
    out.add(`${word.slice(0, -1)}ies`);
    out.add(`${word.slice(0, -1)}ied`);
  }
  if (/[^aeiou][aeiou][bdfgklmnprstvz]$/.test(word)) {
    const last = word.slice(-1);
    out.add(`${word}${last}ed`);
    out.add(`${word}${last}ing`);
  }
  return [...out];
}

/** A trigger pattern string that `parsePattern` accepts. */
export const TriggerPattern = z.string().superRefine((p, ctx) => {
  try {
    parsePattern(p);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `bad pattern "${p}": ${(e as Error).message}` });
  }
});

/**
 * Where an event's source or target actors are found, relative to the matched trigger:
 * - "subject":   for a VERB head, the noun phrase before the verb (its subject); for a passive
 *                verb, the agent ("by X"). For a NOUN head, the subject of the verb that governs
 *                the noun ("X held talks", "X launched an attack").
 * - "object":    the `{np}` slot when the pattern has one; otherwise the noun phrase right after
 *                the verb (for a passive verb, its grammatical subject), or right after the last
 *                pattern token of a frame ("attack targeting X").
 * - "pp:PREP":   the noun phrase after preposition PREP ("pp:with", "pp:from", "pp:against",
 *                "pp:on", "pp:behind", "pp:to", "pp:of", "pp:by", "pp:in", "pp:at", "pp:for",
 *                "pp:between"...) in the same clause, after the head.
 * - "between":   both sides of "between X and Y" (all of them go into this slot).
 * - "possessor": X in "X's …", or the actor word modifying the head noun ("US withdrawal",
 *                "Taliban delegation", "Russian jets"); when the head noun itself denotes
 *                actors ("delegation", "protesters", "warplanes", "peacekeepers"), its whole
 *                noun phrase.
 * - "speaker":   the speaker of the quote the trigger stands in.
 * - "none":      the trigger gives no actor for this slot.
 * An array lists fallbacks tried in order; the first that yields an actor wins.
 * Actors are found INSIDE the noun phrase a slot designates ("Washington's initiative" → USA).
 */
export const SlotSpec = z.union([
  z.enum(['subject', 'object', 'between', 'possessor', 'speaker', 'none']),
  z.templateLiteral(['pp:', z.string().regex(/^[a-z]+$/)]),
]);
export const Slot = z.union([SlotSpec, z.array(SlotSpec).min(1)]);

/**
 * A `requires` or `excludes` item: lemmas joined by "|" (at least one of them must appear).
 */
const LemmaAlternatives = z.string().regex(/^[a-z0-9][a-z0-9'.-]*(\|[a-z0-9][a-z0-9'.-]*)*$/);

/**
 * knowledge/events/triggers.json: one entry of parley's trigger lexicon.
 *
 * Matching rules (for the matcher author):
 * 1. The head (first pattern token) must match a token whose POS fits `pos`: "VERB" = UD VERB;
 *    "NOUN" = UD NOUN; "ANY" = any POS. PROPN tokens fit "NOUN" and "ANY" only when they are
 *    the first word of their sentence (wink tags capitalised sentence-initial words PROPN);
 *    otherwise a PROPN is a name ("Loretta Lynch" is not "lynch"). "ANY" is used for verbs
 *    wink often mis-tags ("abducted"/NOUN, "beheaded"/ADJ) and for noun compounds whose head is
 *    a modifier ("hunger strike", "car bomb", "joint exercise").
 * 2. The other tokens follow as described in `parsePattern`, within one sentence.
 * 3. `requires`: every item must be satisfied: at least one of its lemmas occurs within the
 *    5 tokens after the head (for `{np}`/`...` patterns: after the last matched pattern token
 *    as well as after the head).
 * 4. `excludes`: the entry does not match when any listed lemma occurs on a token other than the
 *    head from 3 tokens before the head to 5 tokens after it ("news conference", "meet the
 *    deadline", "markets rallied"). `requires`/`excludes` lemmas match tokens like pattern words.
 * 5. Several entries can match at one head: keep the one with the most word tokens; on a tie,
 *    the one with more `requires` items; then the one earlier in the file.
 * 6. A match's span runs from the head to its last pattern token or, if later, the last token
 *    that satisfied a `requires` item ("hosting … talks"). When two matches (at different
 *    heads) have overlapping spans: if the earlier one is of type REQUEST, AGREE, REJECT,
 *    THREATEN or ACCUSE, keep it (the later one is what is demanded/promised/refused:
 *    "demanded the withdrawal of forces"); otherwise keep the larger span, then the one with
 *    more word tokens. More generally, a trigger inside the object or complement of a matched
 *    trigger of those five types (a noun object, a to-infinitive or that-clause) is not an
 *    event of its own ("called for a ceasefire", "accused X of attacks", "urged Y to
 *    withdraw"): drop it, or emit it with status "hypothetical".
 * 7. `type` always equals `cameo.json[cameo].plover.type`; `mode` is one of that type's modes.
 */
export const TriggerSchema = z.object({
  /** Unique id: "<type in lower case>.<slug>", e.g. "consult.host-talks". */
  id: z.string().regex(/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/),
  pattern: TriggerPattern,
  /** Part of speech the head must have. */
  pos: z.enum(['VERB', 'NOUN', 'ANY']),
  type: PloverType,
  mode: ModeName.nullable(),
  /** The nearest CAMEO code for what this trigger signals. */
  cameo: CameoCode,
  context: z.array(PloverContext),
  source: Slot,
  target: Slot,
  /** Lemma alternatives that must appear near the head (see matching rule 3). */
  requires: z.array(LemmaAlternatives).min(1).optional(),
  /** Lemma alternatives that veto the match (see matching rule 4). */
  excludes: z.array(LemmaAlternatives).min(1).optional(),
  /** Forced status ("planned" for "… to be held in"); null/absent: the matcher decides. */
  status: EventStatus.nullable().optional(),
  /** true: the event's date is a deadline ("deadline for the withdrawal"): sets the record's `deadline`. */
  deadline: z.boolean().optional(),
});

/** knowledge/events/plover.json */
export const PloverFileSchema = z.array(PloverTypeSchema).length(16);
/** knowledge/events/cameo.json */
export const CameoFileSchema = z.array(CameoCodeSchema);
/** knowledge/events/triggers.json */
export const TriggerFileSchema = z.array(TriggerSchema);

/** knowledge/events/intent.json: act CAMEO prefix → CAMEO code of the stated intention. */
export const IntentFileSchema = z.object({
  about: z.string(),
  agree: z.record(CameoCode, CameoCode),
  threaten: z.record(CameoCode, CameoCode),
  reject: z.record(CameoCode, CameoCode),
});

export type QuadT = z.infer<typeof Quad>;
export type PloverContextT = z.infer<typeof PloverContext>;
export type PloverMode = z.infer<typeof PloverModeSchema>;
export type PloverTypeInfo = z.infer<typeof PloverTypeSchema>;
export type CameoPlover = z.infer<typeof CameoPloverSchema>;
export type CameoCodeEntry = z.infer<typeof CameoCodeSchema>;
export type SlotSpecT = z.infer<typeof SlotSpec>;
export type SlotT = z.infer<typeof Slot>;
export type Trigger = z.infer<typeof TriggerSchema>;
export type IntentFile = z.infer<typeof IntentFileSchema>;
