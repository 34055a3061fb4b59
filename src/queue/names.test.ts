import { describe, expect, it } from 'vitest';
import { ATTEMPTS, codeJobOptions } from './job-data.js';
import { DEFAULT_QUEUE, deadLetterName, inputErrorJobId, jobIdFor, queueRef } from './names.js';

describe('queue names', () => {
  it('splits a parley queue name into BullMQ prefix and name', () => {
    expect(queueRef(DEFAULT_QUEUE)).toEqual({ full: 'parley:code', prefix: 'parley', name: 'code' });
    expect(queueRef('a:b:c')).toEqual({ full: 'a:b:c', prefix: 'a:b', name: 'c' });
    expect(queueRef('plain')).toEqual({ full: 'plain', prefix: 'bull', name: 'plain' });
    for (const bad of ['', ':x', 'x:', 'a b', 'x/y']) expect(() => queueRef(bad), bad).toThrow();
  });

  it('names the dead-letter queue', () => {
    expect(deadLetterName('parley:code')).toBe('parley:dead');
    expect(deadLetterName('parley:t1')).toBe('parley:t1-dead');
  });

  it('uses the article id as job id when BullMQ accepts it, else an injective encoding', () => {
    expect(jobIdFor('breitbart_2016-03-11_x')).toBe('breitbart_2016-03-11_x');
    expect(jobIdFor('3f2a9c0d11aa22bb')).toBe('3f2a9c0d11aa22bb');
    const odd = ['123', 'a:b', 'a b', '~x', 'é', "it's", '(x)', 'a%3Ab'];
    const ids = odd.map(jobIdFor);
    for (const id of ids) {
      expect(id).not.toContain(':');
      expect(`${Number.parseInt(id, 10)}`).not.toBe(id);
    }
    expect(new Set([...ids, ...odd.filter((o) => /^[A-Za-z0-9._-]+$/.test(o))]).size).toBe(ids.length + 1);
    expect(jobIdFor('a:b')).not.toBe(jobIdFor('a%3Ab'));
  });

  it('gives input errors a stable id of their own', () => {
    expect(inputErrorJobId('x.jsonl#3')).toBe(inputErrorJobId('x.jsonl#3'));
    expect(inputErrorJobId('x.jsonl#3')).not.toBe(inputErrorJobId('x.jsonl#4'));
    expect(inputErrorJobId('x.jsonl#3')).toMatch(/^~input-[0-9a-f]{24}$/);
  });

  it('retries jobs 5 times with exponential backoff and keeps failed jobs for the dead-letter move', () => {
    expect(codeJobOptions('x')).toMatchObject({
      jobId: 'x',
      attempts: ATTEMPTS,
      backoff: { type: 'exponential' },
      removeOnFail: false,
    });
    expect(ATTEMPTS).toBe(5);
  });
});
