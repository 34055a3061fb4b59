import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';
import { openApiDocument } from './openapi.js';

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * A structural check of an OpenAPI 3.1 document (no validator package is installed): required
 * fields, path templates and their parameters, responses, and that every $ref resolves.
 * Returns the problems found.
 */
function checkOpenApi31(doc: Json): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => {
    if (!ok) problems.push(what);
  };
  need(/^3\.1\.\d+$/.test(doc.openapi), 'openapi is 3.1.x');
  need(
    typeof doc.info?.title === 'string' && typeof doc.info?.version === 'string',
    'info.title and info.version',
  );
  need(doc.paths && typeof doc.paths === 'object', 'paths');
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    need(path.startsWith('/'), `${path}: starts with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries<Json>(item)) {
      const at = `${method.toUpperCase()} ${path}`;
      need(METHODS.includes(method), `${at}: known method`);
      need(
        typeof op.operationId === 'string' && !operationIds.has(op.operationId),
        `${at}: unique operationId`,
      );
      operationIds.add(op.operationId);
      const params: Json[] = op.parameters ?? [];
      for (const p of params) {
        need(
          typeof p.name === 'string' && ['query', 'header', 'path', 'cookie'].includes(p.in),
          `${at}: parameter name/in`,
        );
        need(p.schema !== undefined || p.content !== undefined, `${at}: parameter ${p.name} has a schema`);
        if (p.in === 'path')
          need(p.required === true && templated.includes(p.name), `${at}: path parameter ${p.name}`);
      }
      for (const name of templated)
        need(
          params.some((p) => p.in === 'path' && p.name === name),
          `${at}: {${name}} declared`,
        );
      if (op.requestBody)
        need(
          op.requestBody.content && Object.keys(op.requestBody.content).length > 0,
          `${at}: requestBody.content`,
        );
      need(op.responses && Object.keys(op.responses).length > 0, `${at}: responses`);
      for (const [status, res] of Object.entries<Json>(op.responses ?? {})) {
        need(/^([1-5](\d\d|XX)|default)$/.test(status), `${at}: response key ${status}`);
        need(
          typeof res.$ref === 'string' || typeof res.description === 'string',
          `${at} ${status}: description`,
        );
      }
    }
  }
  for (const [name, schema] of Object.entries<Json>(doc.components?.schemas ?? {})) {
    need(typeof schema === 'object' || typeof schema === 'boolean', `schema ${name} is a JSON Schema`);
    need(schema.$id === undefined, `schema ${name} has no fragment $id`);
  }
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => {
        walk(n, `${where}/${i}`);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const target = v.startsWith('#/')
          ? v
              .slice(2)
              .split('/')
              .reduce<any>((n, key) => n?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc)
          : undefined;
        need(target !== undefined, `${where}: $ref ${v} resolves`);
      } else if (k !== 'enum' && k !== 'const' && k !== 'example') walk(v, `${where}/${k}`);
    }
  };
  walk(doc, '#');
  return problems;
}

describe('/openapi.json', () => {
  it('is a structurally valid OpenAPI 3.1 document', () => {
    const doc = openApiDocument({ secured: true });
    expect(doc.openapi).toBe('3.1.0');
    expect(checkOpenApi31(doc)).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('"$schema"');
  });

  it('the validator catches what it is meant to catch', () => {
    const bad = {
      openapi: '3.0.3',
      info: {},
      paths: { '/a/{id}': { get: { responses: { ok: {} } } } },
      x: { $ref: '#/nope' },
    };
    expect(checkOpenApi31(bad).length).toBeGreaterThanOrEqual(5);
  });

  it('documents every route the app serves, and no route it does not', async () => {
    const store = await openStore(':memory:');
    const app = createApp({ store, knowledge: loadKnowledge(), webDir: '/nonexistent' });
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && !r.path.includes('*') && r.path !== '/')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const res = await app.request('/openapi.json');
    const doc = (await res.json()) as Json;
    const documented = new Set(
      Object.entries<Json>(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`)),
    );
    expect([...served].sort()).toEqual([...documented].sort());
    expect(doc.paths['/v1/articles'].post.security).toBeUndefined(); // no key on this server
    expect((openApiDocument({ secured: true }) as Json).paths['/v1/articles'].post.security).toHaveLength(2);
    await store.close();
  });

  it('describes the record and the event filters from the zod schemas', () => {
    const doc = openApiDocument() as Json;
    expect(doc.components.schemas.Record.properties.events.items).toEqual({
      $ref: '#/components/schemas/Event',
    });
    const params = doc.paths['/v1/events'].get.parameters.map((p: Json) => p.name);
    expect(params).toEqual([
      'actor',
      'type',
      'status',
      'from',
      'to',
      'country',
      'q',
      'article',
      'limit',
      'cursor',
    ]);
    expect(doc.components.schemas.ArticleInput.additionalProperties).toBe(false);
  });
});
