import type { Person, Role } from '../../knowledge/schema.js';

/** Is `date` (YYYY-MM-DD) within [from, to)? Partial dates compare by their prefix. */
export function inRange(date: string, from: string, to: string | null): boolean {
  const lo = from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from;
  if (date < lo) return false;
  if (to == null) return true;
  const hi = to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to;
  return to.length === 10 ? date < hi : date <= hi;
}

export interface RoleAt {
  readonly code: string | null;
  readonly title: string | null;
  readonly country: string | null;
  /** true when the person held the role on the date; false for a former/later holder. */
  readonly current: boolean;
}

/**
 * The role a person held on a date. Without a date, the latest role. Someone who held office
 * before (but not on) the date is coded as a former official: country + ELI (CAMEO's elites).
 */
export function roleAt(person: Person, date: string | null): RoleAt {
  const roles = person.roles;
  if (!date) {
    const last = [...roles].sort((a, b) => (b.from > a.from ? 1 : -1))[0];
    return fromRole(last, true);
  }
  const now = roles.filter((r) => inRange(date, r.from, r.to));
  if (now.length) return fromRole(now.sort((a, b) => rank(a) - rank(b))[0], true);
  const past = roles.filter((r) => r.to != null && r.to <= date).sort((a, b) => (b.to! > a.to! ? 1 : -1))[0];
  const ref = past ?? roles[0];
  const country =
    ref.country ?? (/^[A-Z]{3}/.test(ref.code) && !ref.code.startsWith('IGO') ? ref.code.slice(0, 3) : null);
  return {
    code: country ? `${country}ELI` : null,
    title: past ? `former ${ref.title}` : null,
    country,
    current: false,
  };
}

function fromRole(r: Role, current: boolean): RoleAt {
  return { code: r.code, title: r.title, country: r.country, current };
}

// When someone holds two roles at once, the higher office names them.
const ORDER = [
  'president',
  'prime minister',
  'chancellor',
  'king',
  'emir',
  'supreme leader',
  'leader',
  'secretary-general',
  'minister',
  'secretary',
];
function rank(r: Role): number {
  const t = r.title.toLowerCase();
  const i = ORDER.findIndex((o) => t.includes(o));
  return i < 0 ? ORDER.length : i;
}
