let table: Map<string, number> | undefined;

/**
 * Character → two-byte GB18030 code, found by decoding every two-byte code
 * once: TextDecoder knows GB18030 but there is no TextEncoder for it.
 */
function twoByteTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const char = decoder.decode(pair);
      // Where two codes decode to the same character, the first is the one encoders write.
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, (lead << 8) | trail);
    }
  }
  return table;
}

/**
 * Encodes text as GB18030 (a superset of GBK) using only the one- and
 * two-byte codes, which cover everything in GBK; any other character is
 * written as `fallback(char)`, e.g. an HTML character reference.
 */
export function encodeGb18030(text: string, fallback: (char: string) => string): Uint8Array {
  const codes = twoByteTable();
  const bytes: number[] = [];
  const put = (char: string) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      return true;
    }
    const pair = codes.get(char);
    if (pair === undefined) return false;
    bytes.push(pair >> 8, pair & 0xff);
    return true;
  };
  for (const char of text) {
    if (!put(char))
      for (const replacement of fallback(char))
        if (!put(replacement)) throw new Error(`fallback for ${char} is not GBK text`);
  }
  return Uint8Array.from(bytes);
}
