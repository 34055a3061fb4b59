// wink's tokenizer knows letters up to Latin-1 (é, ñ, ü) but cuts a word at any other Latin
// letter: "Radosław" → "Rados" "ł" "aw", "Erdoğan" → "Erdo" "ğ" "an". wink is given the text with
// those letters replaced by a plain letter of the same case, one UTF-16 unit for one, so every
// offset still points into the real text; tokens take their text from the real text.

/** Latin Extended-A and -B, and Latin Extended Additional (Vietnamese): the letters wink splits on. */
const RANGES: readonly [number, number][] = [
  [0x100, 0x24f],
  [0x1e00, 0x1eff],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const SPLITS = new RegExp(`[${RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`);
/** Letters with no decomposition to a base letter. */
const BASE: Readonly<Record<string, string>> = {
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ł: 'L',
  ł: 'l',
  Ŋ: 'N',
  ŋ: 'n',
  Œ: 'O',
  œ: 'o',
  Ŧ: 'T',
  ŧ: 't',
  ſ: 's',
  ĸ: 'k',
  ẞ: 'S',
};

let table: Map<number, number> | undefined;
/** Code unit → its stand-in, built on first use. */
function standIns(): Map<number, number> {
  if (table) return table;
  table = new Map();
  for (const [from, to] of RANGES)
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (!/\p{L}/u.test(ch)) continue;
      const base = BASE[ch] ?? ch.normalize('NFD')[0];
      const plain = /^[A-Za-z]$/.test(base) ? base : ch === ch.toLowerCase() ? 'x' : 'X';
      table.set(c, plain.charCodeAt(0));
    }
  return table;
}

/** `text` as wink should read it: same length, letters wink would split on made plain. */
export function textForWink(text: string): string {
  if (!SPLITS.test(text)) return text;
  const map = standIns();
  const units = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = map.get(c) ?? c;
  }
  let out = '';
  // fromCharCode over chunks: one call per code unit would be slow, one call for all may
  // overflow the argument limit on a long article.
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}
