import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuoteCandidate } from '../extract/quotes/quotes.stage.js';
import { evalPolnear, matchDoc, parseAnn } from './polnear.eval.js';

const DEV = new URL('../../../shared/data/quotes/dev', import.meta.url).pathname;

const TEXT = '"We go," he said. Officials said the talks ended. "A," Lavrov said, "B."';
const ANN = [
  'T1\tContent 1 6\tWe go',
  'T2\tSource 9 11\the',
  'T3\tCue 12 16\tsaid',
  'T4\tAttribution 12 16\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  'T5\tContent 32 48\tthe talks ended.',
  'T6\tCue 27 31\tsaid',
  'T7\tAttribution 27 31\tsaid',
  'E2\tAttribution:T7 Content:T5 Cue:T6',
  'T8\tContent 49 53;67 71\t"A," "B."',
  'T9\tSource 54 60\tLavrov',
  'T10\tAttribution 61 65\tsaid',
  'E3\tAttribution:T10 Content:T8 Source:T9',
].join('\n');

function cand(start: number, end: number, speaker: [number, number] | null): QuoteCandidate {
  return {
    start,
    end,
    text: TEXT.slice(start, end),
    direct: true,
    cue: 'say',
    cueSpan: null,
    speaker: speaker ? { start: speaker[0], end: speaker[1], text: TEXT.slice(...speaker) } : null,
    speakerKind: null,
    clause: { start, end },
  };
}

describe('PolNeAR brat reading', () => {
  it('reads contents, sources and discontinuous spans, and marks direct contents', () => {
    const gold = parseAnn(ANN, TEXT);
    expect(gold).toHaveLength(3);
    expect(gold[0]).toEqual({ content: [[1, 6]], source: [[9, 11]], direct: false });
    expect(gold[1].source).toBeNull();
    expect(gold[2]).toEqual({
      content: [
        [49, 53],
        [67, 71],
      ],
      source: [[54, 60]],
      direct: true,
    });
  });

  it('matches found and gold one to one and checks the speaker by overlap', () => {
    const gold = parseAnn(ANN, TEXT);
    // One candidate over both parts of the split quote, one wrong speaker, one that matches nothing.
    const found = [cand(1, 6, [9, 11]), cand(50, 70, [10, 11]), cand(20, 25, null)];
    const m = matchDoc(found, gold);
    expect(m.tp).toBe(2);
    expect(m.speakerN).toBe(2);
    expect(m.speakerOk).toBe(1);
  });
});

// Floors: what the stage reached on dev (direct P .955 R .933 F1 .944 speaker .965; all P .956
// R .460 F1 .621 speaker .914), minus a small margin.
describe.skipIf(!existsSync(DEV))('PolNeAR dev quotes (needs ../shared/data/quotes/dev)', () => {
  it('keeps direct-quote F1 and speaker accuracy above their floors', async () => {
    const r = await evalPolnear(DEV);
    expect(r.docs).toBe(84);
    expect(r.direct.f1).toBeGreaterThanOrEqual(0.92);
    expect(r.direct.p).toBeGreaterThanOrEqual(0.93);
    expect(r.direct.r).toBeGreaterThanOrEqual(0.91);
    expect(r.direct.speakerAcc).toBeGreaterThanOrEqual(0.94);
    expect(r.all.p).toBeGreaterThanOrEqual(0.93);
    expect(r.all.f1).toBeGreaterThanOrEqual(0.59);
    expect(r.all.speakerAcc).toBeGreaterThanOrEqual(0.89);
  }, 120_000);
});
