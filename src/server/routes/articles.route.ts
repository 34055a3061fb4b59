import { Hono } from 'hono';
import { ParleyError } from '../../model/errors.js';
import { getRecord, listArticles, logFailure, saveRecord } from '../../store/index.js';
import { findStoredArticleId } from '../articles.query.js';
import { type CodedInput, codeInput } from '../code-input.js';
import type { RouteDeps } from '../deps.js';
import { requireApiKey } from '../guards.js';
import { ArticleInputSchema, ArticlesQuerySchema } from '../schemas.js';
import { parseBody, parseQuery } from '../validate.js';

/**
 * POST /v1/articles (code and store; needs the API key when one is set), GET /v1/articles (stored
 * articles, newest first, cursor pages) and GET /v1/articles/:id (the stored record).
 */
export function articlesRoute(deps: RouteDeps): Hono {
  const { db } = deps.store;
  return new Hono()
    .post('/v1/articles', requireApiKey(deps.apiKey), async (c) => {
      const input = await parseBody(c, ArticleInputSchema);
      let coded: CodedInput;
      try {
        coded = await codeInput(input, deps.knowledge, deps.fetchPolicy);
      } catch (err) {
        // Nothing is lost: an input the server could not code is kept in ingest_log with why.
        await logFailure(db, input.url ?? `api:${input.id ?? 'text'}`, err);
        throw err;
      }
      const { record, contentHash, label } = coded;
      const outcome = await saveRecord(db, record, {
        contentHash,
        input: label,
        recode: input.recode ?? false,
      });
      const id =
        outcome === 'duplicate'
          ? ((await findStoredArticleId(db, {
              id: record.article.id,
              contentHash,
              url: record.article.url,
            })) ?? record.article.id)
          : record.article.id;
      c.header('Location', `/v1/articles/${encodeURIComponent(id)}`);
      return c.json({ id, outcome }, 201);
    })
    .get('/v1/articles', async (c) => {
      const q = parseQuery(c, ArticlesQuerySchema);
      return c.json(await listArticles(db, { limit: q.limit, cursor: q.cursor ?? null }));
    })
    .get('/v1/articles/:id', async (c) => {
      const id = c.req.param('id');
      const record = await getRecord(db, id);
      if (!record) throw new ParleyError('NOT_FOUND', `no stored article "${id.slice(0, 200)}"`);
      return c.json(record);
    });
}
