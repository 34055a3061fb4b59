import { Hono } from 'hono';
import { codeInput } from '../code-input.js';
import type { RouteDeps } from '../deps.js';
import { ArticleInputSchema } from '../schemas.js';
import { parseBody } from '../validate.js';

/** POST /v1/extract: code one article (text, HTML or URL) and return its record; nothing is stored. */
export function extractRoute(deps: RouteDeps): Hono {
  return new Hono().post('/v1/extract', async (c) => {
    const input = await parseBody(c, ArticleInputSchema);
    const { record } = await codeInput(input, deps.knowledge, deps.fetchPolicy);
    return c.json(record);
  });
}
