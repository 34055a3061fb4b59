import { describe, expect, it } from 'vitest';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { extractTimes } from '../times/times.stage.js';
import { extractQuotes, type QuoteCandidate } from './quotes.stage.js';
import { timeSpans } from './time-spans.js';

interface Want {
  text: string;
  direct?: boolean;
  cue?: string | null;
  speaker?: string | null;
  kind?: QuoteCandidate['speakerKind'];
  clause?: string;
}

/** As the pipeline runs it: with the times stage's time expressions. */
function quotes(text: string): QuoteCandidate[] {
  const doc = docFromText(text);
  return extractQuotes(doc, timeSpans(extractTimes(doc, { published: '2021-03-18' })));
}

function check(text: string, want: Want): void {
  const qs = quotes(text);
  expect(qs.map((q) => q.text)).toEqual([want.text]);
  const [q] = qs;
  expect(q.text).toBe(text.slice(q.start, q.end));
  if (want.direct !== undefined) expect(q.direct).toBe(want.direct);
  if (want.cue !== undefined) expect(q.cue).toBe(want.cue);
  if (want.speaker !== undefined) expect(q.speaker?.text ?? null).toBe(want.speaker);
  if (want.speaker) expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe(want.speaker);
  if (want.kind !== undefined) expect(q.speakerKind).toBe(want.kind);
  if (want.clause !== undefined) expect(text.slice(q.clause.start, q.clause.end)).toBe(want.clause);
}

describe('extractQuotes: attribution after the quote', () => {
  const cases: [string, string, Want][] = [
    [
      'X said',
      '"We will go," Lavrov said.',
      { text: 'We will go', direct: true, cue: 'say', speaker: 'Lavrov', kind: 'name' },
    ],
    [
      'said X',
      '"We will go," said Sergei Lavrov.',
      { text: 'We will go', cue: 'say', speaker: 'Sergei Lavrov', kind: 'name' },
    ],
    [
      'title and name',
      '“We hope for progress,” Russian Foreign Minister Sergei Lavrov said at the onset of the conference.',
      {
        text: 'We hope for progress',
        speaker: 'Russian Foreign Minister Sergei Lavrov',
        kind: 'name',
        clause: 'Russian Foreign Minister Sergei Lavrov said at the onset of the conference',
      },
    ],
    [
      'time in the clause',
      '"Further delays are unacceptable," Lavrov said on Thursday.',
      { text: 'Further delays are unacceptable', clause: 'Lavrov said on Thursday' },
    ],
    [
      'a name with letters beyond Latin-1',
      '"We will not back down," Erdoğan told reporters in Ankara.',
      { text: 'We will not back down', cue: 'tell', speaker: 'Erdoğan', kind: 'name' },
    ],
    [
      'a titled name with letters beyond Latin-1',
      '"The talks were useful," said Polish Foreign Minister Radosław Sikorski.',
      {
        text: 'The talks were useful',
        cue: 'say',
        speaker: 'Polish Foreign Minister Radosław Sikorski',
        kind: 'name',
      },
    ],
    [
      'told reporters',
      '"We are ready," Lavrov told reporters in Moscow.',
      { text: 'We are ready', cue: 'tell', speaker: 'Lavrov', clause: 'Lavrov told reporters in Moscow' },
    ],
    [
      'said in a statement',
      '"The talks were useful," the Foreign Ministry said in a statement.',
      {
        text: 'The talks were useful',
        speaker: 'the Foreign Ministry',
        kind: 'organization',
        clause: 'the Foreign Ministry said in a statement',
      },
    ],
    ['wrote on Twitter', '"Sad!" Trump wrote on Twitter.', { text: 'Sad!', cue: 'write', speaker: 'Trump' }],
    [
      'role only',
      '“We will not leave,” the minister said.',
      { text: 'We will not leave', speaker: 'the minister', kind: 'role' },
    ],
    [
      'pronoun',
      '"We will not leave," she said.',
      { text: 'We will not leave', speaker: 'she', kind: 'pronoun' },
    ],
    [
      'according to',
      '"The talks were useful," according to the ministry.',
      { text: 'The talks were useful', cue: 'according to', speaker: 'the ministry', kind: 'organization' },
    ],
    [
      'adverb and auxiliary',
      '"We stay," Lavrov has also said.',
      { text: 'We stay', cue: 'say', speaker: 'Lavrov' },
    ],
    [
      'appositive',
      '"It was a sad moment," Jo Coelbart, a retired Belgian general, said.',
      { text: 'It was a sad moment', speaker: 'Jo Coelbart' },
    ],
    [
      'verb wink tags as a noun',
      '"Cruz appeals to Democrats," Viguerie notes.',
      { text: 'Cruz appeals to Democrats', cue: 'note', speaker: 'Viguerie' },
    ],
    [
      'question then capitalised pronoun',
      '"Too forced?" He tweeted when the debate ended.',
      { text: 'Too forced?', cue: 'tweet', speaker: 'He' },
    ],
    [
      'brackets after the name',
      '"Pfizer is gaming the system," Senate Minority Leader Harry M. Reid (D-Nev.) said in a statement.',
      { text: 'Pfizer is gaming the system', speaker: 'Senate Minority Leader Harry M. Reid (D-Nev.)' },
    ],
    [
      'dash attribution',
      '“Maybe we can build a wall around him.” ― Steve Quinlan',
      { text: 'Maybe we can build a wall around him.', cue: null, speaker: 'Steve Quinlan' },
    ],
    [
      'NYT doubled apostrophes',
      "''A lot of clubs should have closed,'' Mr. Hedge said.",
      { text: 'A lot of clubs should have closed', speaker: 'Mr. Hedge', kind: 'name' },
    ],
  ];
  for (const [label, text, want] of cases) it(label, () => check(text, want));

  it('does not take "He said …" after a finished quote for its attribution', () => {
    const qs = quotes('"We won." He said the talks would go on.');
    expect(qs.every((q) => q.text !== 'We won.')).toBe(true);
  });
});

describe('extractQuotes: attribution before the quote', () => {
  const cases: [string, string, Want][] = [
    [
      'X said:',
      'Lavrov said on Thursday: "Further delays are unacceptable."',
      { text: 'Further delays are unacceptable.', speaker: 'Lavrov', clause: 'Lavrov said on Thursday' },
    ],
    [
      'X told reporters,',
      'He told reporters, "We are ready."',
      { text: 'We are ready.', cue: 'tell', speaker: 'He', kind: 'pronoun' },
    ],
    [
      'according to X,',
      'According to the ministry, "the talks were useful."',
      { text: 'the talks were useful.', cue: 'according to', speaker: 'the ministry' },
    ],
    [
      'said that "…"',
      'The minister said that "further delays are unacceptable."',
      { text: 'further delays are unacceptable.', speaker: 'The minister', kind: 'role' },
    ],
    [
      'wrote on Twitter:',
      'Trump wrote on Twitter: "Sad!"',
      { text: 'Sad!', cue: 'write', speaker: 'Trump', clause: 'Trump wrote on Twitter' },
    ],
    [
      'colon at the end of the paragraph before',
      'Cruz continued:\n“You look at the questions.”',
      { text: 'You look at the questions.', cue: 'continue', speaker: 'Cruz' },
    ],
    [
      'a verb that is no speech verb before a colon',
      'President Clinton released the following statement:\n“Hillary and I offer our condolences.”',
      { text: 'Hillary and I offer our condolences.', speaker: 'President Clinton' },
    ],
    [
      'headline: name and colon',
      'Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’',
      { text: 'I’m the Worst Thing That Ever Happened to the Establishment.', cue: null, speaker: 'Trump' },
    ],
    [
      'verb after "and"',
      'He adopted a fake accent and joked, “It is easier for them.”',
      { text: 'It is easier for them.', cue: 'joke', speaker: 'He' },
    ],
  ];
  for (const [label, text, want] of cases) it(label, () => check(text, want));
});

describe('extractQuotes: partial, split and long quotes', () => {
  it('finds a partial quote inside a sentence with its speaker and time', () => {
    check(
      'The US is to withdraw by May 1 - a deadline US President Joe Biden said on Wednesday would be "tough" to meet.',
      {
        text: 'tough',
        direct: true,
        cue: 'say',
        speaker: 'US President Joe Biden',
        kind: 'name',
        clause: 'US President Joe Biden said on Wednesday',
      },
    );
  });

  it('merges a quote split by its attribution into one quote', () => {
    const text = '"We will not leave," he said, "until the job is done."';
    check(text, { text: 'We will not leave," he said, "until the job is done.', speaker: 'he', cue: 'say' });
  });

  it('merges a split quote whose second part starts a new sentence', () => {
    check('"It is heartbreaking," Ryan said. "This country has to heal."', {
      text: 'It is heartbreaking," Ryan said. "This country has to heal.',
      speaker: 'Ryan',
    });
  });

  it('keeps two quotes with two attributions apart', () => {
    const qs = quotes('"We go," Lavrov said. "We stay," Blinken said.');
    expect(qs.map((q) => q.speaker?.text)).toEqual(['Lavrov', 'Blinken']);
  });

  it('takes a quote over several paragraphs as one, attributed in its first paragraph', () => {
    const text =
      'Lavrov said: "The first part.\n"The second part.\n"The last part," he added.\nThe narration goes on.';
    check(text, {
      text: 'The first part.\n"The second part.\n"The last part',
      speaker: 'Lavrov',
      cue: 'say',
    });
  });

  it('adds a quoted paragraph with no attribution of its own to the quote before it', () => {
    const text = '"We will win," Trump said.\n"And we will win big."\nThe crowd cheered.';
    check(text, { text: 'We will win," Trump said.\n"And we will win big.', speaker: 'Trump' });
  });

  it('attributes a quote followed by more words and a sentence-final attribution', () => {
    check('"He can assert it, but it seems unlikely" that Sanders can win, said Steve Elmendorf.', {
      text: 'He can assert it, but it seems unlikely',
      speaker: 'Steve Elmendorf',
    });
  });

  it('finds a quote in single marks with its cue', () => {
    check("'We will not leave,' the minister said.", { text: 'We will not leave', speaker: 'the minister' });
  });
});

describe('extractQuotes: reported speech', () => {
  const cases: [string, string, Want][] = [
    [
      'said that',
      'Lavrov said that further delays were unacceptable.',
      { text: 'further delays were unacceptable', direct: false, cue: 'say', speaker: 'Lavrov' },
    ],
    [
      'said without that',
      'Lavrov said on Thursday further delays were unacceptable.',
      { text: 'further delays were unacceptable', direct: false, clause: 'Lavrov said on Thursday' },
    ],
    [
      'told X that',
      'The minister told reporters that the talks would resume.',
      { text: 'the talks would resume', direct: false, cue: 'tell', speaker: 'The minister' },
    ],
    [
      'sentence-final',
      'Further delays are unacceptable, Lavrov said.',
      { text: 'Further delays are unacceptable', direct: false, speaker: 'Lavrov' },
    ],
    [
      'sentence-final inverted',
      'The talks will resume next week, said a spokesman for the ministry.',
      {
        text: 'The talks will resume next week',
        direct: false,
        speaker: 'a spokesman for the ministry',
        kind: 'role',
      },
    ],
    [
      'according to, first',
      'According to officials, the talks will resume next week.',
      { text: 'the talks will resume next week', direct: false, cue: 'according to', speaker: 'officials' },
    ],
    [
      'according to, last',
      'The talks will resume next week, according to officials.',
      { text: 'The talks will resume next week', direct: false, cue: 'according to' },
    ],
    [
      'analysts have said',
      'Analysts have said the Moscow conference is largely a curtain-raiser.',
      {
        text: 'the Moscow conference is largely a curtain-raiser',
        direct: false,
        speaker: 'Analysts',
        kind: 'role',
      },
    ],
    [
      'organisation',
      'The Foreign Ministry said the talks were useful.',
      { text: 'the talks were useful', direct: false, speaker: 'The Foreign Ministry', kind: 'organization' },
    ],
    [
      'verb of belief',
      'Officials believe the deal will hold.',
      { text: 'the deal will hold', direct: false, cue: 'believe', speaker: 'Officials' },
    ],
  ];
  for (const [label, text, want] of cases) it(label, () => check(text, want));

  it('prefers a direct partial quote to the reported clause around it', () => {
    const qs = quotes('He said the plan was "a disaster" for the country.');
    expect(qs.map((q) => [q.text, q.direct])).toEqual([['a disaster', true]]);
  });

  it('returns quotes in text order', () => {
    const qs = quotes(
      '"First," Lavrov said.\nThe minister said that the second was late.\n"Third," Blinken said.',
    );
    expect(qs.map((q) => q.start)).toEqual([...qs.map((q) => q.start)].sort((a, b) => a - b));
    expect(qs).toHaveLength(3);
  });
});

describe('time expressions after the cue are not what was said', () => {
  it('"said early Friday that …": the report starts after the time', () =>
    check('The French interior minister said early Friday that 80 people were killed.', {
      text: '80 people were killed',
      direct: false,
      cue: 'say',
    }));
  it('"told reporters this weekend …": audience and time are both skipped', () =>
    check('The president told reporters this weekend he would veto the bill.', {
      text: 'he would veto the bill',
      direct: false,
    }));
  it('a vague time inside a noun phrase ("at a recent Reuters event") keeps a split quote whole', () =>
    check(
      '“I think there is a high probability of an accident,” portfolio manager Bonnie Baha said at a recent Reuters event in New York. “It is like braking with no gas in the car.”',
      {
        text: 'I think there is a high probability of an accident,” portfolio manager Bonnie Baha said at a recent Reuters event in New York. “It is like braking with no gas in the car.',
        speaker: 'portfolio manager Bonnie Baha',
      },
    ));
});
