import type { ParleyEvent } from '../../model/record.js';

/**
 * A shallow copy of an event, for a rule to recode. Every event has this one shape (`act`
 * undefined when there is none): V8 recompiles the refiners when the events' shapes vary.
 */
export function copyEvent(e: ParleyEvent): ParleyEvent {
  return {
    id: e.id,
    type: e.type,
    mode: e.mode,
    context: e.context,
    cameo: e.cameo,
    source: e.source,
    target: e.target,
    time: e.time,
    date: e.date,
    date_from: e.date_from,
    place: e.place,
    status: e.status,
    deadline: e.deadline,
    quote: e.quote,
    evidence: e.evidence,
    confidence: e.confidence,
    reason: e.reason,
    act: e.act,
  };
}
