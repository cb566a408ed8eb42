import { rawTestRules } from '../../../../test/fixtures/scoring/rule-set.fixture.js';
import { RuleSetError, parseRuleSet } from './parse-rule-set.js';

type Raw = ReturnType<typeof rawTestRules>;
type Mutation = (raw: Raw) => void;

function phases(raw: Raw): Record<string, unknown>[] {
  return (raw.ruleset.routing as { phases: Record<string, unknown>[] }).phases;
}

function signals(raw: Raw): Record<string, Record<string, unknown>> {
  return raw.ruleset.signals as Record<string, Record<string, unknown>>;
}

function issuesOf(mutate: Mutation): string[] {
  const raw = rawTestRules();
  mutate(raw);
  try {
    parseRuleSet(raw);
  } catch (error) {
    if (error instanceof RuleSetError) return error.issues;
    throw error;
  }
  return [];
}

describe('parseRuleSet', () => {
  it('accepts the test rules and normalises lexicon phrases', () => {
    const raw = rawTestRules();
    (raw.lexicons as Record<string, { terms: string[] }>)['abuse.zh'].terms.push('殺了你');
    const rules = parseRuleSet(raw, 'h');
    expect(rules.hash).toBe('h');
    expect(rules.lexicons.abuse).toContain('杀了你');
  });

  const rejected: { name: string; mutate: Mutation; issue: RegExp }[] = [
    {
      name: 'a routing phase on star rating',
      mutate: (r) => phases(r).splice(1, 0, { id: 'low_stars', type: 'signal_severity', action: 'hold', signals: { rating_deviation: 2 } }),
      issue: /routing\.phases\[1\]\.signals\.rating_deviation: .*FTC 16 CFR 465\.7/,
    },
    {
      name: 'a phase whose id mentions sentiment',
      mutate: (r) => phases(r).splice(1, 0, { id: 'negative_sentiment', type: 'fake_score', action: 'hold', atLeast: 0.9 }),
      issue: /routing\.phases\[1\]\.id: references "negative_sentiment"/,
    },
    {
      name: 'a publication section filtering stars',
      mutate: (r) => (r.ruleset.publication = { hideWhen: { stars: { below: 3 } } }),
      issue: /ruleset\.publication\.hideWhen\.stars: references "stars"/,
    },
    {
      name: 'withhold outside policy violations',
      mutate: (r) => (phases(r)[2].action = 'withhold'),
      issue: /routing\.phases\[2\]\.action: withhold is reserved for policy violations/,
    },
    {
      name: 'sentiment mismatch feeding the score',
      mutate: (r) => (signals(r).sentiment_rating_mismatch.affects = 'score'),
      issue: /signals\.sentiment_rating_mismatch\.affects: sentiment-derived signals may only affect priority/,
    },
    {
      name: 'a rating-derived signal feeding the score, however lightly',
      mutate: (r) => Object.assign(signals(r).rating_extremity, { affects: 'score', weight: 0.01 }),
      issue: /signals\.rating_extremity\.affects: rating-derived signals may only affect priority/,
    },
    {
      name: 'rating deviation feeding the score by default',
      mutate: (r) => delete signals(r).rating_deviation.affects,
      issue: /signals\.rating_deviation\.affects: rating-derived signals may only affect priority/,
    },
    { name: 'an unknown signal id', mutate: (r) => (signals(r).star_power = { weight: 1 }), issue: /signals\.star_power: unknown signal id/ },
    { name: 'a missing signal rule', mutate: (r) => delete signals(r).shouting, issue: /signals\.shouting: missing rule/ },
    { name: 'a weight above 1', mutate: (r) => (signals(r).shouting.weight = 1.5), issue: /signals\.shouting\.weight: must be between 0 and 1, got 1\.5/ },
    {
      name: 'a fallback pointing at the wrong tail',
      mutate: (r) => (signals(r).account_age.tail = 'high'),
      issue: /signals\.account_age\.fallback: suspicious \(2\) lies on the low side/,
    },
    { name: 'a reason code outside the closed list', mutate: (r) => (signals(r).shouting.reasonCode = 'rude'), issue: /signals\.shouting\.reasonCode: expected one of spam/ },
    { name: 'no default phase at the end', mutate: (r) => phases(r).pop(), issue: /the last phase must be type: default/ },
    { name: 'a bad version', mutate: (r) => (r.ruleset.version = 'v2'), issue: /ruleset\.version: expected YYYY-MM-DD\.N/ },
    { name: 'a lexicon file with an unknown kind', mutate: (r) => ((r.lexicons as Record<string, unknown>)['slang.zh'] = { terms: ['x'] }), issue: /lexicons\/slang\.zh\.yaml: file name must be/ },
    { name: 'an unknown aspect', mutate: (r) => ((r.lexicons as Record<string, unknown>)['aspects.fr'] = { aspects: { vibes: ['x'] } }), issue: /aspects\.vibes: unknown aspect/ },
  ];

  it.each(rejected)('rejects $name', ({ mutate, issue }) => {
    expect(issuesOf(mutate)).toEqual(expect.arrayContaining([expect.stringMatching(issue)]));
  });
});
