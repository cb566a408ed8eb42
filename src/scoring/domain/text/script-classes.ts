/** Coarse script class of one code point, used by language detection and script splitting. */
export const enum ScriptClass {
  Neutral = 0,
  Han = 1,
  Latin = 2,
  Kana = 3,
  OtherLetter = 4,
}

const OTHER_LETTER = /\p{L}/u;

export function classifyCodePoint(cp: number): ScriptClass {
  if (cp < 0x80) {
    const lower = cp | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? ScriptClass.Latin : ScriptClass.Neutral;
  }
  if (isHan(cp)) return ScriptClass.Han;
  if (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) return ScriptClass.Latin;
  if (cp >= 0x3040 && cp <= 0x30ff) return ScriptClass.Kana;
  return OTHER_LETTER.test(String.fromCodePoint(cp)) ? ScriptClass.OtherLetter : ScriptClass.Neutral;
}

export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2ebef)
  );
}
