import type { Actor, Place } from '../../model/record.js';

/**
 * Unknown titled people with no country of their own ("President Laurent Gbagbo" when he is in
 * no dictionary) take the article's focus country: the country its places and state actors name
 * most. Their code becomes that country plus the title's sector (CIVGOV). Pure.
 */
export function assignFocusCountry(actors: readonly Actor[], places: readonly Place[]): Actor[] {
  const counts = new Map<string, number>();
  const add = (c: string | null, n: number) => c && counts.set(c, (counts.get(c) ?? 0) + n);
  for (const p of places) add(p.country, p.mentions.length);
  for (const a of actors) if (a.kind === 'state') add(a.country, a.mentions.length);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // only a clear focus: one country, or one named clearly more often than the next
  if (!ranked.length || (ranked[1] && ranked[1][1] * 2 > ranked[0][1])) return [...actors];
  const focus = ranked[0][0];
  return actors.map((a) =>
    // an organisation's own officer keeps its code ("Arab League Secretary General X": IGOARL)
    a.kind === 'person' && !a.known && !a.country && !a.code
      ? { ...a, country: focus, code: focus + (a.sector ?? ''), confidence: Math.min(a.confidence, 0.5) }
      : a,
  );
}
