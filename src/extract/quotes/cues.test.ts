import { describe, expect, it } from 'vitest';
import data from '../../../knowledge/quotes/cues.json' with { type: 'json' };
import { CUES, CuesSchema } from './cues.js';

describe('knowledge/quotes/cues.json', () => {
  it('matches its schema', () => {
    expect(() => CuesSchema.parse(data)).not.toThrow();
  });

  for (const [name, words] of Object.entries(CUES)) {
    it(`${name}: unique, lower-case, trimmed entries`, () => {
      expect(new Set(words).size).toBe(words.length);
      for (const w of words) expect(w).toBe(w.trim().toLowerCase());
    });
  }

  it('keeps the core cues of the issue', () => {
    for (const w of ['say', 'tell', 'add', 'write', 'warn']) expect(CUES.speech).toContain(w);
    expect(CUES.audienceVerbs).toContain('tell');
    for (const w of ['ministry', 'government', 'kremlin']) expect(CUES.organizationHeads).toContain(w);
    expect(CUES.roleWords).toContain('minister');
  });
});
