import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalMeantime } from './meantime.eval.js';

const DATA = fileURLToPath(new URL('../../../shared/data/times/meantime_en.jsonl', import.meta.url));
const present = existsSync(DATA);

/**
 * Floors measured on the 120 articles (value F1 0.865, span F1 0.935, value accuracy 0.926),
 * minus a small margin, so a regression fails and noise does not.
 */
const VALUE_F1_FLOOR = 0.84;
const SPAN_F1_FLOOR = 0.91;

describe('MEANTIME time evaluation (needs ../shared/data/times/meantime_en.jsonl)', () => {
  it.skipIf(!present)(
    `value F1 ≥ ${VALUE_F1_FLOOR} and span F1 ≥ ${SPAN_F1_FLOOR}`,
    async () => {
      const s = await evalMeantime(DATA);
      expect(s.docs).toBe(120);
      expect(s.gold).toBe(488);
      expect(s.valueF1).toBeGreaterThanOrEqual(VALUE_F1_FLOOR);
      expect(s.spanF1).toBeGreaterThanOrEqual(SPAN_F1_FLOOR);
      expect(s.valueAcc).toBeGreaterThan(0.88);
    },
    120_000,
  );
  if (!present) it.skip(`${DATA} not found: MEANTIME evaluation skipped`, () => {});
});
