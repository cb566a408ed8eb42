/**
 * The ways round a word list that cost a writer nothing, undone (pure): leetspeak ("idi0t", "a$$hole"),
 * look-alike Cyrillic and Greek letters ("іdiоt"), letters spaced or dotted out ("m o r o n", "i.d.i.o.t") and
 * separators between Chinese characters ("傻 逼", "差-评-删"). Screening matches the rules on the folded text
 * and on this view; personal data and contact details are read from the folded text only, where digits are
 * still digits.
 */

const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const HOMOGLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'gu');

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' };
const TOKEN = /[\p{Script=Latin}0-9@$!|]+/gu;
const LATIN = /\p{Script=Latin}/gu;
const LEET_CHAR = /[0-9@$!|]/g;

/** "idi0t", "sh1t", "a$$hole", "b!tch" → letters; a token needs two letters, so "65w", "a4" and "3.2" stay. */
function unleet(token: string): string {
  const core = token.replace(/!+$/, '');
  if (!/[0-9@$!|]/.test(core) || (core.match(LATIN)?.length ?? 0) < 2) return token;
  return core.replace(LEET_CHAR, (c) => LEET[c] ?? c) + token.slice(core.length);
}

/** Three or more single letters with one separator between each: "m o r o n", "i.d.i.o.t", "s-t-f-u". */
const SPACED_LETTERS = /(?<![\p{Script=Latin}0-9])\p{Script=Latin}(?:[\s.*_-]\p{Script=Latin}(?![\p{Script=Latin}0-9])){2,}/gu;
const BETWEEN_HAN = /(?<=\p{Script=Han})[\s.*_·-]+(?=\p{Script=Han})/gu;

export function deobfuscatedView(folded: string): string {
  return folded
    .replace(HOMOGLYPH, (c) => HOMOGLYPHS[c])
    .replace(SPACED_LETTERS, (run) => run.replace(/[\s.*_-]/g, ''))
    .replace(TOKEN, unleet)
    .replace(BETWEEN_HAN, '');
}
