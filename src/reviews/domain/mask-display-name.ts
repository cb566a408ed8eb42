/**
 * Public views show a masked name only: enough to tell reviewers apart on a
 * page, not enough to identify someone ("Alice Smith" → "A***e S.", "张三丰" → "张**").
 */
export function maskDisplayName(name: string | null): string {
  if (!name || name.trim() === '') return 'Anonymous';
  const words = name.trim().split(/\s+/).slice(0, 2);
  return words.map((word, index) => maskWord(Array.from(word), index > 0)).join(' ');
}

function maskWord(chars: string[], initialOnly: boolean): string {
  if (initialOnly) return `${chars[0]}.`;
  if (/\p{Script=Han}/u.test(chars[0])) return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
  if (chars.length <= 2) return `${chars[0]}*`;
  return `${chars[0]}***${chars[chars.length - 1]}`;
}
