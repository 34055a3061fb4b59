import { describe, expect, it } from 'vitest';
import type { Actor, Time } from '../../model/record.js';
import { QuoteSchema } from '../../model/record.js';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { attachSpeakers } from './attach-speaker.refiner.js';
import { extractQuotes } from './quotes.stage.js';

/** A hand-made actor with mentions found by their text (the n-th occurrence for repeats). */
function actor(
  text: string,
  id: string,
  kind: Actor['kind'],
  role: string | null,
  ...mentions: string[]
): Actor {
  const seen = new Map<string, number>();
  return {
    id,
    code: null,
    name: mentions[0] ?? id,
    kind,
    country: null,
    role,
    sector: null,
    known: true,
    confidence: 0.9,
    mentions: mentions.map((m) => {
      const from = seen.get(m) ?? 0;
      const start = text.indexOf(m, from);
      if (start < 0) throw new Error(`no mention ${m}`);
      seen.set(m, start + m.length);
      return { start, end: start + m.length, text: m };
    }),
  };
}

function time(text: string, id: string, t: string): Time {
  const start = text.indexOf(t);
  return {
    id,
    text: t,
    start,
    end: start + t.length,
    type: 'DATE',
    value: '2021-03-18',
    anchor: 'published',
  };
}

function run(text: string, actors: Actor[], times: Time[] = []) {
  const doc = docFromText(text);
  return attachSpeakers(extractQuotes(doc), actors, times, doc);
}

describe('attachSpeakers', () => {
  it('links a named speaker to the person whose mention overlaps it, before the state', () => {
    const text = '"Delays are unacceptable," Russian Foreign Minister Sergei Lavrov said on Thursday.';
    const actors = [
      actor(text, 'a1', 'state', null, 'Russian'),
      actor(text, 'a2', 'person', 'Foreign Minister', 'Sergei Lavrov'),
    ];
    const [q] = run(text, actors, [time(text, 't1', 'Thursday')]);
    expect(q).toMatchObject({
      id: 'q1',
      speaker: 'a2',
      speakerText: 'Russian Foreign Minister Sergei Lavrov',
      cue: 'say',
      time: 't1',
      direct: true,
    });
  });

  it('resolves "he" to the nearest person mentioned before', () => {
    const text = 'Lavrov met Blinken in Geneva.\n"We will meet again," he said.';
    const actors = [
      actor(text, 'a1', 'person', 'Foreign Minister', 'Lavrov'),
      actor(text, 'a2', 'person', 'Secretary of State', 'Blinken'),
    ];
    expect(run(text, actors)[0].speaker).toBe('a2');
  });

  it('skips organisations when resolving "she"', () => {
    const text = 'Merkel spoke after the European Union met.\n"We are ready," she said.';
    const actors = [
      actor(text, 'a1', 'person', 'Chancellor', 'Merkel'),
      actor(text, 'a2', 'organization', null, 'European Union'),
    ];
    expect(run(text, actors)[0].speaker).toBe('a1');
  });

  it('resolves "the minister" to the nearest person whose role holds "minister"', () => {
    const text = 'Lavrov and Blinken spoke.\n"We will not leave," the minister said.';
    const actors = [
      actor(text, 'a1', 'person', 'Foreign Minister', 'Lavrov'),
      actor(text, 'a2', 'person', 'Secretary of State', 'Blinken'),
    ];
    const [q] = run(text, actors);
    expect(q.speaker).toBe('a1');
    expect(q.speakerText).toBe('the minister');
  });

  it('links an organisation speaker to the organisation actor', () => {
    const text =
      'The Russian Foreign Ministry hosted the talks.\n"The talks were useful," the ministry said in a statement.';
    const actors = [
      actor(text, 'a1', 'government', null, 'Russian Foreign Ministry'),
      actor(text, 'a2', 'state', null, 'Russian'),
    ];
    expect(run(text, actors)[0].speaker).toBe('a1');
  });

  it('links an organisation speaker whose mention overlaps directly', () => {
    const text = '"The talks were useful," the Foreign Ministry said.';
    expect(run(text, [actor(text, 'a1', 'government', null, 'Foreign Ministry')])[0].speaker).toBe('a1');
  });

  it('leaves a speaker with no fitting actor unlinked but keeps its text', () => {
    const text = 'Analysts have said the conference in Turkey is largely a curtain-raiser.';
    const [q] = run(text, [actor(text, 'a1', 'state', null, 'Turkey')]);
    expect(q).toMatchObject({ speaker: null, speakerText: 'Analysts', direct: false, time: null });
  });

  it('links a surname to the person actor named in full elsewhere', () => {
    const text = 'Sergei Lavrov arrived.\n"Further delays are unacceptable," Lavrov said.';
    expect(run(text, [actor(text, 'a1', 'person', 'Foreign Minister', 'Sergei Lavrov')])[0].speaker).toBe(
      'a1',
    );
  });

  it('takes the time only from the attribution clause', () => {
    const text = 'Lavrov said on Thursday that the talks would resume next week.';
    const [q] = run(text, [], [time(text, 't1', 'next week'), time(text, 't2', 'Thursday')]);
    expect(q.time).toBe('t2');
  });

  it('numbers quotes q1… in text order and matches the record schema', () => {
    const text = '"First," Lavrov said.\n"Second," Blinken said.\nThe minister said that the third was late.';
    const qs = run(text, []);
    expect(qs.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    for (const q of qs) expect(QuoteSchema.parse(q)).toEqual(q);
  });

  it('returns an empty list for no candidates', () => {
    expect(attachSpeakers([], [], [], docFromText('Nothing here.'))).toEqual([]);
  });
});
