import type { Actor } from '../../model/record.js';
import { changedFields } from './actor.js';

/** One mention of an actor before mentions are grouped into actors. */
export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Identity: mentions with the same key are one actor. */
  readonly key: string;
  readonly code: string | null;
  readonly name: string;
  readonly kind: Actor['kind'];
  readonly country: string | null;
  readonly role: string | null;
  readonly sector: string | null;
  readonly known: boolean;
  readonly confidence: number;
  /** The rule that produced it (for --explain). */
  readonly reason: string;
}

/** What a mention says about its actor, apart from where it is. */
export type ActorMentionFields = Omit<ActorMention, 'start' | 'end' | 'tokenStart' | 'tokenEnd'>;

/** Every mention is built here, fields in one order (one shape: V8 recompiles readers when it varies). */
export function actorMention(
  start: number,
  end: number,
  tokenStart: number,
  tokenEnd: number,
  f: ActorMentionFields,
): ActorMention {
  return {
    start,
    end,
    tokenStart,
    tokenEnd,
    key: f.key,
    code: f.code,
    name: f.name,
    kind: f.kind,
    country: f.country,
    role: f.role,
    sector: f.sector,
    known: f.known,
    confidence: f.confidence,
    reason: f.reason,
  };
}

/** A copy of a mention with some of its fields changed. */
export function withFields(m: ActorMention, f: Partial<ActorMentionFields>): ActorMention {
  return actorMention(m.start, m.end, m.tokenStart, m.tokenEnd, {
    key: f.key ?? m.key,
    ...changedFields(m, f),
    reason: f.reason ?? m.reason,
  });
}
