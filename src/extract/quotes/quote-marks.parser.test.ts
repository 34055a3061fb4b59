import { describe, expect, it } from 'vitest';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { parseDoubleQuotes } from './quote-marks.parser.js';
import { parseSingleQuotes } from './single-quote-marks.parser.js';

function contents(text: string): string[] {
  return parseDoubleQuotes(docFromText(text)).map((m) => text.slice(m.start, m.end));
}
function singles(text: string): string[] {
  const doc = docFromText(text);
  return parseSingleQuotes(doc, parseDoubleQuotes(doc)).map((m) => text.slice(m.start, m.end));
}

describe('parseDoubleQuotes', () => {
  const cases: [label: string, text: string, want: string[]][] = [
    ['straight marks', 'He said "we will go" today.', ['we will go']],
    ['curly marks', 'He said “we will go” today.', ['we will go']],
    ['trailing comma left out of the content', '“We will go,” he said.', ['We will go']],
    ['two quotes in one paragraph', '"One," he said, "two."', ['One', 'two.']],
    [
      'nested single marks stay inside',
      "\"They called it 'tough' and 'long,'\" he said.",
      ["They called it 'tough' and 'long,'"],
    ],
    [
      'nested curly inside straight',
      '"The question: “Are you sure?” was odd," he said.',
      ['The question: “Are you sure?” was odd'],
    ],
    ['doubled apostrophes (NYT style)', "''We will go,'' Mr. Smith said.", ['We will go']],
    ['doubled curly singles', '‘‘We will go,’’ Mr. Smith said.', ['We will go']],
    ['curly opening mark typed as a closing one', '“We will go,“ he said.', ['We will go']],
    ['empty quotes give nothing', 'He said "" and left.', []],
    ['guillemets', 'Il a dit «nous partirons» hier.', ['nous partirons']],
  ];
  for (const [label, text, want] of cases) it(label, () => expect(contents(text)).toEqual(want));

  it('runs a quote over paragraphs when each opens with a mark and only the last closes', () => {
    const text = 'Lavrov said: "First part.\n"Second part.\n"Last part," he added.\nNarration.';
    const [m] = parseDoubleQuotes(docFromText(text));
    expect(text.slice(m.start, m.end)).toBe('First part.\n"Second part.\n"Last part');
    expect([m.paragraph, m.lastParagraph, m.closed]).toEqual([0, 2, true]);
  });

  it('ends an unclosed quote with its paragraph when the next does not open with a mark', () => {
    const text = 'He said "we will never leave.\nThe next paragraph is plain narration.\nAnd so is this one.';
    const ms = parseDoubleQuotes(docFromText(text));
    expect(ms).toHaveLength(1);
    expect(text.slice(ms[0].start, ms[0].end)).toBe('we will never leave.');
    expect(ms[0].closed).toBe(false);
  });

  it('does not carry an unclosed mid-sentence scare quote into a quoted next paragraph', () => {
    const text = 'It was a “question that amounted to a spanking.\n“You called women pigs,” Kelly said.';
    expect(contents(text)).toEqual(['question that amounted to a spanking.', 'You called women pigs']);
  });

  it('restarts at a second opening mark of the same style', () => {
    expect(contents('“We go. “And we stay,” he said.')).toEqual(['We go.', 'And we stay']);
  });

  it('ignores a stray closing mark', () => {
    expect(contents('He left” and then said “bye” to all.')).toEqual(['bye']);
  });

  it('records whether the quote ends with punctuation inside the marks', () => {
    const [a, b] = parseDoubleQuotes(docFromText('“We go,” he said of the “peace plan” today.'));
    expect(a.endsWithPunct).toBe(true);
    expect(b.endsWithPunct).toBe(false);
  });
});

describe('parseSingleQuotes', () => {
  it('finds British-style single quotes', () => {
    expect(singles("'We will go,' he said.")).toEqual(['We will go']);
  });
  it('does not read apostrophes as quotes', () => {
    expect(singles("Russia's role and the students' union don't matter in the '90s.")).toEqual([]);
  });
  it('finds curly single quotes in a headline', () => {
    expect(singles('Caddell: Voters Worried; It’s ‘in Their Heads’')).toEqual(['in Their Heads']);
  });
  it('leaves single quotes inside double quotes to the double quote', () => {
    expect(singles('"They said \'no\' twice," he said.')).toEqual([]);
  });
  it('drops a single opening mark that is never closed', () => {
    expect(singles("He said 'we will go and never came back.")).toEqual([]);
  });
});
