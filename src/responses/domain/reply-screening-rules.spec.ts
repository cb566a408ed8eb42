import { RuleSetError } from '../../scoring/domain/rules/rule-issues.js';
import { parseReplyScreeningRules } from './reply-screening-rules.js';
import { screenReply } from './screen-reply.js';

const minimal = (extra: unknown[] = []): Record<string, unknown> => ({
  'reply-screening.en': {
    language: 'en',
    rules: [
      { code: 'abuse', what: 'insult', phrases: ['idiot'] },
      { code: 'review_manipulation', what: 'gating', patterns: ['\\bdelete your review\\b'] },
      { code: 'off_platform_contact', what: 'contact', phrases: ['whatsapp'] },
      ...extra,
    ],
  },
});

describe('parseReplyScreeningRules', () => {
  it('matches phrases as whole words, case- and width-insensitively', () => {
    const rules = parseReplyScreeningRules(minimal());
    expect(screenReply('You IDIOT', rules).findings).toEqual([{ code: 'abuse', detail: 'insult: "idiot"' }]);
    expect(screenReply('ｗｈａｔｓａｐｐ me', rules).findings.map((f) => f.code)).toEqual(['off_platform_contact']);
    expect(screenReply('This design is idiotproof.', rules).passed).toBe(true);
  });

  it('matches a Latin phrase next to Chinese characters', () => {
    const rules = parseReplyScreeningRules(minimal([{ code: 'abuse', what: 'insult', phrases: ['sb'] }]));
    expect(screenReply('你就是sb', rules).findings.map((f) => f.code)).toEqual(['abuse']);
    expect(screenReply('usb cable', rules).passed).toBe(true);
  });

  it('expands a file\'s {category} word lists inside patterns', () => {
    const files = minimal([{ code: 'abuse', what: 'targeted insult', patterns: ['\\byou (?:are )?an? {insult}\\b'] }]);
    (files['reply-screening.en'] as { categories?: unknown }).categories = { insult: ['clown', 'waste of space'] };
    const rules = parseReplyScreeningRules(files);
    expect(screenReply('you are a clown', rules).passed).toBe(false);
    expect(screenReply('you are a waste   of space', rules).passed).toBe(false);
    expect(screenReply('you are a star', rules).passed).toBe(true);
    (files['reply-screening.en'] as { categories?: unknown }).categories = {};
    expect(() => parseReplyScreeningRules(files)).toThrow(/unknown category \{insult\}/);
  });

  it('drops a match whose sentence has an exception cue, unless the sentence also has an unless cue', () => {
    const rules = parseReplyScreeningRules(minimal([{
      code: 'review_manipulation', what: 'gating', patterns: ['\\bchange your review\\b'],
      exceptions: [{ what: 'negated', patterns: ['\\bnever\\b'], unless: ['\\bif\\b'] }],
    }]));
    expect(screenReply('We never ask you to change your review.', rules).passed).toBe(true);
    expect(screenReply('We never ask. Please change your review.', rules).passed).toBe(false);
    expect(screenReply('We never ask, but if you change your review we pay.', rules).passed).toBe(false);
    expect(() => parseReplyScreeningRules(minimal([{ code: 'abuse', what: 'x', phrases: ['a'], exceptions: [{ what: 'y', unless: ['('] }] }])))
      .toThrow(/exceptions\[0\]\.patterns: needs at least one pattern/);
  });

  it('masks evidence for rules marked mask', () => {
    const rules = parseReplyScreeningRules(minimal([{ code: 'personal_data', what: 'phone', mask: true, patterns: ['\\d{11}'] }]));
    expect(screenReply('call 13812345678', rules).findings).toContainEqual({ code: 'personal_data', detail: 'phone: "13*******78"' });
  });

  it('reports every problem in the files at once', () => {
    const files = minimal([{ code: 'gossip', what: 'x', phrases: ['a'] }, { code: 'abuse', what: 'broken', patterns: ['(unclosed'] }, { code: 'threat', what: 'empty' }]);
    expect(() => parseReplyScreeningRules(files)).toThrow(RuleSetError);
    try {
      parseReplyScreeningRules(files);
    } catch (error) {
      const issues = (error as RuleSetError).issues.join('\n');
      expect(issues).toMatch(/rules\[3\]\.code: expected one of/);
      expect(issues).toMatch(/rules\[4\]\.patterns\[0\]: invalid regular expression/);
      expect(issues).toMatch(/rules\[5\]: needs phrases or patterns/);
    }
  });

  it('refuses a rule set without abuse, gating or contact rules', () => {
    expect(() => parseReplyScreeningRules({ 'reply-screening.en': { rules: [{ code: 'threat', what: 't', phrases: ['sue'] }] } })).toThrow(/no abuse rule found/);
  });
});
