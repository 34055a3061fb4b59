import type { Doc, Sentence } from '../../nlp/doc.js';
import { type ActorMention, actorMention } from './actor-mention.js';
import { entryOf, type Segment } from './segments.js';

const STATELESS = new Set(['NGO', 'IGO']);

/**
 * Plural sector nouns with no owner ("attacks targeting politicians … and journalists") take
 * the country of their sentence when the sentence names exactly one country (by name, capital
 * or demonym).
 */
export function bareSectors(
  doc: Doc,
  s: Sentence,
  segs: readonly Segment[],
  found: readonly ActorMention[],
): ActorMention[] {
  const covered = (seg: Segment) =>
    found.some((m) => m.tokenStart < seg.tokenEnd && seg.tokenStart < m.tokenEnd);
  const out: ActorMention[] = [];
  // "a human rights group", "aid agencies": non-governmental (or international) bodies of no
  // country are coded by their sector alone (NGO, IGO).
  for (const seg of segs) {
    const sec = entryOf(seg, 'sector');
    if (!sec || !STATELESS.has(sec.sector.code) || seg.entries.length > 1 || covered(seg)) continue;
    const last = doc.tokens[seg.tokenEnd - 1];
    if (last.pos !== 'NOUN') continue;
    out.push(
      actorMention(doc.tokens[seg.tokenStart].start, last.end, seg.tokenStart, seg.tokenEnd, {
        key: `S:${sec.sector.code}`,
        code: sec.sector.code,
        name: doc.text.slice(doc.tokens[seg.tokenStart].start, last.end),
        kind: 'organization',
        country: null,
        role: null,
        sector: sec.sector.code,
        known: true,
        confidence: 0.5,
        reason: 'bare-stateless-sector',
      }),
    );
  }
  const countries = new Set<string>();
  for (const seg of segs) {
    // a demonym names a country too: "Bangladeshi … troops arrived in Sierra Leone" names two
    const c = entryOf(seg, 'country', 'metonym', 'demonym');
    if (c) countries.add(c.country.code);
  }
  // so do composed actors ("French National Assembly" names France)
  for (const m of found) if (m.country) countries.add(m.country);
  if (countries.size !== 1) return out;
  const [code] = countries;
  for (const seg of segs) {
    const sec = entryOf(seg, 'sector');
    if (!sec || STATELESS.has(sec.sector.code) || seg.entries.length > 1 || covered(seg)) continue;
    const last = doc.tokens[seg.tokenEnd - 1];
    if (last.pos !== 'NOUN' || !/s$/.test(last.lower)) continue;
    const text = doc.text.slice(doc.tokens[seg.tokenStart].start, last.end);
    out.push(
      actorMention(doc.tokens[seg.tokenStart].start, last.end, seg.tokenStart, seg.tokenEnd, {
        key: `C:${code}${sec.sector.code}`,
        code: code + sec.sector.code,
        name: text,
        kind: 'sector',
        country: code,
        role: null,
        sector: sec.sector.code,
        known: true,
        confidence: 0.6,
        reason: 'bare-sector-in-country',
      }),
    );
  }
  void s;
  return out;
}
