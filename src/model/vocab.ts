// Closed vocabularies the record schema and the web page share. Plain data, no zod, so the
// browser bundle can import it without the schema library.

/** PLOVER event types, cooperative to conflictual. */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

/** Whether an event happened, is going on, is planned (a deadline is not the act), or not. */
export const EVENT_STATUSES = ['occurred', 'ongoing', 'planned', 'hypothetical', 'negated'] as const;
