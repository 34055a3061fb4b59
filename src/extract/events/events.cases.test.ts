import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import type { ParleyRecord } from '../../model/record.js';
import { codeArticle } from '../../pipeline/code-article.js';
import { EVENT_CASES, type EventCase } from './event-cases.js';

const k = loadKnowledge();

function code(c: EventCase): ParleyRecord {
  return codeArticle(
    {
      input: c.label,
      kind: 'text',
      body: `Report\n\n${c.text}`,
      meta: { id: 'case', published: c.date ?? '2021-03-18' },
    },
    k,
  );
}

const prefix = (got: string[], want: readonly string[]) =>
  want.every((w) => got.some((g) => g.startsWith(w) || (w === 'SUN' && g.startsWith('RUS'))));

/** Does one of the record's events satisfy the case? */
function satisfies(rec: ParleyRecord, want: NonNullable<EventCase['want']>): boolean {
  const codes = (ids: string[]) => ids.map((id) => rec.actors.find((a) => a.id === id)?.code ?? '');
  return rec.events.some(
    (e) =>
      want.type.split('|').includes(e.type) &&
      (!want.source ||
        (want.source.length === 0 ? e.source.length === 0 : prefix(codes(e.source), want.source))) &&
      (!want.target ||
        (want.target.length === 0 ? e.target.length === 0 : prefix(codes(e.target), want.target))) &&
      (!want.status || e.status === want.status) &&
      (!want.date || e.date === want.date) &&
      (want.deadline === undefined || e.deadline === want.deadline) &&
      (!want.cameo || (e.cameo ?? '').startsWith(want.cameo)) &&
      (!want.act ||
        (want.act.type.split('|').includes(e.act?.type ?? '') &&
          (!want.act.status || e.act?.status === want.act.status))),
  );
}

describe('event coding: sentence cases', () => {
  it('covers every PLOVER type and every status', () => {
    const types = new Set(EVENT_CASES.flatMap((c) => c.want?.type.split('|') ?? []));
    expect(types.size).toBe(16);
    const statuses = new Set(EVENT_CASES.map((c) => c.want?.status).filter(Boolean));
    for (const s of ['occurred', 'ongoing', 'planned', 'hypothetical', 'negated'])
      expect(statuses).toContain(s);
  });
  for (const c of EVENT_CASES) {
    const run = c.known ? it.fails : it;
    run(`${c.label}${c.known ? ` (known failure: ${c.known})` : ''}`, () => {
      const rec = code(c);
      const show = rec.events.map(
        (e) =>
          `${e.type} ${e.source.map((id) => rec.actors.find((a) => a.id === id)?.code)}→${e.target.map((id) => rec.actors.find((a) => a.id === id)?.code)} ${e.status} ${e.date}`,
      );
      if (c.want === null) expect(show).toEqual([]);
      else expect(satisfies(rec, c.want), `got ${JSON.stringify(show)}`).toBe(true);
      for (const e of rec.events) {
        expect(rec.article.text.slice(e.evidence.trigger.start, e.evidence.trigger.end)).toBe(
          e.evidence.trigger.text,
        );
        expect(e.evidence.sentence.start).toBeLessThanOrEqual(e.evidence.trigger.start);
      }
    });
  }
});
