import { textAfter } from './context.js';
import { regexParser } from './regex-parser.js';
import { type Hit, hit } from './types.js';

/**
 * Vague references to the present, past and future: "now", "currently", "at present" →
 * PRESENT_REF; "recently", "in the past", "recent" → PAST_REF; "soon", "in the future",
 * "the coming weeks", "the long term" → FUTURE_REF.
 */
const PATTERN = new RegExp(
  [
    '\\b(?:(right\\s+now|now|currently|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment|the\\s+time\\s+being)',
    '|(recently|lately|recent|(?<=\\b(?:in|of|from)\\s+)the\\s+past(?!\\s+(?:\\d|few|several|many|year|month|week|decade|day)))',
    '|((?:very\\s+)?soon|in\\s+the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near\\s+|distant\\s+)?future|in\\s+future' +
      '|the\\s+(?:coming|next\\s+few|following)\\s+(?:days|weeks|months|years)|the\\s+(?:long|short|near|medium)\\s+term))\\b',
  ].join(''),
  'gi',
);
/** "now" that is not a time: "now-defunct" is fine, but "Now This" (a name) and "now that" are not. */
const NOT_AFTER_NOW = /^\s*that\b/i;

export const refParser = regexParser({
  name: 'ref',
  pattern: PATTERN,
  words: [
    'now',
    'currently',
    'present',
    'presently',
    'nowadays',
    'these',
    'moment',
    'being',
    'recently',
    'lately',
    'recent',
    'past',
    'soon',
    'future',
    'coming',
    'few',
    'following',
    'term',
  ],
  extract(ctx, m): Hit | null {
    const text = m[0].toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    if (m[1]) {
      if (text === 'now' && NOT_AFTER_NOW.test(textAfter(ctx.text, end, 8))) return null;
      return hit(m.index, end, 'DATE', 'PRESENT_REF', false);
    }
    return hit(m.index, end, 'DATE', m[2] ? 'PAST_REF' : 'FUTURE_REF', false);
  },
});
