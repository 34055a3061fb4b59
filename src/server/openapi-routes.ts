import type { z } from 'zod';
import {
  ClustersQuerySchema,
  DeadlinesQuerySchema,
  NetworkQuerySchema,
  ProcessesQuerySchema,
  TimelineQuerySchema,
} from './routes/aggregate.routes.js';
import { ActorsQuerySchema, ArticlesQuerySchema, EventsQuerySchema, PlacesQuerySchema } from './schemas.js';

/** One documented operation of the HTTP API; schemas are referenced by component name. */
export interface ApiOperation {
  readonly method: 'get' | 'post';
  /** OpenAPI path template (`/v1/articles/{id}`). */
  readonly path: string;
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly query?: z.ZodObject;
  readonly pathParams?: readonly { name: string; description: string }[];
  /** Component name of the JSON request body. */
  readonly body?: string;
  /** Status → [description, component name of the JSON body or null for none]. */
  readonly responses: Readonly<Record<string, readonly [string, string | null]>>;
  /** Error statuses this operation answers besides 400, 429 and 500. */
  readonly errors?: readonly number[];
  /** Needs the API key (when the server has one). */
  readonly secured?: boolean;
}

const agg = (name: string, summary: string, query: z.ZodObject): ApiOperation => ({
  method: 'get',
  path: `/v1/${name}`,
  operationId: `get${name[0].toUpperCase()}${name.slice(1)}`,
  tag: 'aggregate',
  summary,
  description: 'Cross-article aggregate computed by aggregate/ over the stored events.',
  query,
  responses: { '200': [summary, 'Aggregate'] },
});

/** Every route of the API, as the OpenAPI document lists it (the tests check the app against it). */
export const API_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'post',
    path: '/v1/extract',
    operationId: 'extract',
    tag: 'articles',
    summary: 'Code one article; nothing is stored',
    description:
      'Exactly one of text, html or url. A url is fetched with the CLI rules: http(s) only, private and loopback addresses refused unless the server runs with --allow-private.',
    body: 'ArticleInput',
    responses: { '200': ['the parley.record/1 of the article', 'Record'] },
    errors: [413, 422, 502, 503],
  },
  {
    method: 'post',
    path: '/v1/articles',
    operationId: 'createArticle',
    tag: 'articles',
    summary: 'Code one article and store it',
    description:
      'Idempotent: an article already stored (same id, url or content) is a duplicate unless recode is true.',
    body: 'ArticleInput',
    responses: { '201': ['what was stored (Location: the article)', 'SaveResult'] },
    errors: [401, 413, 422, 502, 503],
    secured: true,
  },
  {
    method: 'get',
    path: '/v1/articles',
    operationId: 'listArticles',
    tag: 'articles',
    summary: 'Stored articles, most recently stored first',
    query: ArticlesQuerySchema,
    responses: { '200': ['one page of articles', 'ArticlePage'] },
  },
  {
    method: 'get',
    path: '/v1/articles/{id}',
    operationId: 'getArticle',
    tag: 'articles',
    summary: 'The stored record of one article',
    pathParams: [{ name: 'id', description: 'article id' }],
    responses: { '200': ['the record as stored', 'Record'] },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/events',
    operationId: 'listEvents',
    tag: 'events',
    summary: 'Stored events matching the filters',
    description:
      'Ordered by (date, article_id, event_id), events without a date first; keyset pages: pass next back as cursor until it is null.',
    query: EventsQuerySchema,
    responses: { '200': ['one page of events', 'EventPage'] },
  },
  {
    method: 'get',
    path: '/v1/actors',
    operationId: 'listActors',
    tag: 'actors',
    summary: 'Actor codes across all articles',
    query: ActorsQuerySchema,
    responses: { '200': ['actors, most widely reported first', 'ActorList'] },
  },
  {
    method: 'get',
    path: '/v1/places',
    operationId: 'listPlaces',
    tag: 'places',
    summary: 'Places across all articles with event and article counts',
    query: PlacesQuerySchema,
    responses: { '200': ['places, most events first', 'PlaceList'] },
  },
  agg('timeline', 'Events over time (planned vs occurred)', TimelineQuerySchema),
  agg('network', 'Actor network', NetworkQuerySchema),
  agg('deadlines', 'Deadlines and whether they were met', DeadlinesQuerySchema),
  agg('clusters', 'Cross-article event clusters', ClustersQuerySchema),
  agg('processes', 'Multi-step processes (talks, withdrawals) across articles', ProcessesQuerySchema),
  {
    method: 'get',
    path: '/healthz',
    operationId: 'health',
    tag: 'meta',
    summary: 'Liveness: the store answers',
    responses: { '200': ['the server and its store are up', 'Health'] },
  },
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'openapi',
    tag: 'meta',
    summary: 'This OpenAPI 3.1 document',
    responses: { '200': ['the document', 'OpenApiDocument'] },
  },
];
