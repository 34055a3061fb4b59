import { describe, expect, it } from 'vitest';
import { timesOf } from './test-helpers/cases.js';

/** Text that must yield no time at all (published 2021-03-18). */
const NEGATIVE: readonly (readonly [string, string])[] = [
  ['May as a name and a modal', 'Theresa May said the plan may be delayed.'],
  ['May as a possessive name', "Theresa May's government fell."],
  ['Prime Minister May', 'The talks were led by Prime Minister May.'],
  ['May opening a question', 'May I ask a question?'],
  ['march as a noun', 'The march on Washington drew thousands.'],
  ['March as a named protest', 'The March for Our Lives drew thousands.'],
  ['march as a verb', 'Protesters will march to parliament.'],
  ['April as a name', 'April Ryan asked a question.'],
  ['read time', '2 min read'],
  ['phone number', 'Call 555-1989 for details.'],
  ['international phone number', 'Call +44 20 7946 0958 for details.'],
  ['aircraft model', 'The Boeing 737 crashed near Jakarta.'],
  ['quantity of shares', 'He sold 2000 shares.'],
  ['quantity with the', 'The 2000 troops were withdrawn.'],
  ['year before 1800', 'In 1750 the city was founded.'],
  ['year after 2100', 'By 2150 the seas will have risen.'],
  ['impossible date with year', 'It happened on February 30, 2021.'],
  ['impossible date', 'It happened on February 30.'],
  ['index level with a decimal', 'The index closed at 8,579.19.'],
  ['number then "a"', 'Apple will give owners of its new iPhone 4 a free case.'],
  ['fraction', 'About 3/4 of voters agreed.'],
  ['a quarter of', 'About a quarter of the votes were counted.'],
  ['a second time', 'He was elected for a second time.'],
  ['age with hyphens', 'The 27-year-old man was arrested.'],
  ['age with years old', 'He is 45 years old.'],
  ['index name with a year', 'The Russell 2000 Index fell.'],
  ['score', 'The home side won 3-1.'],
  ['percent', 'Growth rose 2.5 percent.'],
  ['UN resolution number', 'Resolution 1973 authorised force.'],
  ['flight number', 'Flight 2020 landed safely.'],
  ['ages in a decade', 'Most of them are in their 20s.'],
  ['Black Monday', 'Traders remember Black Monday.'],
  ['Good Friday', 'The Good Friday Agreement holds.'],
  ['Arab Spring', 'The Arab Spring began in Tunisia.'],
  ['fall as an event', 'The fall of the Berlin Wall changed Europe.'],
  ['fall as a drop', 'There was a sharp fall in prices.'],
  ['spring as water', 'Villagers drink from a hot spring.'],
  ['meeting minutes', 'The minutes of the meeting were published.'],
  ['day-to-day', 'He ran the day-to-day operations.'],
  ['current as a noun', 'The electric current was cut.'],
  ['now that', 'Now that the war is over, they rebuild.'],
  ['newspaper name', 'A soldier boards a plane [File photo / Harbour Daily]'],
  ['the day defined by a clause', 'The date everybody talked about was the day the Americans leave.'],
];

describe('negative cases: no time', () => {
  for (const [label, text] of NEGATIVE) {
    it(label, () => {
      expect(timesOf(text).map((t) => `${t.text}=${t.value}`)).toEqual([]);
    });
  }
});
