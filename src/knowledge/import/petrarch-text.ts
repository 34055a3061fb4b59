/**
 * Line-level reading shared by the PETRARCH/TABARI dictionary importers: comments, bracketed
 * codes, dates and display names. Pure functions over strings.
 */

/** One meaningful line of a dictionary file: its 1-based number, and its text without comments. */
export interface DictLine {
  readonly n: number;
  /** The line with its comment removed and trailing blanks trimmed; leading blanks are kept. */
  readonly text: string;
  /** The line as written (for reports). */
  readonly raw: string;
}

/**
 * Removes a comment: everything from a `#` that is not inside `[...]` or `{...}` (codes such as
 * `[###]` keep their hashes). With `semicolon`, an old TABARI `;` comment is removed too.
 */
export function stripComment(line: string, semicolon = false): string {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (depth === 0 && (c === '#' || (semicolon && c === ';'))) return line.slice(0, i);
  }
  return line;
}

/**
 * The lines of a dictionary, comments removed. `<!-- … -->` XML comments (one line or several)
 * and lines starting with `#` are dropped; other `<…>` lines are kept (the caller decides);
 * lines that end up blank are dropped.
 */
export function dictLines(text: string, opts: { semicolon?: boolean } = {}): DictLine[] {
  const out: DictLine[] = [];
  let inXml = false;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .forEach((raw, i) => {
      const t = raw.trim();
      if (inXml) {
        if (t.includes('-->')) inXml = false;
        return;
      }
      if (t.startsWith('<!')) {
        if (!t.includes('-->')) inXml = true;
        return;
      }
      if (t.startsWith('#')) return;
      const body = stripComment(raw, opts.semicolon).replace(/\s+$/, '');
      if (body.trim()) out.push({ n: i + 1, text: body, raw });
    });
  return out;
}

/** The contents of every `[...]` group on a line, trimmed ("[USAGOV >20090120]" → "USAGOV >20090120"). */
export function bracketGroups(line: string): string[] {
  return [...line.matchAll(/\[([^\]]*)\]?/g)].map((m) => m[1].trim());
}

/** The text of a line before its first `[`. */
export function beforeBracket(line: string): string {
  const i = line.indexOf('[');
  return i < 0 ? line : line.slice(0, i);
}

/**
 * A PETRARCH date (YYYYMMDD — longer runs are cut to eight digits as PETRARCH does —, or YYMMDD where 00–30 are 20YY and 31–99 are 19YY, as KEDS, TABARI
 * and PETRARCH read it) → ISO YYYY-MM-DD, or null when it is not a valid date.
 */
export function petrarchDate(s: string): string | null {
  const t = s.trim();
  let y: number;
  let rest: string;
  if (/^\d{8,}$/.test(t)) {
    // as PETRARCH: only the first eight digits of a long date are read
    y = Number(t.slice(0, 4));
    rest = t.slice(4);
  } else if (/^\d{6}$/.test(t)) {
    const yy = Number(t.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = t.slice(2);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** The ISO date one day after `iso` (for turning PETRARCH's inclusive ends into exclusive ones). */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Words of a PETRARCH phrase: `_` and blanks both separate words; a final `_` is dropped. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .trim()
    .split(/[\s_]+/)
    .filter((w) => w.length > 0);
}

/**
 * A display name for an upper-case PETRARCH phrase: "GEORGE_W._BUSH" → "George W. Bush". Short
 * single-word phrases ("IMF", "PLO", "THE_AU") and dotted abbreviations ("U.N.") stay upper case,
 * so that parley's acronym rule (the text must be upper case too) applies to them.
 */
export function displayName(phrase: string): string {
  const words = phraseWords(phrase);
  const core = words[0]?.toUpperCase() === 'THE' ? words.slice(1) : words;
  const acronym = core.length === 1 && /^[A-Z0-9&]{2,3}$/.test(core[0]);
  return words
    .map((w) => {
      if (acronym && w === core[0]) return w;
      if (/^([A-Z]\.)+[A-Z]?\.?$/.test(w)) return w; // U.N., U.S.S.R
      return w.toLowerCase().replace(/(^|[-'(/])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}
