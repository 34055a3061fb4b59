/** Characters that can change under fold beyond lower-casing: anything not ASCII, and "`". */
const NEEDS_FULL_FOLD = /[`\u0080-\uffff]/;

/** The key a token or phrase is matched on: lower case, no diacritics, plain apostrophes. */
export function fold(s: string): string {
  // ASCII without "`" is already NFD, has no marks, curly quotes or dashes: only lower-case it
  if (!NEEDS_FULL_FOLD.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}
