/**
 * Screening for merchant replies (pure). A reply that trips any rule is held for a
 * moderator with the findings as reasons; nothing here rejects outright, because a
 * human decides. Evidence in `detail` is masked so the reasons never copy personal data.
 */
export type ScreeningCode = 'personal_data' | 'threat' | 'review_manipulation' | 'promotion';

export interface ScreeningFinding {
  code: ScreeningCode;
  detail: string;
}

export interface ScreeningResult {
  passed: boolean;
  findings: ScreeningFinding[];
}

interface Rule {
  code: ScreeningCode;
  what: string;
  pattern: RegExp;
  /** Whether to show masked evidence (personal data) or the matched phrase. */
  mask?: boolean;
}

const RULES: Rule[] = [
  { code: 'personal_data', what: 'email address', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u, mask: true },
  { code: 'personal_data', what: 'ID number', pattern: /(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?![\dA-Za-z])/, mask: true },
  { code: 'personal_data', what: 'ID number', pattern: /(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/, mask: true },
  { code: 'personal_data', what: 'phone number', pattern: /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/, mask: true },
  { code: 'personal_data', what: 'phone number', pattern: /(?<![\w])(?:\+\d{1,3}[-.\s]?)?\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}(?!\d)/, mask: true },
  { code: 'personal_data', what: 'home address', pattern: /\b(?:your|ur) (?:home )?address\b|你(?:家|的)地址|家庭住址/i },
  { code: 'threat', what: 'legal threat', pattern: /\b(?:sue|suing|lawsuit against|legal action against|take (?:you|legal action)|report(?:ing)? you to the police|defamation claim)\b|起诉你|告你|律师函|报警抓你|追究你的法律责任/i },
  { code: 'threat', what: 'intimidation', pattern: /\b(?:we know where you (?:live|are)|watch your back|you(?:'ll| will) regret|you(?:'d| had) better|find you|consequences for you|or else)\b|你等着|走着瞧|后果自负|知道你(?:住|在)哪|找到你|小心点/i },
  {
    code: 'review_manipulation', what: 'asks the author to change or remove the review',
    pattern: /\b(?:change|update|edit|revise|amend|remove|delete|take down|withdraw|retract|raise|improve)\s+(?:your|the|this|ur)\s+(?:[\w-]+\s+)?(?:review|rating|stars?|feedback|comment)\b|\b(?:if|once|when) you (?:remove|delete|change|update|edit)\b|\b(?:give|leave) us (?:5|five) stars\b/i,
  },
  { code: 'review_manipulation', what: 'asks the author to change or remove the review', pattern: /删除评价|删掉评价|删评|删差评|撤销差评|撤回评价|改成好评|改为好评|改好评|改评价|修改评价|追加好评|给个好评|好评返现|五星好评|改成五星/ },
  { code: 'promotion', what: 'link', pattern: /\bhttps?:\/\/|\bwww\.|(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|shop|store|top|xyz|io)\b/i },
  { code: 'promotion', what: 'off-topic promotion', pattern: /\b(?:promo code|coupon code|discount code|use code|follow (?:us|our (?:store|shop))|visit our (?:store|shop|website)|check out our (?:new|other))\b|加微信|微信号|加我微信|关注店铺|关注我们|扫码|优惠券|领券/i },
];

/** "13812345678" → "13*******78": enough for a moderator to see what tripped, not to copy it. */
function maskEvidence(text: string): string {
  const chars = Array.from(text);
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
}

export function screenReply(text: string): ScreeningResult {
  const findings: ScreeningFinding[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const evidence = rule.mask ? maskEvidence(match[0]) : match[0].trim();
    const detail = `${rule.what}: "${evidence}"`;
    if (seen.has(detail)) continue;
    seen.add(detail);
    findings.push({ code: rule.code, detail });
  }
  return { passed: findings.length === 0, findings };
}
