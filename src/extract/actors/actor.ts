import type { Actor } from '../../model/record.js';

/** What an actor record says, apart from its id and mentions. */
export type ActorFields = Omit<Actor, 'id' | 'mentions'>;

/**
 * Every actor record is built here, fields in the record's (and JSON output's) order; one shape,
 * as V8 recompiles the stages that read actors when it varies.
 */
export function actorRecord(id: string, f: ActorFields, mentions: Actor['mentions']): Actor {
  return {
    id,
    code: f.code,
    name: f.name,
    kind: f.kind,
    country: f.country,
    role: f.role,
    sector: f.sector,
    mentions,
    known: f.known,
    confidence: f.confidence,
  };
}

/** A copy of an actor with some of its fields changed. */
export function actorWith(a: Actor, f: Partial<ActorFields>): Actor {
  return actorRecord(a.id, changedFields(a, f), a.mentions);
}

/**
 * The actor fields of `base` with those `f` gives (an explicit null replaces; undefined keeps):
 * shared by actor records and actor mentions, which carry the same fields.
 */
export function changedFields(base: ActorFields, f: Partial<ActorFields>): ActorFields {
  return {
    code: f.code !== undefined ? f.code : base.code,
    name: f.name ?? base.name,
    kind: f.kind ?? base.kind,
    country: f.country !== undefined ? f.country : base.country,
    role: f.role !== undefined ? f.role : base.role,
    sector: f.sector !== undefined ? f.sector : base.sector,
    known: f.known ?? base.known,
    confidence: f.confidence ?? base.confidence,
  };
}
