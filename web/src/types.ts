/**
 * The shapes the UI reads from the HTTP API. The web UI talks to the server over HTTP only, so
 * these mirror parley.record/1 (src/model/record.ts) loosely: every field is read defensively.
 */

export interface Span {
  start: number;
  end: number;
}
export interface Mention extends Span {
  text: string;
}

export interface Article {
  id: string;
  url?: string | null;
  source?: string | null;
  published?: string | null;
  title?: string | null;
  lede?: string | null;
  text: string;
  paragraphs?: (Span & { kind: string })[];
  captions?: (Span & { text: string; credit?: string | null })[];
  removed?: { text: string; reason: string }[];
}

export interface Actor {
  id: string;
  code: string | null;
  name: string;
  kind?: string;
  country?: string | null;
  role?: string | null;
  sector?: string | null;
  mentions?: Mention[];
  known?: boolean;
  confidence?: number;
}

export interface Time extends Span {
  id: string;
  text: string;
  type?: string;
  value?: string;
  anchor?: string | null;
  deadline?: boolean;
  end_value?: string;
  mentions?: Mention[];
}

export interface Place {
  id: string;
  name: string;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
  kind?: string;
  mentions?: Mention[];
}

export interface Quote extends Span {
  id: string;
  text?: string;
  direct?: boolean;
  speaker?: string | null;
  speakerText?: string | null;
  cue?: string | null;
}

export interface ParleyEvent {
  id: string;
  type: string;
  mode?: string | null;
  context?: string[];
  cameo?: string | null;
  source?: string[];
  target?: string[];
  time?: string | null;
  date?: string | null;
  place?: string | null;
  status?: string;
  deadline?: boolean;
  quote?: string | null;
  evidence?: { sentence?: Span; trigger?: Mention };
  confidence?: number;
  /** The act promised, threatened, refused or demanded (AGREE/THREATEN/REJECT/REQUEST). */
  act?: { type: string; cameo: string | null; status: string; date: string | null };
}

export interface ParleyRecord {
  schema?: string;
  article: Article;
  actors?: Actor[];
  times?: Time[];
  places?: Place[];
  quotes?: Quote[];
  events?: ParleyEvent[];
}

/** One row of GET /v1/events (snake_case, codes resolved). */
export interface EventRow {
  article_id: string;
  event_id: string;
  type: string;
  mode?: string | null;
  cameo?: string | null;
  status?: string;
  date?: string | null;
  deadline?: boolean;
  source_codes?: string[];
  target_codes?: string[];
  place_name?: string | null;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
  trigger_text?: string;
  trigger_start?: number;
  trigger_end?: number;
  sentence_start?: number;
  sentence_end?: number;
  article_title?: string | null;
  article_published?: string | null;
  article_url?: string | null;
  /** The act a stated intention is about ("will withdraw troops" → RETREAT), when there is one. */
  act_type?: string | null;
  act_cameo?: string | null;
  act_status?: string | null;
  act_date?: string | null;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export { EVENT_STATUSES as STATUSES, PLOVER_TYPES } from '../../src/model/vocab.js';

/** PLOVER types on the cooperative side of the scale (the rest are conflictual). */
export const COOPERATIVE = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
