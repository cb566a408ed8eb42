import { RATING_DERIVED_SIGNALS } from '../signals/signal-ids.js';
import { testRuleSet } from '../../../../test/fixtures/scoring/rule-set.fixture.js';
import { holdCriteria } from './hold-criteria.js';

describe('holdCriteria', () => {
  const criteria = holdCriteria(testRuleSet());

  it('reads the withhold, severity and fake-score phases', () => {
    expect(criteria.withholdFor).toEqual(['spam_link', 'contact_solicitation', 'personal_data', 'abuse']);
    expect(criteria.holdAtSeverity).toEqual({ incentive_undisclosed: 1, near_duplicate: 0.8 });
    expect(criteria.holdAtFakeScore).toBe(0.6);
  });

  it('lists every rating- and sentiment-derived signal as priority only, never in the fake score', () => {
    expect(criteria.priorityOnlySignals).toEqual(expect.arrayContaining([...RATING_DERIVED_SIGNALS]));
    for (const id of RATING_DERIVED_SIGNALS) expect(criteria.fakeScoreSignals).not.toContain(id);
    expect(criteria.fakeScoreSignals).toEqual(expect.arrayContaining(['product_burst', 'device_cluster', 'backdated']));
  });
});
