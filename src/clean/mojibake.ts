// Mojibake: UTF-8 text that went through a Windows-1252 (or Latin-1) decoder on its way to us,
// so "Sánchez" arrives as "SÃ¡nchez" and "’" as "â€™". Scrapers and feeds pass it on; names
// and quotes break on it. Each such sequence is turned back into its bytes and read as UTF-8.

/** Windows-1252 bytes 0x80–0x9F and the characters a 1252 decoder makes of them. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const byteOf = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) byteOf.set(String.fromCharCode(b), b); // Latin-1, C1 controls too
for (const [i, ch] of [...CP1252_HIGH].entries()) byteOf.set(ch, 0x80 + i);

/**
 * The mis-decoded sequences that are repaired, each only where correct text would not have it:
 * Â/Ã + one continuation (Latin-1 letters and signs: "Ã¡" → "á"); â + two (punctuation: "â€™" →
 * "’"); Ä/Å + one inside a word (Latin Extended-A: "ErdoÄŸan", "RadosÅ‚aw"). Other lead letters
 * are left alone: "groß“", "OLÉ”" or "été »" are what they say, and read as UTF-8 bytes they
 * would make N'Ko, IPA or Chinese letters.
 */
const CONT = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
const SEQUENCE = new RegExp(
  `[\\u00c2\\u00c3]${CONT}|[\\u00c4\\u00c5]${CONT}(?=\\p{L})|\\u00e2${CONT}{2}`,
  'gu',
);
/** What a repaired â-sequence may be: general punctuation, currency signs, letterlike (™). */
const PUNCTUATION = /^[\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]$/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The character a mis-decoded sequence stood for, or null when its bytes are not one UTF-8 character. */
function repairOne(seq: string): string | null {
  const bytes = Uint8Array.from([...seq], (ch) => byteOf.get(ch) ?? 0);
  const lead = bytes[0];
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length !== length) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * `text` with mis-decoded UTF-8 sequences repaired; text without any is returned as it is.
 * Text mis-decoded twice ("FranÃ\u0083Â§ois") takes a second pass.
 */
export function repairMojibake(text: string): string {
  let out = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = repairPass(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Some sources also applied compatibility decomposition (NFKD) to the mojibake, turning the
 * Latin-1 sign that stood for a continuation byte into a space and an accent, or a fraction:
 * "GÃ¼len" arrives as "GÃ1⁄4len", "Ã¨" as "Ã ̈". Only after a lead letter Â/Ã are they put back.
 */
const DECOMPOSED = /([\u00c2\u00c3])( \u0308| \u0304| \u0301| \u0327|1\u20444|1\u20442|3\u20444)/g;
const RECOMPOSED: Readonly<Record<string, string>> = {
  ' \u0308': '¨',
  ' \u0304': '¯',
  ' \u0301': '´',
  ' \u0327': '¸',
  '1\u20444': '¼',
  '1\u20442': '½',
  '3\u20444': '¾',
};

function repairPass(input: string): string {
  const text =
    input.includes('\u00c2') || input.includes('\u00c3')
      ? input.replace(DECOMPOSED, (_, lead: string, sign: string) => lead + RECOMPOSED[sign])
      : input;
  SEQUENCE.lastIndex = 0;
  if (!SEQUENCE.test(text)) return text;
  SEQUENCE.lastIndex = 0;
  return text.replace(SEQUENCE, (seq) => {
    const fixed = repairOne(seq);
    return fixed === null || (seq.length === 3 && !PUNCTUATION.test(fixed)) ? seq : fixed;
  });
}
