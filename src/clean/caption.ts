const AGENCY =
  /\b(getty|afp|ap|reuters|epa|efe|anadolu|xinhua|tass|sputnik|ria|shutterstock|alamy|photo|photograph|image|images|handout|pool|file|courtesy|press|ministry|office|service|agency|via)\b/i;

/** A caption line with its credit: `text [Credit / Agency]`, `text (Photo: X)`, `text Photograph: X`. */
export function parseCaption(line: string): { text: string; credit: string } | null {
  const t = line.trim();
  let m = /^(.{8,}?)\s*\[([^[\]]{2,80})\]$/.exec(t);
  if (m && (m[2].includes('/') || AGENCY.test(m[2]))) return { text: m[1].trim(), credit: m[2].trim() };
  m = /^(.{8,}?)\s*\((?:photo|photograph|image|picture|credit)s?\s*(?::|by)\s*([^()]{2,80})\)$/i.exec(t);
  if (m) return { text: m[1].trim(), credit: m[2].trim() };
  m = /^(.{8,}?[.!?])\s*(?:photo|photograph|image|picture)(?:graph)?\s*(?::|by)\s*(.{2,80})$/i.exec(t);
  if (m) return { text: m[1].trim(), credit: m[2].trim() };
  m = /^(.{8,}?)\s*\(([^()]{2,60}\/[^()]{2,60})\)$/.exec(t);
  if (m && AGENCY.test(m[2])) return { text: m[1].trim(), credit: m[2].trim() };
  return null;
}
