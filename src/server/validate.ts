import type { Context } from 'hono';
import type { z } from 'zod';
import { ParleyError } from '../model/errors.js';

/**
 * Validation at the edge: a request that does not fit its zod schema is refused with
 * BAD_REQUEST and a message that names the field and quotes the bad value.
 */

/** The first issue of a zod error as one line: `body field "published": "2021-02-30" is not …`. */
export function describeIssues(error: z.ZodError, where: 'body' | 'query'): string {
  const item = where === 'body' ? 'field' : 'parameter';
  const issue = error.issues[0];
  if (!issue) return `invalid ${where}`;
  if (issue.code === 'unrecognized_keys') {
    return `unknown ${where} ${item} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  const path = issue.path.map(String).filter((p) => !/^\d+$/.test(p));
  return `${where}${path.length > 0 ? ` ${item} "${path.join('.')}"` : ''}: ${issue.message}`;
}

/** The JSON body of the request, validated; bad JSON and a misfit body are BAD_REQUEST. */
export async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  if (!text.trim()) throw new ParleyError('BAD_REQUEST', 'the request body is empty; send a JSON object');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ParleyError('BAD_REQUEST', `the request body is not valid JSON (${(e as Error).message})`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new ParleyError('BAD_REQUEST', 'the request body must be a JSON object');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ParleyError('BAD_REQUEST', describeIssues(parsed.error, 'body'));
  return parsed.data;
}

/** The query string, validated; a repeated parameter is read as its values joined by commas. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [k, values] of Object.entries(c.req.queries())) raw[k] = values.join(',');
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ParleyError('BAD_REQUEST', describeIssues(parsed.error, 'query'));
  return parsed.data;
}
