import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Every record object of one kind has one hidden class: when actors, times or events came in
 * several shapes (spread copies, optional fields added later), V8 kept deoptimizing and
 * recompiling the stages that read them, ≈ 2 ms of compiling per article over the first two
 * thousand articles, on the core a second worker needs. Checked with V8's own map comparison
 * on the demo corpus (the build from global-setup).
 */
describe('record objects keep one shape per kind', () => {
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', 'test/record-shapes.probe.mjs'], {
    encoding: 'utf8',
  });
  const kinds = JSON.parse(out) as Record<string, { maps: number; keys: string[] }>;
  it('sees every kind', () =>
    expect(Object.keys(kinds).sort()).toEqual(['actor', 'actor mention', 'event', 'place', 'quote', 'time']));
  for (const kind of ['actor', 'actor mention', 'event', 'place', 'quote', 'time'])
    it(kind, () => expect(kinds[kind], JSON.stringify(kinds[kind]?.keys)).toMatchObject({ maps: 1 }));
});
