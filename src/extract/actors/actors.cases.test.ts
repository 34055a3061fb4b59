import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { extractPlaces } from '../places/places.stage.js';
import { extractActors } from './actors.stage.js';

const k = loadKnowledge();
const actorsOf = (text: string, date = '2021-03-18') =>
  extractActors(docFromText(text), k, { published: date });
const codes = (text: string, date?: string) => actorsOf(text, date).map((a) => a.code);

/** [label, sentence, codes that must be found, codes that must not be] */
const CASES: [string, string, string[], string[]?][] = [
  // countries, aliases, acronyms
  ['country name', 'Russia hosted the talks.', ['RUS']],
  ['alias US', 'The US welcomed the move.', ['USA']],
  ['alias U.S.', 'The U.S. envoy left.', ['USA']],
  ['alias America', 'America will not wait forever.', ['USA']],
  ['alias Britain', 'Britain sent aid.', ['GBR']],
  ['alias Turkiye', 'Türkiye offered to mediate.', ['TUR']],
  ['two countries', 'China and Pakistan signed a pact.', ['CHN', 'PAK']],
  ['lower-case us is no country', 'Follow us and tell us more.', [], ['USA']],
  ['sentence-initial Who is no WHO', 'Who is to blame for the crisis?', [], ['IGOUNOWHO', 'IGOWHO']],
  ['WHO in caps', 'The WHO warned of a new wave.', ['IGOUNO']],
  // composition: country + sector
  ['demonym government', 'The Afghan government rejected the plan.', ['AFGGOV']],
  ['acronym troops', 'US troops left the base.', ['USAMIL']],
  ['security forces', 'Afghan security forces retreated.', ['AFGMIL']],
  ['officials', 'Pakistani officials denied it.', ['PAKGOV']],
  ['journalists', 'Russian journalists were detained.', ['RUSMED']],
  ['police', 'Iranian police arrested protesters.', ['IRNCOP']],
  ['parliament', 'The Ukrainian parliament voted on Friday.', ['UKRLEG']],
  ['possessive sector', "Afghanistan's army lost ground.", ['AFGMIL']],
  ['sector of country', 'The government of Afghanistan rejected the plan.', ['AFGGOV']],
  ['soviet troops', 'Soviet troops left in 1989.', ['SUNMIL']],
  ['rebels', 'Syrian rebels shelled the town.', ['SYRREB']],
  ['owner over a modifier', 'Kenyan peacekeeping troops reached the border.', ['KENMIL']],
  ['a subject "in" a country is its own', 'Security forces in Togo have detained the activists.', ['TGOMIL']],
  ['police "in" a country opening a sentence', 'Police in Togo detained the activists.', ['TGOCOP']],
  [
    'a first name tagged as a verb after a title',
    'Rwandan General Prosper Habimana resigned on Monday.',
    ['RWAMIL'],
  ],
  [
    'a bare sector takes no country when a composed actor names another',
    'The German Bundestag speaker and a group of deputies met leaders of Poland.',
    [],
    ['POLLEG'],
  ],
  [
    'coordinated demonyms share a sector',
    'Kenyan and Ugandan troops crossed the border.',
    ['KENMIL', 'UGAMIL'],
  ],
  [
    'an abbreviation coordinated as an adjective',
    'US and French forces left the base.',
    ['USAMIL', 'FRAMIL'],
  ],
  [
    'a country name is no coordinated adjective',
    'Russia and Chinese troops held drills.',
    ['RUS', 'CHNMIL'],
    ['RUSMIL'],
  ],
  ['an organisation describing a member state', 'EU-member Malta closed its ports.', ['MLT'], ['IGOEUR']],
  ['a currency is no state', 'The fund lost up to US $20 million last year.', [], ['USA']],
  [
    'a language is no act of its state',
    'The court allowed the use of the Russian language in schools.',
    [],
    ['RUS'],
  ],
  ['capital before a companion phrase', 'Paris along with its partners condemned the coup.', ['FRA']],
  ['capital before a companion aside', 'Ankara, together with Baku, rejected the plan.', ['TUR']],
  ["a leader's administration", 'The Obama administration welcomed the vote.', ['USAGOV']],
  ["a leader's government", 'The Putin government expelled two diplomats.', ['RUSGOV']],
  ['an ethnic group of a country', 'Thousands of Syrian Kurds crossed the border.', ['SYRCVL']],
  ['a religious group in a country', 'Christians in Nigeria marched on Sunday.', ['NGACVL']],
  ['a bare rights group is an NGO', 'A human rights group accused the police of torture.', ['NGO']],
  ['hackers of a country', 'Russian hackers broke into the network.', ['RUSCRM']],
  ['landowners', 'Zimbabwean landowners went to court.', ['ZWECVL']],
  ['owner over two modifiers', 'Striking Chilean copper mine workers marched.', ['CHLLAB']],
  ['organisation over a modifier', 'European Union foreign ministers met in Brussels.', ['IGOEUR']],
  ['owner, modifier, title, name', 'Ghanaian deputy trade minister Kofi Mensah-Boateng left.', ['GHAGOV']],
  [
    'a demonym is a second country for a bare sector',
    'Ethiopian envoys said soldiers had crossed into Sudan.',
    ['ETHGOV'],
    ['SDNMIL'],
  ],
  ['a demonym owning a thing is its state', 'Ankara dismissed a Greek proposal on Friday.', ['TUR', 'GRC']],
  ['a demonym before a place noun is no actor', 'Shells fell near the Lebanese border.', [], ['LBN']],
  ['a demonym before a proper name is no state', 'Greek Cypriot leaders met.', [], ['GRC']],
  ['home sector in a country', 'Rebels in the Central African Republic seized a town.', ['CAFREB']],
  ["troops in a country may be anyone's", 'Troops in Mali came under fire.', [], ['MLIMIL']],
  ['sector of "the" country', 'The government of the Gambia denied it.', ['GMBGOV']],
  ['no owner over a verb', 'Brazilian officials said the army would stay.', ['BRAGOV'], ['BRAMIL']],
  // institutions
  ['Kremlin', 'The Kremlin denied the report.', ['RUSGOV']],
  ['White House', 'The White House said it would respond.', ['USAGOV']],
  ['Pentagon', 'The Pentagon confirmed the strike.', ['USAMIL']],
  ['Downing Street', 'Downing Street said Britain would help.', ['GBRGOV', 'GBR']],
  // organisations and groups
  ['Taliban', 'The Taliban seized the town.', ['TAL']],
  ['Taliban delegation', 'A Taliban delegation arrived in Moscow for the talks', ['TAL']],
  ['NATO and EU', 'NATO and the EU condemned the attack.', ['IGONAT', 'IGOEUR']],
  ['UN', 'The UN called for calm.', ['IGOUNO']],
  ['Hamas', 'Hamas fired rockets at Israel.', ['HMS', 'ISR']],
  ['Islamic State', 'Islamic State claimed the bombing.', ['ISI']],
  ['Hezbollah', 'Hezbollah denied any role.', ['HEZ']],
  ['Houthis', 'The Houthis attacked a ship.', ['HTH']],
  // people, titles, roles by date
  ['title + name', 'Russian Foreign Minister Sergei Lavrov spoke.', ['RUSGOV']],
  ['president + name', 'US President Joe Biden said it would be tough.', ['USAGOV']],
  ['surname only', 'Lavrov said on Thursday that delays were unacceptable.', ['RUSGOV']],
  ['two surnames', 'Biden met Putin in Geneva.', ['USAGOV', 'RUSGOV']],
  ['role only resolves to holder', 'The Russian foreign minister said talks would resume.', ['RUSGOV']],
  ['Prime Minister', 'Prime Minister Imran Khan visited Kabul.', ['PAKGOV']],
  ['UN Secretary-General', 'UN Secretary-General António Guterres urged restraint.', ['IGOUNO']],
  ['diacritic name', 'Guterres spoke to Erdoğan by phone.', ['IGOUNO', 'TURGOV']],
  [
    'French president',
    'French President Emmanuel Macron met German Chancellor Olaf Scholz.',
    ['FRAGOV', 'DEUGOV'],
  ],
  ['Taliban leader', 'Mullah Abdul Ghani Baradar led the Taliban team.', ['TAL']],
  ['Ghani in 2020', 'Ashraf Ghani said peace was near.', ['AFGGOV']],
  // metonymy, both ways
  ['capital as actor: possessive', "Washington's initiative drew support.", ['USA']],
  ['capital as actor: subject', 'Washington wants a deal.', ['USA']],
  ['capital as actor: adverb then verb', 'Moscow also rejected the claim.', ['RUS']],
  ['capital as place', 'He flew to Washington on Monday.', [], ['USA']],
  ['capital as modifier', 'The Moscow conference opened.', [], ['RUS']],
  ['both in one sentence', "Moscow's envoy said the talks in Moscow went well.", ['RUS']],
  [
    "a capital's namesake in another named country",
    'Gunmen in Tripoli shelled the port as Lebanese leaders met.',
    ['LBNUAF', 'LBNGOV'],
    ['LBY', 'LBYUAF'],
  ],
  [
    'the capital itself when its country is named',
    'Gunmen in Tripoli defied the Libyan government.',
    ['LBYUAF'],
  ],
  ['a capital used as an actor stays its state', "Tripoli's envoy met Lebanese leaders.", ['LBY', 'LBNGOV']],
  // bare sectors take the sentence's country
  ['bare sectors', 'Attacks in Afghanistan targeted politicians and journalists.', ['AFGPOL', 'AFGMED']],
  ['no country, no bare sector', 'Attacks targeted politicians and journalists.', [], ['AFGPOL']],
  // unknown people
  ['unknown with title', 'Colonel John Smith said the unit had withdrawn.', []],
  // negative cases
  ['month May', 'The deal may be signed in May.', [], ['GBRGOV']],
  ['common words', 'The turkey dinner was served in china bowls.', [], ['TUR', 'CHN']],
];

describe('actor recognition', () => {
  for (const [label, text, want, notWant = []] of CASES) {
    it(label, () => {
      const got = codes(text);
      for (const c of want)
        expect(
          got.some((g) => g === c || g?.startsWith(c)),
          `${c} in ${JSON.stringify(got)}`,
        ).toBe(true);
      for (const c of notWant) expect(got, `${c} must not be found`).not.toContain(c);
    });
  }
  it('dates decide roles: Biden in 2019 is a former official, in 2022 the government', () => {
    expect(codes('Joe Biden criticized the plan.', '2019-05-01')).toEqual(['USAELI']);
    expect(codes('Joe Biden criticized the plan.', '2022-05-01')).toEqual(['USAGOV']);
  });
  it('dates decide roles: Trump is USAGOV in 2018 and 2025, not in 2022', () => {
    expect(codes('Trump spoke.', '2018-06-01')).toEqual(['USAGOV']);
    expect(codes('Donald Trump spoke.', '2022-06-01')).toEqual(['USAELI']);
    expect(codes('Trump spoke.', '2025-06-01')).toEqual(['USAGOV']);
  });
  it('a person is one actor with every mention, role and surname', () => {
    const a = actorsOf(
      'Russian Foreign Minister Sergei Lavrov spoke. Later Lavrov said the talks went well.',
    );
    const lavrov = a.find((x) => x.name === 'Sergei Lavrov')!;
    expect(lavrov.mentions.map((m) => m.text)).toEqual(['Russian Foreign Minister Sergei Lavrov', 'Lavrov']);
    expect(lavrov).toMatchObject({ kind: 'person', role: 'Foreign Minister', country: 'RUS', known: true });
  });
  it('an unknown titled person is reported with known: false and linked by surname', () => {
    const a = actorsOf(
      'Colonel John Smith said the unit had withdrawn. Smith added that more troops would come.',
    );
    const smith = a.find((x) => x.name.includes('Smith'))!;
    expect(smith.known).toBe(false);
    expect(smith.mentions).toHaveLength(2);
  });
  it('every mention points at its text', () => {
    const text =
      "The Kremlin, which pulled Soviet troops from Afghanistan in 1989, backed Washington's initiative.";
    for (const a of actorsOf(text))
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('places', () => {
  const placesOf = (text: string) => {
    const doc = docFromText(text);
    return extractPlaces(doc, k, extractActors(doc, k, { published: '2021-03-18' }));
  };
  it('capital after a locative word is a place with coordinates', () => {
    const [p] = placesOf('A delegation arrived in Moscow for the talks.');
    expect(p).toMatchObject({ name: 'Moscow', country: 'RUS', kind: 'city' });
    expect(p.lat).toBeCloseTo(55.75, 1);
  });
  it('a country after a locative word is a place', () =>
    expect(placesOf('Talks will be held in Turkey.')[0]).toMatchObject({
      name: 'Turkey',
      country: 'TUR',
      kind: 'country',
    }));
  it('a capital used as an actor is no place', () => expect(placesOf("Washington's role grew.")).toEqual([]));
  it('a region is a place of its state, the longest name winning', () => {
    const [p] = placesOf('Aid convoys reached South Kivu on Tuesday.');
    expect(p).toMatchObject({ name: 'Kivu', country: 'COD', kind: 'region' });
    expect(p.mentions[0].text).toBe('South Kivu');
  });
  it("a capital's namesake in a country the story names: Tripoli in Lebanon", () =>
    expect(placesOf('Fighting spread in Tripoli, the second city of Lebanon.')[0]).toMatchObject({
      name: 'Tripoli',
      country: 'LBN',
    }));
  it("a capital's namesake: the capital wins when its own country is named", () =>
    expect(placesOf('Libyan militias fought in Tripoli.')[0]).toMatchObject({ country: 'LBY' }));
  it('a region before a metonym in it: East Jerusalem is not Jerusalem', () =>
    expect(placesOf('Clashes broke out in East Jerusalem overnight.').map((p) => p.name)).toEqual([
      'East Jerusalem',
    ]));
  it('English exonyms: Geneva is in Switzerland', () =>
    expect(placesOf('Biden met Putin in Geneva.')[0]).toMatchObject({ country: 'CHE' }));
  it('Paris in a Texas story is in Texas', () =>
    expect(placesOf('The mayor of Paris, Texas, said the storm hit Paris overnight.')[0]).toMatchObject({
      country: 'USA',
    }));
  it('Paris Hilton is no place', () => expect(placesOf('Paris Hilton arrived late.')).toEqual([]));
  it('a city of the article country', () =>
    expect(placesOf('Fighting raged in Kandahar, Afghan officials said.')[0]).toMatchObject({
      country: 'AFG',
    }));
  it('month names are no places', () => expect(placesOf('In March, the envoy returned.')).toEqual([]));
});

describe('names with Latin letters beyond Latin-1', () => {
  it('a titled name is the whole name, not the letters before "ł"', () => {
    const text =
      'Polish Foreign Minister Radosław Sikorski met Turkish President Tayyip Erdoğan. Sikorski left.';
    const found = actorsOf(text).map((a) => ({
      code: a.code,
      name: a.name,
      mentions: a.mentions.map((m) => m.text),
    }));
    expect(found).toContainEqual({
      code: 'POLGOV',
      name: 'Radosław Sikorski',
      mentions: ['Polish Foreign Minister Radosław Sikorski', 'Sikorski'],
    });
    expect(found).toContainEqual(
      expect.objectContaining({ code: 'TURGOV', mentions: ['Turkish President Tayyip Erdoğan'] }),
    );
  });
});
