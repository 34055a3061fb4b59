import { z } from 'zod';
import { isValidPublished } from '../clean/published.js';
import { ERROR_CODES, type ErrorCode } from '../model/errors.js';
import { EventStatus, PloverType } from '../model/record.js';

/**
 * The request schemas of the HTTP API: validation and the OpenAPI document come from these.
 * Error messages quote the bad value.
 */

const quoted = (v: unknown) => JSON.stringify(v)?.slice(0, 100) ?? String(v);

/** A partial ISO date as the event filters take it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DateParam = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  error: (iss) => `${quoted(iss.input)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
});

/** A page-size parameter: digits, within [1, max]. */
export function limitParam(max: number) {
  return z
    .string()
    .regex(/^\d+$/, { error: (iss) => `${quoted(iss.input)} is not a whole number` })
    .transform(Number)
    .pipe(z.number().int().min(1, `must be at least 1`).max(max, `must be at most ${max}`));
}

/** A comma-separated list of enum values (repeated parameters are joined with commas first). */
function listParam<T extends string>(values: readonly T[], what: string, upper: boolean) {
  const item = z.enum(values as [T, ...T[]], {
    error: (iss) => `${quoted(iss.input)} is not ${what} (${values.join(', ')})`,
  });
  return z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((v) => (upper ? v.trim().toUpperCase() : v.trim().toLowerCase()))
        .filter(Boolean),
    )
    .pipe(z.array(item));
}

const Cursor = z.string().max(2000).describe('the `next` value of the previous page');
const Text = (max: number) => z.string().max(max, `longer than ${max} characters`);

/** Body of POST /v1/extract and POST /v1/articles: exactly one of text, html, url. */
export const ArticleInputSchema = z
  .strictObject({
    text: z.string().min(1).optional().describe('plain article text'),
    html: z.string().min(1).optional().describe('the HTML of a news page'),
    url: z.string().min(1).max(4000).optional().describe('an http(s) URL to fetch (public addresses only)'),
    published: z
      .string()
      .refine(isValidPublished, {
        error: (iss) => `${quoted(iss.input)} is not YYYY-MM-DD or an ISO date-time`,
      })
      .optional()
      .describe('publication date that relative times resolve against'),
    title: Text(2000).optional(),
    id: Text(500).min(1).optional().describe('article id (default: a hash of url or text)'),
    source: Text(500).optional().describe('the outlet'),
    language: Text(20).optional(),
    recode: z
      .boolean()
      .optional()
      .describe('POST /v1/articles: replace a stored article with the same id/url/content'),
  })
  .superRefine((v, ctx) => {
    const given = (['text', 'html', 'url'] as const).filter((k) => v[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          given.length === 0
            ? 'give one of "text", "html" or "url"'
            : `give only one of ${given.map((k) => `"${k}"`).join(', ')}`,
      });
    }
    if (v.text !== undefined && !v.text.trim())
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'is only whitespace' });
  });
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

/** GET /v1/articles */
export const ArticlesQuerySchema = z.strictObject({
  limit: limitParam(1000).optional(),
  cursor: Cursor.optional(),
});

/** GET /v1/events */
export const EventsQuerySchema = z.strictObject({
  actor: z
    .string()
    .regex(/^[A-Za-z]{1,30}$/, { error: (iss) => `${quoted(iss.input)} is not an actor code prefix` })
    .optional()
    .describe('actor code prefix, matched against every source and target code (TAL matches TAL, TALMIL)'),
  type: listParam(PloverType.options, 'a PLOVER type', true)
    .optional()
    .describe('PLOVER type(s), comma-separated'),
  status: listParam(EventStatus.options, 'an event status', false)
    .optional()
    .describe('event status(es), comma-separated'),
  from: DateParam.optional().describe('earliest event date, inclusive'),
  to: DateParam.optional().describe('latest event date, inclusive at its own precision'),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { error: (iss) => `${quoted(iss.input)} is not an ISO alpha-3 country code` })
    .optional()
    .describe("ISO alpha-3 country of the event's place"),
  q: Text(200).optional().describe('text in the trigger, the evidence sentence or the article title'),
  article: Text(500).optional().describe('only the events of this article'),
  limit: limitParam(5000).optional().describe('page size (default 100)'),
  cursor: Cursor.optional(),
});

/** GET /v1/actors */
export const ActorsQuerySchema = z.strictObject({
  q: Text(200).optional().describe('text in a name or the code'),
  code: z
    .string()
    .regex(/^[A-Za-z]{1,30}$/, { error: (iss) => `${quoted(iss.input)} is not an actor code prefix` })
    .optional()
    .describe('code prefix (AFG matches AFG, AFGGOV)'),
  limit: limitParam(1000).optional().describe('at most this many (default 50)'),
});

/** GET /v1/places */
export const PlacesQuerySchema = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { error: (iss) => `${quoted(iss.input)} is not an ISO alpha-3 country code` })
    .optional(),
  q: Text(200).optional().describe('text in the place name'),
  kind: z.enum(['city', 'country', 'region', 'other']).optional(),
  limit: limitParam(5000).optional().describe('at most this many (default 500)'),
});

/** The JSON body of every error response. */
export const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
  }),
});
