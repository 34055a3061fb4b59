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
  return actorRecord(
    a.id,
    {
      code: f.code !== undefined ? f.code : a.code,
      name: f.name ?? a.name,
      kind: f.kind ?? a.kind,
      country: f.country !== undefined ? f.country : a.country,
      role: f.role !== undefined ? f.role : a.role,
      sector: f.sector !== undefined ? f.sector : a.sector,
      known: f.known ?? a.known,
      confidence: f.confidence ?? a.confidence,
    },
    a.mentions,
  );
}
