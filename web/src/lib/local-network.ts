import { COOPERATIVE, type EventRow } from '../types.js';
import type { NetEdge, NetNode } from './normalize.js';

/**
 * The actor network computed in the browser from event rows, for servers without
 * /v1/network: nodes are codes (or their first three letters at country level), edges count
 * the events between a source and a target, split by cooperative vs conflictual type.
 */
export function localNetwork(
  rows: readonly EventRow[],
  level: string,
): { nodes: NetNode[]; edges: NetEdge[] } {
  const key = (code: string) => (level === 'country' ? code.slice(0, 3) : code);
  const nodes = new Map<string, NetNode>();
  const edges = new Map<string, NetEdge>();
  for (const r of rows) {
    const src = [...new Set((r.source_codes ?? []).map(key))];
    const tgt = [...new Set((r.target_codes ?? []).map(key))];
    for (const c of new Set([...src, ...tgt])) {
      const n = nodes.get(c) ?? { code: c, events: 0, weight: 0 };
      n.events++;
      n.weight++;
      nodes.set(c, n);
    }
    const coop = COOPERATIVE.has(r.type);
    for (const a of src)
      for (const b of tgt) {
        if (a === b) continue;
        const [s, t] = a < b ? [a, b] : [b, a];
        const e = edges.get(`${s} ${t}`) ?? {
          source: s,
          target: t,
          count: 0,
          cooperation: 0,
          conflict: 0,
          weight: 0,
        };
        e.count++;
        e.weight++;
        if (coop) e.cooperation++;
        else e.conflict++;
        edges.set(`${s} ${t}`, e);
      }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
