import type { Time } from '../model/record.js';
import { recordTime } from './times/types.js';

/**
 * The same expression with the same value is one time with several mentions ("on Thursday"
 * in the lede and again in the body), as an actor is one actor however often it is named.
 * Returns the merged times (ids renumbered t1…) and a map from old ids to new ones.
 */
export function mergeTimeMentions(times: readonly Time[]): { times: Time[]; idMap: Map<string, string> } {
  const out: Time[] = [];
  const idMap = new Map<string, string>();
  const byKey = new Map<string, Time>();
  for (const t of times) {
    const key = `${t.type}|${t.value}|${t.text.toLowerCase().replace(/^(on|in|at|by|the)\s+/, '')}|${t.deadline ? 1 : 0}`;
    const have = byKey.get(key);
    if (have) {
      have.mentions = [...(have.mentions ?? []), { start: t.start, end: t.end, text: t.text }];
      idMap.set(t.id, have.id);
      continue;
    }
    const id = `t${out.length + 1}`;
    const merged = recordTime(
      id,
      t.text,
      t.start,
      t.end,
      t.type,
      t.value,
      t.anchor,
      !!t.deadline,
      t.end_value,
      t.mentions,
    );
    idMap.set(t.id, merged.id);
    byKey.set(key, merged);
    out.push(merged);
  }
  return { times: out, idMap };
}
