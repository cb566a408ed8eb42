import { classifyCodePoint, ScriptClass } from './script-classes.js';

export interface ScriptSegment {
  script: 'zh' | 'en';
  text: string;
}

/**
 * Splits text into alternating Chinese / Latin-script runs. Digits, spaces and
 * punctuation stay with the run they follow, so "很好!" and "great!" keep their "!".
 */
export function splitByScript(text: string): ScriptSegment[] {
  const segments: ScriptSegment[] = [];
  let current: ScriptSegment | undefined;
  let pendingNeutral = '';
  for (const ch of text) {
    const cls = classifyCodePoint(ch.codePointAt(0) ?? 0);
    const script = cls === ScriptClass.Han ? 'zh' : cls === ScriptClass.Latin ? 'en' : undefined;
    if (script === undefined) {
      if (current) current.text += ch;
      else pendingNeutral += ch;
      continue;
    }
    if (current?.script === script) {
      current.text += ch;
    } else {
      current = { script, text: pendingNeutral + ch };
      pendingNeutral = '';
      segments.push(current);
    }
  }
  return segments;
}
