import type { Actor, Place } from '../../model/record.js';
import { actorWith } from './actor.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Unknown titled people with no country of their own ("President Laurent Gbagbo" when he is in
 * no dictionary) take a country from their context: the nearest country named before them in
 * their own sentence ("an Argentine judge ordered former president X …"), else the article's
 * focus country, the one its places and actors name clearly most. Their code becomes that
 * country plus the title's sector (CIVGOV). An ethnic group named by a demonym ("ethnic
 * Albanians") takes the other country its sentence names most, where it lives. Pure.
 */
export function assignFocusCountry(
  actors: readonly Actor[],
  places: readonly Place[],
  sentences: readonly Span[] = [],
  text = '',
): Actor[] {
  const counts = new Map<string, number>();
  const add = (c: string | null, n: number) => c && counts.set(c, (counts.get(c) ?? 0) + n);
  // a country named as a place and as an actor at one spot counts once
  const seen = new Set<number>();
  const named: { start: number; end: number; country: string }[] = [];
  for (const a of actors) {
    if (!a.country) continue;
    add(a.country, a.mentions.length);
    for (const m of a.mentions) {
      seen.add(m.start);
      named.push({ start: m.start, end: m.end, country: a.country });
    }
  }
  for (const p of places) {
    if (!p.country) continue;
    const fresh = p.mentions.filter((m) => !seen.has(m.start));
    add(p.country, fresh.length);
    for (const m of fresh) named.push({ start: m.start, end: m.end, country: p.country });
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // only a clear focus: one country, or one named clearly more often than the next
  const focus = ranked.length && !(ranked[1] && ranked[1][1] * 2 > ranked[0][1]) ? ranked[0][0] : null;
  const nearestBefore = (at: number): string | null => {
    const s = sentences.find((x) => at >= x.start && at < x.end);
    if (!s) return null;
    const before = named.filter((n) => n.start >= s.start && n.end <= at).sort((x, y) => y.end - x.end);
    return before[0]?.country ?? null;
  };
  const sentenceOf = (at: number) => sentences.find((x) => at >= x.start && at < x.end);
  /** The country a sentence names most, other than `own`, if one does so clearly. */
  const hostIn = (s: Span, own: string): string | null => {
    const n = new Map<string, number>();
    for (const x of named)
      if (x.start >= s.start && x.end <= s.end && x.country !== own)
        n.set(x.country, (n.get(x.country) ?? 0) + 1);
    const r = [...n].sort((a, b) => b[1] - a[1]);
    return r.length && !(r[1] && r[1][1] === r[0][1]) ? r[0][0] : null;
  };
  const refocused = (a: Actor): Actor => {
    // "ethnic Albanians" in a story about Macedonia are Macedonia's people (as CAMEO codes them)
    const ethnic =
      a.kind === 'state' &&
      a.mentions.length > 0 &&
      a.mentions.every((m) => /\bethnic\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)));
    if (ethnic && a.country) {
      const s = sentenceOf(a.mentions[0].start);
      const host = s && hostIn(s, a.country);
      if (host)
        return actorWith(a, {
          code: `${host}CVL`,
          kind: 'sector',
          country: host,
          sector: 'CVL',
          confidence: 0.5,
        });
    }
    // an organisation's own officer keeps its code ("Arab League Secretary General X": IGOARL)
    if (!(a.kind === 'person' && !a.known && !a.country && !a.code)) return a;
    const country = (a.mentions[0] && nearestBefore(a.mentions[0].start)) ?? focus;
    return country
      ? actorWith(a, { country, code: country + (a.sector ?? ''), confidence: Math.min(a.confidence, 0.5) })
      : a;
  };
  const out: Actor[] = [];
  for (const a of actors) out.push(refocused(a));
  return out;
}
