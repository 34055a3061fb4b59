import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/knowledge.js';
import { codeArticle } from '../../pipeline/code-article.js';

const k = loadKnowledge();

/** Source → target codes of the event of one type found in `text` (exact lists, in order). */
function slots(text: string, type: string): string | undefined {
  const rec = codeArticle(
    { input: 't', kind: 'text', body: `Report\n\n${text}`, meta: { published: '2021-03-18' } },
    k,
  );
  const code = (id: string) => rec.actors.find((a) => a.id === id)?.code;
  const e = rec.events.find((x) => x.type === type);
  return e && `${e.source.map(code).join(',')}→${e.target.map(code).join(',')}`;
}

describe('target slots', () => {
  it('the one asked in a "that" clause after the demand is the target', () => {
    expect(slots('China demanded on Monday that Australia apologise for the remarks.', 'REQUEST')).toBe(
      'CHN→AUS',
    );
  });
  it('a complement ("refused to hand over … to X") holds the target of a none-target pattern', () => {
    expect(slots('Serbia refused to hand over the suspect to Croatia.', 'REJECT')).toBe('SRB→HRV');
  });
  it('the next-actor fallback keeps coordinated actors', () => {
    expect(slots('Japan offered to send doctors to Nepal and Bhutan.', 'AGREE')).toBe('JPN→NPL,BTN');
  });
  it('a reporting clause after a comma is no list member of the object', () => {
    expect(slots('The United States sent arms to Ukraine last year, a Pentagon spokesman said.', 'AID')).toBe(
      'USA→UKR',
    );
  });
  it('an opening adverbial before a comma is no list the subject belongs to', () => {
    expect(
      slots('After talks with aid agencies, the Ethiopian government agreed to reopen the border.', 'AGREE'),
    ).toBe('ETHGOV→');
  });
  it('the one pressed is a name right after a final "for" of a none-target pattern', () => {
    expect(slots('Germany is pushing hard for the Netherlands to back the plan.', 'REQUEST')).toBe('DEU→NLD');
  });
  it('a passive agent far from its participle still makes the clause passive', () => {
    expect(slots('Peru was accused of dumping cheap steel on the market by Chile.', 'ACCUSE')).toBe(
      'CHL→PER',
    );
  });
  it('a passive subject that is a thing of an actor stands for the actor', () => {
    expect(slots('A school for Somali refugees was attacked by Kenyan militiamen.', 'ASSAULT')).toBe(
      'KENUAF→SOMREF',
    );
  });
});

describe('merged reports of one event', () => {
  it('keep the side the other report names more exactly', () => {
    const text =
      'Qatar on Sunday was hosting Afghan peace talks.\n\nQatar is hosting talks between the Afghan government and the Taliban.';
    expect(slots(text, 'CONSULT')).toBe('QAT→AFGGOV,TAL');
  });
});
