import type { Actor } from '../../model/record.js';
import { actorRecord } from './actor.js';
import type { ActorMention } from './actor-mention.js';

/** Mentions with the same identity become one actor; ids a1, a2 … in order of first mention. */
export function groupMentions(text: string, mentions: readonly ActorMention[]): Actor[] {
  const byKey = new Map<string, Actor>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    let a = byKey.get(m.key);
    if (!a) {
      a = actorRecord(`a${byKey.size + 1}`, m, []);
      byKey.set(m.key, a);
    }
    if (!a.mentions.some((x) => x.start === m.start && x.end === m.end))
      a.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    a.confidence = Math.max(a.confidence, m.confidence);
    // A later, fuller mention names an unknown person better ("Smith" after "John Smith").
    if (!a.known && m.name.length > a.name.length) a.name = m.name;
  }
  return [...byKey.values()];
}
