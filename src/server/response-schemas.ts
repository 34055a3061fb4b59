import { z } from 'zod';
import type { ActorSummary, ArticleSummary, EventRow } from '../store/index.js';
import type { PlaceSummary } from './places.query.js';

/**
 * Response shapes of the HTTP API, for the OpenAPI document. The type checks at the bottom keep
 * them equal to what the store returns.
 */

const str = z.string();
const nstr = z.string().nullable();
const nnum = z.number().nullable();

/** One row of GET /v1/events: the stored event, codes as arrays, with its article's title, url and date. */
export const EventRowSchema = z.object({
  article_id: str,
  event_id: str,
  type: str,
  mode: nstr,
  cameo: nstr,
  context: z.array(str),
  source_codes: z.array(str),
  source_ids: z.array(str),
  target_codes: z.array(str),
  target_ids: z.array(str),
  date: nstr,
  time_id: nstr,
  place_id: nstr,
  place_name: nstr,
  country: nstr,
  lat: nnum,
  lon: nnum,
  status: str,
  deadline: z.boolean(),
  quote_id: nstr,
  sentence_start: z.number().int(),
  sentence_end: z.number().int(),
  trigger_start: z.number().int(),
  trigger_end: z.number().int(),
  trigger_text: str,
  confidence: z.number(),
  goldstein: nnum,
  act_type: nstr.describe(
    'the act promised, threatened, refused or demanded (AGREE/THREATEN/REJECT/REQUEST)',
  ),
  act_cameo: nstr,
  act_status: nstr,
  act_date: nstr,
  article_title: nstr,
  article_url: nstr,
  article_published: nstr,
});

/** A page of events; pass `next` back as `cursor` until it is null. */
export const EventPageSchema = z.object({ events: z.array(EventRowSchema), next: nstr });

/** One stored article, without its text. */
export const ArticleSummarySchema = z.object({
  id: str,
  url: nstr,
  source: nstr,
  published: nstr,
  title: nstr,
  content_hash: str,
  knowledge_version: str,
  created_at: str,
  updated_at: str,
  events: z.number().int(),
});
export const ArticlePageSchema = z.object({ articles: z.array(ArticleSummarySchema), next: nstr });

/** One actor code across all articles. */
export const ActorSummarySchema = z.object({
  code: str,
  name: str,
  kind: str,
  country: nstr,
  articles: z.number().int(),
  mentions: z.number().int(),
});
export const ActorListSchema = z.object({ actors: z.array(ActorSummarySchema) });

/** One place across all articles, with the events located there. */
export const PlaceSummarySchema = z.object({
  name: str,
  country: nstr,
  lat: nnum,
  lon: nnum,
  kind: str,
  events: z.number().int(),
  articles: z.number().int(),
});
export const PlaceListSchema = z.object({ places: z.array(PlaceSummarySchema) });

/** What POST /v1/articles did. */
export const SaveResultSchema = z.object({
  id: str.describe('the stored article (for a duplicate: the article already stored)'),
  outcome: z.enum(['inserted', 'duplicate', 'updated']),
});

/** GET /healthz */
export const HealthSchema = z.object({ ok: z.boolean(), version: str, dialect: str, knowledge: str });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(_: T) => {};
same<Same<z.infer<typeof EventRowSchema>, EventRow>>(true);
same<Same<z.infer<typeof ArticleSummarySchema>, ArticleSummary>>(true);
same<Same<z.infer<typeof ActorSummarySchema>, ActorSummary>>(true);
same<Same<z.infer<typeof PlaceSummarySchema>, PlaceSummary>>(true);
