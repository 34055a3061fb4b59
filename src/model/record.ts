import { z } from 'zod';
import { EVENT_STATUSES, PLOVER_TYPES } from './vocab.js';

/** The version string of the public record contract; change it only with a new contract. */
export const RECORD_SCHEMA = 'parley.record/1';

/** A character span into `article.text`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export const MentionSchema = SpanSchema.extend({ text: z.string() });

export const ParagraphKind = z.enum(['title', 'lede', 'body', 'caption', 'quote']);
export const RemovedReason = z.enum([
  'read-time',
  'related-link',
  'social',
  'byline',
  'ad',
  'nav',
  'newsletter',
  'cookie',
  'dateline',
  'other',
]);

export const ArticleSchema = z.object({
  id: z.string().min(1),
  url: z.string().nullable(),
  source: z.string().nullable(),
  language: z.string(),
  published: z.string().nullable(),
  title: z.string().nullable(),
  lede: z.string().nullable(),
  text: z.string(),
  paragraphs: z.array(SpanSchema.extend({ kind: ParagraphKind })),
  captions: z.array(SpanSchema.extend({ text: z.string(), credit: z.string().nullable() })),
  removed: z.array(z.object({ text: z.string(), reason: RemovedReason })),
});

export const ActorKind = z.enum([
  'person',
  'state',
  'government',
  'organization',
  'armed-group',
  'sector',
  'group',
]);
export const ActorSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  kind: ActorKind,
  country: z.string().nullable(),
  role: z.string().nullable(),
  sector: z.string().nullable(),
  mentions: z.array(MentionSchema),
  known: z.boolean(),
  confidence: z.number().min(0).max(1),
});

export const TimeType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const TimeSchema = SpanSchema.extend({
  id: z.string(),
  text: z.string(),
  type: TimeType,
  value: z.string(),
  anchor: z.string().nullable(),
  /** by/before/until: the expression is a limit, not the time something happened. */
  deadline: z.boolean().optional(),
  /** For intervals ("from 2001 to 2021"): the end value. */
  end_value: z.string().optional(),
  /** Later places where the same expression with the same value occurs ("on Thursday" twice). */
  mentions: z.array(MentionSchema).optional(),
});

export const PlaceKind = z.enum(['city', 'country', 'region', 'other']);
export const PlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  geonameid: z.number().int().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  kind: PlaceKind,
  mentions: z.array(MentionSchema),
});

export const QuoteSchema = SpanSchema.extend({
  id: z.string(),
  text: z.string(),
  direct: z.boolean(),
  speaker: z.string().nullable(),
  speakerText: z.string().nullable(),
  cue: z.string().nullable(),
  time: z.string().nullable(),
});

export const EventStatus = z.enum(EVENT_STATUSES);
export const PloverType = z.enum(PLOVER_TYPES);
export const EventSchema = z.object({
  id: z.string(),
  type: PloverType,
  mode: z.string().nullable(),
  context: z.array(z.string()),
  cameo: z.string().nullable(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  time: z.string().nullable(),
  date: z.string().nullable(),
  /** Where `date` came from: the clause's time, the sentence's, or the publication date. */
  date_from: z.enum(['clause', 'sentence', 'published', 'none']).optional(),
  place: z.string().nullable(),
  status: EventStatus,
  deadline: z.boolean(),
  quote: z.string().nullable(),
  evidence: z.object({ sentence: SpanSchema, trigger: MentionSchema }),
  confidence: z.number().min(0).max(1),
  /** The rule that produced the event, for `--explain`. */
  reason: z.string().optional(),
  /**
   * For an AGREE or THREATEN coded from a stated intention ("said it will provide aid"): the act
   * promised or threatened, with its own type, CAMEO code, status and date.
   */
  act: z
    .object({
      type: PloverType,
      cameo: z.string().nullable(),
      status: EventStatus,
      date: z.string().nullable(),
      time: z.string().nullable(),
    })
    .optional(),
});

export const RecordSchema = z.object({
  schema: z.literal(RECORD_SCHEMA),
  article: ArticleSchema,
  actors: z.array(ActorSchema),
  times: z.array(TimeSchema),
  places: z.array(PlaceSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  meta: z.object({ parley: z.string(), knowledge: z.string(), ms: z.number() }),
});

export type Span = z.infer<typeof SpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Time = z.infer<typeof TimeSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type ParleyEvent = z.infer<typeof EventSchema>;
export type EventStatusT = z.infer<typeof EventStatus>;
export type PloverTypeT = z.infer<typeof PloverType>;
export type ParleyRecord = z.infer<typeof RecordSchema>;

/** JSON Schema (draft 2020-12) of parley.record/1, generated from the zod schema. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' });
}
