import { candidate, type TimeRefiner } from './types.js';

/**
 * Takes a modifier before a date into its span: "early 2020", "mid-April", "late last year",
 * "the end of 2021", "the beginning of March". The value keeps the period (TIMEX3 puts the
 * part in a `mod` attribute, which parley's record does not carry).
 */
const MODIFIER =
  /(?:\b(?:early|mid|late)[\s-]+|\b(?:mid|end)-|\bthe\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder)\s+of\s+(?:the\s+)?)$/i;

export const modifierRefiner: TimeRefiner = {
  name: 'modifier',
  refine(doc, candidates) {
    return candidates.map((c) => {
      if (c.type !== 'DATE' || /^(?:P|PRESENT|PAST|FUTURE)/.test(c.value)) return c;
      const before = doc.text.slice(Math.max(0, c.start - 40), c.start);
      const m = MODIFIER.exec(before);
      if (!m) return c;
      // Do not reach over a line break or into a word that touches the expression.
      if (/\n/.test(m[0])) return c;
      const start = c.start - m[0].length;
      const rule = `${c.rule}+modifier`;
      return candidate(start, c.end, c.type, c.value, c.relative, c.endValue, c.deadline, rule, c.priority);
    });
  },
};
