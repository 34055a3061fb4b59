import { z } from 'zod';
import {
  ActorSchema,
  ArticleSchema,
  EventSchema,
  PlaceSchema,
  QuoteSchema,
  RecordSchema,
  TimeSchema,
} from '../model/record.js';
import { VERSION } from '../version.js';
import { API_OPERATIONS, type ApiOperation } from './openapi-routes.js';
import * as R from './response-schemas.js';
import { ArticleInputSchema, ErrorSchema } from './schemas.js';

type Json = Record<string, unknown>;

/** Component name → zod schema: everything the document references. */
const COMPONENTS: Record<string, z.ZodType> = {
  Record: RecordSchema,
  Article: ArticleSchema,
  Actor: ActorSchema,
  Time: TimeSchema,
  Place: PlaceSchema,
  Quote: QuoteSchema,
  Event: EventSchema,
  ArticleInput: ArticleInputSchema,
  SaveResult: R.SaveResultSchema,
  ArticleSummary: R.ArticleSummarySchema,
  ArticlePage: R.ArticlePageSchema,
  EventRow: R.EventRowSchema,
  EventPage: R.EventPageSchema,
  ActorSummary: R.ActorSummarySchema,
  ActorList: R.ActorListSchema,
  PlaceSummary: R.PlaceSummarySchema,
  PlaceList: R.PlaceListSchema,
  Health: R.HealthSchema,
  Error: ErrorSchema,
  Aggregate: z
    .record(z.string(), z.unknown())
    .describe('an aggregate view; its shape is documented by aggregate/'),
  OpenApiDocument: z.looseObject({ openapi: z.literal('3.1.0') }),
};

const ERROR_TEXT: Record<number, string> = {
  400: 'bad request: invalid JSON, body, parameter, cursor or refused URL',
  401: 'the API key is missing or wrong',
  404: 'not found',
  413: 'the body (or the fetched page) is too large',
  422: 'no article text was found in the input',
  429: 'rate limited (see Retry-After)',
  500: 'internal error (no details are sent)',
  502: 'fetching the URL failed or timed out',
  503: 'the request took too long',
};

/** zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect), with refs into components.schemas. */
function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
    unrepresentable: 'any',
  }).schemas as Record<string, Json>;
  // Input shapes for request bodies: optional fields are optional on the way in.
  out.ArticleInput = z.toJSONSchema(ArticleInputSchema, { io: 'input', unrepresentable: 'any' }) as Json;
  for (const schema of Object.values(out)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return out;
}

/** The query parameters of an operation, from its zod query schema. */
function queryParameters(query: z.ZodObject): Json[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    const inner = f instanceof z.ZodOptional ? (f.unwrap() as z.ZodType) : f;
    // The parsed type when it can be written (integers, arrays), else the string on the wire.
    let schema = z.toJSONSchema(inner, { io: 'output', unrepresentable: 'any' }) as Json;
    if (!('type' in schema) && !('enum' in schema) && !('const' in schema)) {
      schema = z.toJSONSchema(inner, { io: 'input', unrepresentable: 'any' }) as Json;
    }
    delete schema.$schema;
    const description = f.description ?? inner.description;
    return {
      name,
      in: 'query',
      required: !(f instanceof z.ZodOptional),
      ...(description ? { description } : {}),
      ...(schema.type === 'array' ? { style: 'form', explode: false } : {}),
      schema,
    };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (name: string) => ({ 'application/json': { schema: ref(name) } });

function operation(op: ApiOperation, secured: boolean): Json {
  const responses: Json = {};
  for (const [status, [description, body]] of Object.entries(op.responses)) {
    responses[status] = body ? { description, content: jsonContent(body) } : { description };
  }
  for (const status of [400, ...(op.errors ?? []), 429, 500])
    responses[String(status)] = { $ref: `#/components/responses/E${status}` };
  const parameters = [
    ...(op.pathParams ?? []).map((p) => ({
      name: p.name,
      in: 'path',
      required: true,
      description: p.description,
      schema: { type: 'string' },
    })),
    ...(op.query ? queryParameters(op.query) : []),
  ];
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: jsonContent(op.body) } } : {}),
    responses,
    ...(op.secured && secured ? { security: [{ bearer: [] }, { apiKey: [] }] } : {}),
  };
}

/**
 * The OpenAPI 3.1 document of the API, built from the zod schemas and the route table. `secured`
 * says whether write routes need the API key on this server.
 */
export function openApiDocument(opts: { secured?: boolean } = {}): Json {
  const paths: Record<string, Json> = {};
  for (const op of API_OPERATIONS)
    paths[op.path] = { ...paths[op.path], [op.method]: operation(op, !!opts.secured) };
  const responses = Object.fromEntries(
    Object.entries(ERROR_TEXT).map(([status, description]) => [
      `E${status}`,
      { description, content: jsonContent('Error') },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'parley',
      version: VERSION,
      description:
        'Offline political event coding from news: parley.record/1 records, stored events, actors and places.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    tags: [...new Set(API_OPERATIONS.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      responses,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'PARLEY_API_KEY as a bearer token' },
        apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'PARLEY_API_KEY' },
      },
    },
  };
}
