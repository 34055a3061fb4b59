import { type CameoCodeEntry, type SlotT, type Trigger, TriggerSchema } from '../event-schema.js';
import { isNullCode, type MappedCode, mapPetrarchCode } from './cameo-map.js';
import { verbLemma } from './lemma.js';
import { bracketGroups, type DictLine, dictLines, phraseWords } from './petrarch-text.js';
import type { ImportSink } from './types.js';
import { convertPattern, type Synsets, wordAlternatives } from './verb-pattern.js';

/** Target slots after the object, tried in order: PETRARCH takes the first actor after the verb, PPs included. */
const PP_TARGET: SlotT = [
  'pp:with',
  'pp:to',
  'pp:against',
  'pp:from',
  'pp:on',
  'pp:for',
  'pp:into',
  'pp:at',
  'pp:over',
  'pp:about',
  'pp:in',
  'pp:by',
  'pp:of',
];
/** Where the target of an imported verb is looked for when the pattern does not say. */
export const DEFAULT_TARGET: SlotT = ['object', ...PP_TARGET];

type MutableTrigger = { -readonly [K in keyof Trigger]: Trigger[K] };

interface Block {
  readonly line: DictLine;
  readonly code: string;
  /** Head alternatives of the block's one-word verbs (patterns apply to all of them). */
  readonly heads: string[];
  readonly slug: string;
  /** The triggers of the block's verbs on their own (null-code patterns become their `excludes`). */
  readonly base: MutableTrigger[];
}

const slugOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'verb';

/**
 * Reads a PETRARCH (or TABARI-style) verb dictionary into parley triggers. Synsets (`&NAME` and
 * `+` lines) are read first wherever they are; each `--- NAME [CODE] ---` block lists verbs (one
 * trigger each, pattern = the verb's lemma) and patterns (`- … * … [CODE]`, one trigger each,
 * head = every verb of the block). Codes map to PLOVER through `cameo.json`. A pattern with the
 * null code `[---]` and one word becomes an `excludes` item of the block's verb triggers.
 * Everything else that cannot be expressed is skipped with its reason.
 */
export function importVerbs(
  text: string,
  cameoByCode: ReadonlyMap<string, CameoCodeEntry>,
  sink: ImportSink,
  usedIds: Set<string> = new Set(),
): Trigger[] {
  const lines = dictLines(text);
  const synsets = readSynsets(lines);
  const out: Trigger[] = [];
  let block: Block | null = null;
  let inSynset = false;
  const newId = (type: string, slug: string, cameo: string) => {
    const base = `${type.toLowerCase()}.petr-${slug}-${cameo}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const make = (
    m: MappedCode,
    pattern: string,
    slug: string,
    source: SlotT | null,
    target: SlotT | null,
  ): MutableTrigger => {
    let src: SlotT = source ?? 'subject';
    let tgt: SlotT = target ?? (src === 'object' ? PP_TARGET : DEFAULT_TARGET);
    if (m.reversed) [src, tgt] = [tgt, src];
    return {
      id: newId(m.type, slug, m.cameo),
      pattern,
      pos: 'VERB',
      type: m.type,
      mode: m.mode,
      cameo: m.cameo,
      context: m.context,
      source: src,
      target: tgt,
    };
  };
  for (const line of lines) {
    const t = line.text.trim();
    if (t.startsWith('&')) {
      inSynset = true;
      continue;
    }
    if (t.startsWith('+') && inSynset) continue;
    inSynset = false;
    if (t.startsWith('<')) continue; // a tag line (PETRARCH reads '<' lines as comments)
    if (t.startsWith('---')) {
      const code = bracketGroups(t)[0] ?? '---';
      block = {
        line,
        code: code || '---',
        heads: [],
        slug: slugOf(t.replace(/\[.*$/, '').replace(/-/g, ' ')),
        base: [],
      };
      continue;
    }
    if (t.startsWith('~')) {
      sink.skip('verbs', line.n, t, 'PETRARCH2 transformation rule: parley has no rewriting of coded events');
      continue;
    }
    if (!block) {
      sink.skip('verbs', line.n, t, 'line outside a --- VERB --- block');
      continue;
    }
    if (t.startsWith('-')) pattern(line, t, block);
    else verb(line, t, block);
  }
  return out;

  function verb(line: DictLine, t: string, b: Block): void {
    const groups = bracketGroups(t);
    const code = groups[0] ?? b.code;
    const forms = /\{([^}]*)\}?/.exec(t)?.[1].split(/\s+/).filter(Boolean) ?? [];
    const phrase = t
      .replace(/\{[^}]*\}?/, '')
      .replace(/\[[^\]]*\]?/g, '')
      .trim();
    const words = phraseWords(phrase);
    let vi = words.findIndex((w) => w.startsWith('+'));
    if (vi < 0) vi = 0;
    if (vi > 0) {
      sink.skip(
        'verbs',
        line.n,
        t,
        `words before the verb ("${words.slice(0, vi).join(' ')}"): parley patterns begin at the verb`,
      );
      return;
    }
    const v = words[0]?.replace(/^\+/, '');
    if (!v) {
      sink.skip('verbs', line.n, t, 'no verb on the line');
      return;
    }
    const formWords = forms
      .map(
        (f) =>
          phraseWords(f)
            .find((w) => w.startsWith('+'))
            ?.slice(1) ??
          phraseWords(f)[0] ??
          '',
      )
      .filter(Boolean);
    const heads = [
      ...new Set([
        verbLemma(v),
        v.toLowerCase(),
        ...formWords.map((f) => f.toLowerCase()),
        ...formWords.map(verbLemma),
      ]),
    ].filter((h) => /^[a-z0-9][a-z0-9'.-]*$/.test(h));
    if (!heads.length) {
      sink.skip('verbs', line.n, t, `verb "${v}" cannot be a parley pattern word`);
      return;
    }
    const particles: string[] = [];
    for (const w of words.slice(1)) {
      const alts = wordAlternatives(w.replace(/^\+/, ''));
      if (!alts) {
        sink.skip('verbs', line.n, t, `word "${w}" cannot be a parley pattern word`);
        return;
      }
      particles.push(alts.join('|'));
    }
    if (!particles.length) for (const h of heads) if (!b.heads.includes(h)) b.heads.push(h);
    if (isNullCode(code)) {
      sink.skip(
        'verbs',
        line.n,
        t,
        'null code [---]: the verb alone codes no event (its block patterns are read on their own)',
      );
      return;
    }
    const m = mapPetrarchCode(code, cameoByCode);
    if ('reason' in m) {
      sink.skip('verbs', line.n, t, m.reason);
      return;
    }
    const trig = make(m, [heads.join('|'), ...particles].join(' '), slugOf(v), null, null);
    const bad = invalid(trig);
    if (bad) {
      sink.skip('verbs', line.n, t, bad);
      return;
    }
    out.push(trig);
    if (!particles.length) b.base.push(trig);
    if (m.lostReverse)
      sink.note(
        'verbs',
        line.n,
        t,
        `reverse event [${m.lostReverse}] (target → source) not imported: a parley trigger codes one event`,
      );
    sink.wrote('verbs');
  }

  function pattern(line: DictLine, t: string, b: Block): void {
    const groups = bracketGroups(t);
    const body = t
      .slice(1)
      .replace(/\[[^\]]*\]?/g, '')
      .replace(/_ /g, ' ');
    if (!groups.length) {
      sink.skip('verbs', line.n, t, 'pattern without a [code]');
      return;
    }
    const stars = body.split('*').length - 1;
    if (stars !== 1) {
      sink.skip(
        'verbs',
        line.n,
        t,
        stars ? 'more than one * in the pattern' : 'no * (verb position) in the pattern',
      );
      return;
    }
    if (!b.heads.length) {
      sink.skip('verbs', line.n, t, 'the block has no one-word verb to head the pattern');
      return;
    }
    const [pre, post] = body.split('*');
    const code = groups[groups.length - 1];
    const conv = convertPattern(pre, post.replace(/\s+$/, ''), synsets);
    if ('reason' in conv) {
      sink.skip('verbs', line.n, t, conv.reason);
      return;
    }
    if (isNullCode(code)) {
      const single =
        conv.tails.length === 1 &&
        /^(\.\.\. )?[a-z0-9'.|-]+$/.test(conv.tails[0]) &&
        !conv.source &&
        !conv.target;
      if (!single) {
        sink.skip(
          'verbs',
          line.n,
          t,
          'null-code [---] pattern of several words: parley has no negative patterns',
        );
        return;
      }
      if (!b.base.length) {
        sink.skip('verbs', line.n, t, 'null-code [---] pattern: the block has no coded verb for it to block');
        return;
      }
      const word = conv.tails[0].replace(/^\.\.\. /, '');
      for (const trig of b.base) trig.excludes = [...new Set([...(trig.excludes ?? []), word])];
      sink.note(
        'verbs',
        line.n,
        t,
        `null-code pattern written as excludes "${word}" of the block's verb triggers (vetoes from 3 words before to 5 after the verb)`,
      );
      sink.wrote('verbs');
      return;
    }
    const m = mapPetrarchCode(code, cameoByCode);
    if ('reason' in m) {
      sink.skip('verbs', line.n, t, m.reason);
      return;
    }
    const head = b.heads.join('|');
    const made = conv.tails.map((tail) =>
      make(m, tail ? `${head} ${tail}` : head, b.slug, conv.source, conv.target),
    );
    const bad = made.map(invalid).find(Boolean);
    if (bad) {
      sink.skip('verbs', line.n, t, bad);
      return;
    }
    out.push(...made);
    if (m.lostReverse)
      sink.note(
        'verbs',
        line.n,
        t,
        `reverse event [${m.lostReverse}] (target → source) not imported: a parley trigger codes one event`,
      );
    if (conv.dropped.length)
      sink.note(
        'verbs',
        line.n,
        t,
        `synset phrases left out (not expressible as pattern words): ${conv.dropped.join('; ')}`,
      );
    if (conv.tails.length > 1)
      sink.note('verbs', line.n, t, `synset phrases expanded into ${conv.tails.length} triggers`);
    sink.wrote('verbs');
  }
}

/** Why a built trigger fails parley's trigger schema, or null when it passes. */
function invalid(t: Trigger): string | null {
  const r = TriggerSchema.safeParse(t);
  return r.success
    ? null
    : `not a valid parley trigger: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`;
}

/**
 * Every synset of the file: `&NAME` followed by `+PHRASE` lines. PETRARCH adds plurals unless a
 * `_` says not to; parley needs none, since pattern words match by lemma ("dollar" matches "dollars").
 */
export function readSynsets(lines: readonly DictLine[]): Synsets {
  const out = new Map<string, string[][]>();
  let cur: { name: string } | null = null;
  for (const line of lines) {
    const t = line.text.trim();
    if (t.startsWith('&')) {
      cur = { name: t.split(/\s+/)[0].toUpperCase().replace(/_+$/, '') };
      out.set(cur.name, []);
      continue;
    }
    if (cur && t.startsWith('+')) {
      const member = t.slice(1).trim().toUpperCase();
      const words = phraseWords(member);
      if (!words.length) continue;
      out.get(cur.name)!.push(words);
      continue;
    }
    cur = null;
  }
  return out;
}
