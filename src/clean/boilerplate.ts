import type { z } from 'zod';
import type { RemovedReason } from '../model/record.js';

type Reason = z.infer<typeof RemovedReason>;

// Each rule names why a line is not article text; the first that matches wins.
const RULES: readonly { reason: Reason; test: RegExp; maxLength?: number }[] = [
  { reason: 'read-time', test: /^\d+\s*(min|mins|minute|minutes)(\s+read|\s+to read)?\.?$/i },
  { reason: 'read-time', test: /^(reading time|listen to this article|listen)\s*:?.{0,20}$/i },
  {
    reason: 'related-link',
    test: /^(read more|related|see also|also read|more on this|recommended|read also|further reading|more from|watch|related stories|related articles|related content|you may also like|most read|top stories)\b\s*[:|>-]/i,
  },
  {
    reason: 'related-link',
    test: /^(related stories|related articles|you may also like|most read|recommended stories|more stories)$/i,
  },
  {
    reason: 'social',
    test: /^(follow us|follow (him|her|them|the author)|share (this|on|via)|share$|like us on|join us on|find us on|connect with us|tweet this|click to share)/i,
    maxLength: 200,
  },
  {
    reason: 'social',
    test: /\b(facebook|twitter|instagram|whatsapp|telegram|linkedin|youtube)\b.*\b(follow|share|connected|subscribe|join)\b/i,
    maxLength: 160,
  },
  {
    // "Follow Kestrel Wire on Facebook, Twitter and Instagram for breaking news"
    reason: 'social',
    test: /^(follow|like|find|join)\b.{0,60}\b(on|via)\s+(facebook|twitter|instagram|x|telegram|whatsapp|youtube|linkedin|threads|bluesky)\b/i,
    maxLength: 160,
  },
  {
    reason: 'newsletter',
    test: /\b(sign up (for|to)|subscribe (to|for)|newsletter|get our .{0,30} in your inbox)\b/i,
    maxLength: 200,
  },
  {
    reason: 'cookie',
    test: /\b(we use cookies|cookie (policy|settings|preferences)|accept (all )?cookies)\b/i,
    maxLength: 300,
  },
  {
    reason: 'ad',
    test: /^(advertisement|advert|sponsored( content)?|promoted|ad|scroll to continue( with content)?|story continues below( advertisement)?)$/i,
  },
  {
    reason: 'byline',
    test: /^[Bb]y\s+[A-Z][\p{L}.'-]+(\s+[A-Z][\p{L}.'-]+){0,3}(\s*(,|and|&)\s*[A-Z][\p{L}.'-]+(\s+[A-Z][\p{L}.'-]+){0,3})*(\s*[,|-]\s*[\p{L} ]{2,40})?$/u,
    maxLength: 120,
  },
  { reason: 'byline', test: /^(reporting|additional reporting|editing|writing) by\b/i, maxLength: 250 },
  {
    reason: 'dateline',
    test: /^(published|updated|last updated|posted|first published)\s*(on|:)?\s*.{0,60}\d.{0,40}$/i,
    maxLength: 120,
  },
  {
    reason: 'nav',
    test: /^(home|menu|skip to (main )?content|back to top|search|log in|sign in|subscribe|next article|previous article|print|email)$/i,
  },
  { reason: 'nav', test: /^([\p{L} ]{2,20})(\s*[>›»|/]\s*[\p{L} ]{2,20}){2,}$/u, maxLength: 120 },
  { reason: 'other', test: /^(©|\(c\)|copyright\b|all rights reserved)/i, maxLength: 200 },
];

/** Why a line is boilerplate, or null when it is article text. */
export function boilerplateReason(line: string): Reason | null {
  const t = line.trim();
  if (!t) return null;
  for (const r of RULES) {
    if (r.maxLength && t.length > r.maxLength) continue;
    if (r.test.test(t)) return r.reason;
  }
  return null;
}
