import type { ParleyEvent, PloverTypeT } from '../../model/record.js';

const COOPERATIVE = new Set<PloverTypeT>(['AID', 'SUPPORT', 'COOPERATE', 'RETREAT', 'CONCEDE']);
const COERCIVE = new Set<PloverTypeT>(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE']);

/**
 * The type CAMEO-style coders give an event: they code an announced future act as the intent
 * ("will provide aid" → AGREE, "will impose a curfew" → THREATEN), where parley keeps the act
 * and says `planned`. Used to compare with gold data coded that way; the record keeps the act.
 */
export function cameoConventionType(e: Pick<ParleyEvent, 'type' | 'status'>): PloverTypeT {
  if (e.status !== 'planned' && e.status !== 'hypothetical') return e.type;
  if (COOPERATIVE.has(e.type)) return 'AGREE';
  if (COERCIVE.has(e.type)) return 'THREATEN';
  return e.type;
}
