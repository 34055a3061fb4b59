import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { docFromText } from '../../test-helpers/doc-from-text.js';
import { extractPlaces } from '../places/places.stage.js';
import { assignFocusCountry } from './actor-country.refiner.js';
import { extractActors } from './actors.stage.js';

const k = loadKnowledge();
const code = (text: string) => {
  const doc = docFromText(text);
  const actors = extractActors(doc, k, { published: '2004-11-07' });
  return assignFocusCountry(actors, extractPlaces(doc, k, actors), doc.sentences, doc.text);
};

describe('unknown titled people take the article focus country', () => {
  it('a president named in no dictionary, in a story about one country', () => {
    const a = code(
      'President Jean Dupont-Kouassi said the curfew in Abidjan would be extended. Fighting in Abidjan went on.',
    );
    expect(a.find((x) => x.name.includes('Kouassi'))).toMatchObject({
      code: 'CIVGOV',
      country: 'CIV',
      known: false,
    });
  });
  it('no focus when two countries are named as often', () => {
    const a = code('President Jean Dupont-Kouassi flew from Abidjan to Accra.');
    expect(a.find((x) => x.name.includes('Kouassi'))?.country).toBeNull();
  });
  it('the nearest country named before the person in the sentence comes first', () => {
    const a = code(
      'A Peruvian prosecutor summoned former president Jorge Alvarado-Quispe over contracts with Chile and Bolivia.',
    );
    expect(a.find((x) => x.name.includes('Quispe'))?.code).toBe('PERGOV');
  });
  it('the focus counts the countries of every kind of actor, not only states', () => {
    const a = code('President Mateo Kuvanza postponed the vote, Zambian opposition parties said.');
    expect(a.find((x) => x.name.includes('Kuvanza'))?.country).toBe('ZMB');
  });
  it('an ethnic group takes the other country its sentence names, where it lives', () => {
    const a = code('Thousands of ethnic Uzbeks fled the fighting in southern Kyrgyzstan.');
    expect(a.find((x) => x.mentions[0].text === 'Uzbeks')?.code).toBe('KGZCVL');
  });
  it('a plain plural demonym stays its state', () => {
    const a = code('Uzbeks voted on Sunday in Tashkent.');
    expect(a.find((x) => x.mentions[0].text === 'Uzbeks')?.code).toBe('UZB');
  });
  it('an organisation officer keeps the organisation code', () => {
    const a = code('NATO Secretary General Anders Holmqvist flew to Kyiv. Kyiv welcomed the visit to Kyiv.');
    expect(a.find((x) => x.name.includes('Holmqvist'))?.code).toBe('IGONAT');
  });
});
