import { addDays, type Ymd } from './calendar.js';
import { anchored } from './context.js';
import { regexParser } from './regex-parser.js';
import { fmtDate } from './timex.js';
import { type Hit, hit } from './types.js';
import { DAY_PARTS } from './vocab.js';

/**
 * Days named from the publication date: today, yesterday, tomorrow, tonight, "this morning",
 * "last night", "yesterday afternoon", "earlier today", "the day before yesterday".
 * Without a publication date they become PRESENT_REF / PAST_REF / FUTURE_REF.
 */
const PATTERN =
  /\b(?:(earlier|later)\s+)?(?:(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight)|(this|last)\s+(morning|afternoon|evening|night))\b/gi;

const OFFSETS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 };
const REFS = ['PAST_REF', 'PRESENT_REF', 'FUTURE_REF'];

export const relativeDayParser = regexParser({
  name: 'relative-day',
  pattern: PATTERN,
  words: ['today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night'],
  extract(ctx, m): Hit | null {
    let offset: number;
    let part: string | undefined;
    if (m[2]) {
      const word = m[2].toLowerCase().replace(/\s+/g, ' ');
      offset = word.startsWith('the day before') ? -2 : word.startsWith('the day after') ? 2 : OFFSETS[word];
      part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : undefined;
    } else if (m[4]) {
      offset = 0;
      part = 'NI';
    } else {
      const last = m[5].toLowerCase() === 'last';
      // "last night" is yesterday's; "last morning" is not English.
      if (last && m[6].toLowerCase() !== 'night') return null;
      offset = last ? -1 : 0;
      part = DAY_PARTS[m[6].toLowerCase()];
    }
    const value = anchored(
      ctx.dct,
      (d: Ymd) => fmtDate(addDays(d, offset)) + (part ? `T${part}` : ''),
      REFS[Math.sign(offset) + 1],
    );
    if (value === null) return null;
    return hit(m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', value, true);
  },
});
