import type { Actor } from '../../model/record.js';

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
