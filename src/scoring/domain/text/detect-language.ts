import type { DetectedLanguage } from '../text-models.types.js';
import { classifyCodePoint, ScriptClass } from './script-classes.js';

export interface ScriptCounts {
  han: number;
  latinLetters: number;
  latinWords: number;
  kana: number;
  otherLetters: number;
}

/** Average Han characters per Chinese word, to compare Chinese and English amounts in "word units". */
const HAN_PER_WORD = 1.5;
const MIXED_MIN_UNITS = 2;
const MIXED_MIN_SHARE = 0.2;

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, latinLetters: 0, latinWords: 0, kana: 0, otherLetters: 0 };
  let inLatinWord = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i) ?? cp;
      i++;
    }
    const cls = classifyCodePoint(cp);
    if (cls === ScriptClass.Latin) {
      counts.latinLetters++;
      if (!inLatinWord) counts.latinWords++;
      inLatinWord = true;
      continue;
    }
    // Apostrophes and hyphens inside a word ("don't", "well-made") do not start a new word.
    if (inLatinWord && (cp === 0x27 || cp === 0x2019 || cp === 0x2d)) continue;
    inLatinWord = false;
    if (cls === ScriptClass.Han) counts.han++;
    else if (cls === ScriptClass.Kana) counts.kana++;
    else if (cls === ScriptClass.OtherLetter) counts.otherLetters++;
  }
  return counts;
}

export function detectLanguage(text: string): DetectedLanguage {
  return languageFromCounts(countScripts(text));
}

export function languageFromCounts(c: ScriptCounts): DetectedLanguage {
  const zhUnits = c.han / HAN_PER_WORD;
  const enUnits = c.latinWords;
  const otherUnits = c.otherLetters / 3 + c.kana;
  // Japanese mixes kanji with kana; any real share of kana means "not Chinese".
  if (c.kana > 0 && c.kana >= 0.1 * (c.han + c.kana)) return 'other';
  const total = zhUnits + enUnits + otherUnits;
  if (total === 0 || otherUnits / total >= 0.5) return 'other';
  if (zhUnits === 0) return 'en';
  if (enUnits === 0) return 'zh';
  const minority = Math.min(zhUnits, enUnits);
  if (minority >= MIXED_MIN_UNITS && minority / (zhUnits + enUnits) >= MIXED_MIN_SHARE) return 'mixed';
  return zhUnits >= enUnits ? 'zh' : 'en';
}

/** Size of a text in "word units" (English words, Han characters / 1.5), used to weight mixed parts. */
export function wordUnits(c: ScriptCounts): number {
  return c.han / HAN_PER_WORD + c.latinWords;
}
