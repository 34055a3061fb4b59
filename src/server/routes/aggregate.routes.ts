import { Hono } from 'hono';
import { z } from 'zod';
import {
  actorNetwork,
  clusterEvents,
  filterRows,
  processes,
  timeline,
  trackDeadlines,
} from '../../aggregate/index.js';
import { type Knowledge, loadKnowledge } from '../../knowledge/knowledge.js';
import { PloverType } from '../../model/record.js';
import { type EventFilter, type EventRow, type Store, streamEvents } from '../../store/index.js';
import { DateParam, limitParam } from '../schemas.js';
import { parseQuery } from '../validate.js';

const quoted = (v: unknown) => JSON.stringify(v)?.slice(0, 100) ?? String(v);
const Code = z
  .string()
  .regex(/^[A-Za-z]{1,30}$/, { error: (iss) => `${quoted(iss.input)} is not an actor code prefix` })
  .transform((s) => s.toUpperCase());
const Type = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z.enum(PloverType.options, {
      error: (iss) => `${quoted(iss.input)} is not a PLOVER type (${PloverType.options.join(', ')})`,
    }),
  );
const Pair = z
  .string()
  .regex(/^[A-Za-z]{1,30},[A-Za-z]{1,30}$/, {
    error: (iss) => `${quoted(iss.input)} is not two actor codes (A,B)`,
  })
  .transform((s) => s.toUpperCase().split(',') as [string, string]);
const Range = {
  from: DateParam.optional().describe('earliest event date, inclusive'),
  to: DateParam.optional().describe('latest event date, inclusive at its own precision'),
};

/** GET /v1/timeline */
export const TimelineQuerySchema = z.strictObject({
  actor: Code.optional().describe('actor code prefix on either side'),
  pair: Pair.optional().describe('two actor code prefixes that both take part: A,B'),
  type: Type.optional().describe('PLOVER type'),
  ...Range,
});
/** GET /v1/network */
export const NetworkQuerySchema = z.strictObject({
  ...Range,
  level: z
    .enum(['country', 'actor'])
    .optional()
    .describe('country (default): codes cut to their country; actor: codes as coded'),
});
/** GET /v1/deadlines */
export const DeadlinesQuerySchema = z.strictObject({});
/** GET /v1/clusters */
export const ClustersQuerySchema = z.strictObject({
  type: Type.optional().describe('PLOVER type'),
  actor: Code.optional().describe('actor code prefix on either side'),
  ...Range,
  limit: limitParam(5000).optional().describe('at most this many clusters, in date order (default 1000)'),
});
/** GET /v1/processes */
export const ProcessesQuerySchema = z.strictObject({ ...Range });

/**
 * The aggregate routes: timeline, actor network, deadlines, clusters and processes, computed by
 * `aggregate/` over the stored events read with {@link streamEvents}. Bad parameters are
 * ParleyError BAD_REQUEST (the app's onError answers 400).
 */
export function aggregateRoutes(deps: { store: Store }): Hono {
  const { store } = deps;
  let aux: Aux | undefined;
  const knowledge = () => (aux ??= auxiliaries(loadKnowledge()));
  return new Hono()
    .get('/v1/timeline', async (c) => {
      const q = parseQuery(c, TimelineQuerySchema);
      const { rows, outlets } = await read(store, {
        actor: q.pair?.[0] ?? q.actor,
        type: q.type,
        from: q.from,
        to: q.to,
      });
      return c.json({ items: timeline(rows, { ...q, outlets }) });
    })
    .get('/v1/network', async (c) => {
      const q = parseQuery(c, NetworkQuerySchema);
      const { rows } = await read(store, { from: q.from, to: q.to }, false);
      const { intensities, countries, names } = knowledge();
      return c.json(
        actorNetwork(
          rows,
          { from: q.from, to: q.to, level: q.level ?? 'country', countries, names },
          intensities,
        ),
      );
    })
    .get('/v1/deadlines', async (c) => {
      parseQuery(c, DeadlinesQuerySchema);
      const { rows } = await read(store, {}, false);
      return c.json({ deadlines: trackDeadlines(rows, { countries: knowledge().countries }) });
    })
    .get('/v1/clusters', async (c) => {
      const q = parseQuery(c, ClustersQuerySchema);
      const { rows, outlets } = await read(store, { actor: q.actor, type: q.type, from: q.from, to: q.to });
      const clusters = clusterEvents(filterRows(rows, q), { outlets });
      return c.json({ clusters: clusters.slice(0, q.limit ?? 1000), total: clusters.length });
    })
    .get('/v1/processes', async (c) => {
      const q = parseQuery(c, ProcessesQuerySchema);
      const { rows, outlets } = await read(store, { from: q.from, to: q.to });
      return c.json({ processes: processes(rows, { outlets, countries: knowledge().countries }) });
    });
}

/** What the routes take from the knowledge: PLOVER intensities, country codes, display names. */
interface Aux {
  readonly intensities: ReadonlyMap<string, number>;
  readonly countries: ReadonlySet<string>;
  readonly names: ReadonlyMap<string, string>;
}

function auxiliaries(k: Knowledge): Aux {
  const names = new Map<string, string>();
  for (const o of k.organizations) if (o.code && !names.has(o.code)) names.set(o.code, o.name);
  for (const c of k.countries) names.set(c.code, c.name);
  return {
    intensities: new Map([...k.events.ploverByType].map(([type, info]) => [type, info.intensity])),
    countries: new Set(k.countries.map((c) => c.code)),
    names,
  };
}

/** Every stored event matching `filter`, and (when asked) the outlet of each of their articles. */
async function read(
  store: Store,
  filter: EventFilter,
  withOutlets = true,
): Promise<{ rows: EventRow[]; outlets: Map<string, string> }> {
  const rows: EventRow[] = [];
  for await (const row of streamEvents(store.db, filter)) rows.push(row);
  const outlets = new Map<string, string>();
  if (!withOutlets) return { rows, outlets };
  const ids = [...new Set(rows.map((r) => r.article_id))];
  for (let i = 0; i < ids.length; i += 500) {
    const found = await store.db
      .selectFrom('articles')
      .select(['id', 'source'])
      .where('id', 'in', ids.slice(i, i + 500))
      .where('source', 'is not', null)
      .execute();
    for (const a of found) if (a.source) outlets.set(a.id, a.source);
  }
  return { rows, outlets };
}
