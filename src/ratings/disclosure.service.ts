import { Injectable } from '@nestjs/common';
import { holdCriteria, type HoldCriteria } from '../scoring/domain/rules/hold-criteria.js';
import { ActiveRuleSet } from '../scoring/active-rule-set.js';
import type { DisclosureView } from './disclosure.view.js';
import { RECENCY_HALF_LIFE_DAYS } from './domain/rating-figures.js';
import { PlatformPrior } from './platform-prior.js';

/**
 * Machine-readable "how reviews are collected, verified and moderated"
 * (EU Omnibus / UCPD art. 7(6)); the rule-set version is the active one (ActiveRuleSet).
 */
@Injectable()
export class DisclosureService {
  private described?: { version: string; hash: string; criteria: HoldCriteria | null };

  public constructor(private readonly prior: PlatformPrior, private readonly active: ActiveRuleSet) {}

  /** The version active now (switched by activation without a restart), described once per version. */
  private activeRules(): { version: string; hash: string; criteria: HoldCriteria | null } {
    const r = this.active.current();
    if (this.described?.hash !== r.hash) this.described = { version: r.version, hash: r.hash, criteria: holdCriteria(r) };
    return this.described;
  }

  public async disclosure(): Promise<DisclosureView> {
    const rules = this.activeRules();
    const prior = await this.prior.current();
    return {
      schemaVersion: 1,
      collection: {
        sources: 'Reviews are submitted by integrated sales channels (web, app, mini-program, marketplaces, offline) on behalf of their customers.',
        invitations: 'Merchants may invite buyers to review; invited reviews are labelled `invitation`.',
        incentives: 'Reviews written in exchange for an incentive are accepted only when disclosed and are labelled `incentivized` with the incentive type.',
      },
      verification: {
        methods: [
          { id: 'order_match', label: 'Verified purchase', meaning: 'The channel reported an order for this product by this reviewer.' },
          { id: 'invitation', label: 'Invited review', meaning: 'Written after an invitation sent for a purchase.' },
          { id: 'none', label: 'Not verified', meaning: 'No purchase could be matched; the review is still shown.' },
        ],
        note: 'Clients cannot claim verification; it is set by Candor from purchase records.',
      },
      moderation: {
        ruleSetVersion: rules.version,
        ruleSetHash: rules.hash,
        automated: 'Every review is scored for signs of fake or policy-violating content (duplication, bursts, incentive language, personal data, abuse) and published, held for a human moderator, or withheld for policy violations.',
        neverDecidesPublication: ['star rating', 'sentiment'],
        statement: 'Star rating and sentiment never decide whether a review is published; they, and every signal derived from them, may only route or prioritise work.',
        // Exactly what may keep a review from publication, read off the deployed rules.
        whatMayHold: rules.criteria && {
          withheldForPolicyViolations: rules.criteria.withholdFor,
          heldWhenASignalReaches: rules.criteria.holdAtSeverity,
          heldWhenTheFakeScoreReaches: rules.criteria.holdAtFakeScore,
          fakeScoreSignals: rules.criteria.fakeScoreSignals,
          priorityOnlySignals: rules.criteria.priorityOnlySignals,
        },
        eventTime: 'Bursts, rates, time windows and account age are measured at when the review was written (submittedAt), against the history as of then; imported history is scored the same way and never counts as a burst. A submittedAt more than 5 minutes in the future or before 2000 is refused.',
        outcomes: ['published', 'folded (shown collapsed)', 'hidden pending investigation', 'removed (retained, not deleted)'],
        statementOfReasons: 'Every visibility change records its reasons; authors may appeal within 6 months to a different moderator.',
        deletion: 'Consumer reviews are never deleted; removed reviews are retained.',
        merchantReplies: 'Merchant replies are screened for personal data, threats, requests to change or remove a review, and promotion; failing replies are held for a moderator.',
      },
      ratings: {
        includes: 'published and folded reviews of the product from every channel',
        bayesianPrior: { weight: prior.weight, mean: prior.mean },
        recencyHalfLifeDays: RECENCY_HALF_LIFE_DAYS,
      },
    };
  }
}
