import { ApiProperty } from '@nestjs/swagger';
import type { AutomationAccuracy, HandlingMinutes, HoldAccuracy } from '../moderation/domain/automation-accuracy.js';
import type { LatencyFigures } from './domain/indicators.js';
import type { MerchantStarParity, StarHoldRate, StarParityAudit, StarParityTest } from './domain/star-parity.js';
import type { AuditConfig, AuditMetric, AuditTest, OutcomeRates } from './domain/suppression-audit.js';
import type { TransparencyReport } from './domain/transparency.js';
import type { SuppressionAuditView } from './reputation-audit.service.js';

/**
 * The JSON answers of `GET /v1/reputation/suppression-audit` and `/transparency-report`, field by field. Each class
 * implements the pure domain type it documents, so a field added there without its @ApiProperty fails to compile.
 */
const COUNTS = { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } } as const;

export class PeriodView {
  @ApiProperty({ format: 'date' }) public from: string;
  @ApiProperty({ format: 'date' }) public to: string;
}

export class LatencyFiguresView implements LatencyFigures {
  @ApiProperty({ type: 'integer' }) public count: number;
  @ApiProperty({ type: 'number', nullable: true }) public medianSeconds: number | null;
  @ApiProperty({ type: 'number', nullable: true }) public p90Seconds: number | null;
  @ApiProperty({ description: 'A percentile falls beyond the last histogram bound (over 30 days)' }) public overflow: boolean;
}

export class OutcomeRatesView implements OutcomeRates {
  @ApiProperty({ type: 'integer' }) public received: number;
  @ApiProperty({ type: 'number', nullable: true }) public holdRate: number | null;
  @ApiProperty({ type: 'number', nullable: true }) public rejectRate: number | null;
  @ApiProperty({ type: 'number', nullable: true }) public foldRate: number | null;
  @ApiProperty({ type: 'integer' }) public published: number;
  @ApiProperty({ type: () => LatencyFiguresView }) public timeToPublish: LatencyFiguresView;
}

export class RatingOutcomeRatesView extends OutcomeRatesView {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) public rating: number;
}

export class SentimentOutcomeRatesView extends OutcomeRatesView {
  @ApiProperty() public sentiment: string;
}

export class SentimentGroupsView {
  @ApiProperty({ type: () => OutcomeRatesView }) public negative: OutcomeRatesView;
  @ApiProperty({ type: () => OutcomeRatesView }) public positive: OutcomeRatesView;
}

export class AuditTestView implements AuditTest {
  @ApiProperty({ enum: ['hold_rate', 'reject_rate', 'fold_rate', 'time_to_publish'] }) public metric: AuditMetric;
  @ApiProperty({ type: 'number', nullable: true }) public negative: number | null;
  @ApiProperty({ type: 'number', nullable: true }) public positive: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'Rates: negative − positive. Time: P(negative waits longer) − ½' }) public difference: number | null;
  @ApiProperty({ type: 'number', nullable: true }) public pValue: number | null;
  @ApiProperty() public alert: boolean;
  @ApiProperty({ description: 'A group is too small for a verdict' }) public insufficient: boolean;
}

export class StarHoldRateView implements StarHoldRate {
  @ApiProperty({ type: 'integer' }) public received: number;
  @ApiProperty({ type: 'integer' }) public held: number;
  @ApiProperty({ type: 'number', nullable: true }) public holdRate: number | null;
}

export class StarLevelHoldRateView extends StarHoldRateView {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) public rating: number;
}

export class StarParityTestView implements StarParityTest {
  @ApiProperty({ enum: ['1', '2', '3', '1-2'], description: 'The lower-star group, compared with 4–5★' }) public stars: StarParityTest['stars'];
  @ApiProperty({ type: () => StarHoldRateView }) public low: StarHoldRateView;
  @ApiProperty({ type: () => StarHoldRateView }) public high: StarHoldRateView;
  @ApiProperty({ type: 'number', nullable: true }) public difference: number | null;
  @ApiProperty({ type: 'number', nullable: true }) public pValue: number | null;
  @ApiProperty() public alert: boolean;
  @ApiProperty() public insufficient: boolean;
}

export class MerchantStarParityView implements MerchantStarParity {
  @ApiProperty({ format: 'uuid' }) public merchantId: string;
  @ApiProperty({ type: () => StarLevelHoldRateView, isArray: true }) public byStar: StarLevelHoldRateView[];
  @ApiProperty({ type: () => StarParityTestView, isArray: true }) public tests: StarParityTestView[];
  @ApiProperty() public alert: boolean;
}

export class StarParityAuditView implements StarParityAudit {
  @ApiProperty({ type: () => MerchantStarParityView, isArray: true }) public merchants: MerchantStarParityView[];
  @ApiProperty() public alert: boolean;
  @ApiProperty({ description: 'Significance of each test: alpha / tests per merchant' }) public testAlpha: number;
}

export class AuditConfigView implements AuditConfig {
  @ApiProperty() public margin: number;
  @ApiProperty({ type: 'integer' }) public minSample: number;
  @ApiProperty() public alpha: number;
}

export class AuditScopeView {
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'null: the whole platform' }) public merchantId: string | null;
}

export class SuppressionAuditReportView implements SuppressionAuditView {
  @ApiProperty({ type: () => AuditScopeView }) public scope: AuditScopeView;
  @ApiProperty({ type: () => PeriodView }) public period: PeriodView;
  @ApiProperty({ type: () => RatingOutcomeRatesView, isArray: true }) public byRating: RatingOutcomeRatesView[];
  @ApiProperty({ type: () => SentimentOutcomeRatesView, isArray: true }) public bySentiment: SentimentOutcomeRatesView[];
  @ApiProperty({ type: () => SentimentGroupsView }) public groups: SentimentGroupsView;
  @ApiProperty({ type: () => AuditTestView, isArray: true }) public tests: AuditTestView[];
  @ApiProperty({ type: () => StarParityAuditView }) public starParity: StarParityAuditView;
  @ApiProperty() public alert: boolean;
  @ApiProperty({ type: () => AuditConfigView }) public config: AuditConfigView;
}

export class TransparencyItemsView {
  @ApiProperty({ type: 'integer' }) public received: number;
  @ApiProperty({ ...COUNTS, description: 'Content kind → items received' }) public byKind: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: 'Status now → items received in the period' }) public currentStatus: Record<string, number>;
}

export class TransparencyDecisionsView {
  @ApiProperty({ type: 'integer' }) public total: number;
  @ApiProperty({ type: 'integer' }) public automated: number;
  @ApiProperty({ type: 'integer' }) public human: number;
  @ApiProperty({ type: 'number', nullable: true }) public automatedShare: number | null;
  @ApiProperty({ type: 'integer' }) public published: number;
  @ApiProperty({ type: 'integer' }) public withheld: number;
  @ApiProperty({ type: 'integer' }) public held: number;
  @ApiProperty({ type: 'integer' }) public removedOrHidden: number;
  @ApiProperty({ type: 'integer' }) public folded: number;
  @ApiProperty({ ...COUNTS, description: 'Action → decisions' }) public byAction: Record<string, number>;
  @ApiProperty({ ...COUNTS, description: 'Reason code → decisions' }) public byReasonCode: Record<string, number>;
}

export class TransparencyAppealsView {
  @ApiProperty({ type: 'integer' }) public received: number;
  @ApiProperty({ type: 'integer' }) public decided: number;
  @ApiProperty({ type: 'integer' }) public open: number;
  @ApiProperty({ type: 'integer' }) public upheld: number;
  @ApiProperty({ type: 'integer' }) public overturned: number;
  @ApiProperty({ type: 'number', nullable: true }) public overturnRate: number | null;
}

export class TransparencyNoticesView {
  @ApiProperty({ type: 'integer' }) public received: number;
  @ApiProperty({ type: 'integer' }) public upheld: number;
  @ApiProperty({ type: 'integer' }) public rejected: number;
  @ApiProperty({ type: 'integer' }) public open: number;
  @ApiProperty({ ...COUNTS, description: 'Reason code → notices' }) public byReasonCode: Record<string, number>;
}

export class HoldAccuracyView implements HoldAccuracy {
  @ApiProperty({ type: 'integer' }) public decided: number;
  @ApiProperty({ type: 'integer', description: 'A human published it: the hold was overturned' }) public approved: number;
  @ApiProperty({ type: 'integer' }) public upheld: number;
  @ApiProperty({ type: 'number', nullable: true }) public approvalRate: number | null;
}

export class SignalHoldAccuracyView extends HoldAccuracyView {
  @ApiProperty() public signal: string;
}

export class RuleSetHoldAccuracyView extends HoldAccuracyView {
  @ApiProperty() public ruleSetVersion: string;
}

export class AutomatedHoldsView extends HoldAccuracyView {
  @ApiProperty({ type: () => SignalHoldAccuracyView, isArray: true }) public bySignal: SignalHoldAccuracyView[];
  @ApiProperty({ type: () => RuleSetHoldAccuracyView, isArray: true }) public byRuleSetVersion: RuleSetHoldAccuracyView[];
}

export class HandlingMinutesView implements HandlingMinutes {
  @ApiProperty({ type: 'number', nullable: true }) public median: number | null;
  @ApiProperty({ type: 'number', nullable: true }) public p90: number | null;
}

export class HandlingTimesView {
  @ApiProperty({ type: () => HandlingMinutesView }) public holdToDecision: HandlingMinutesView;
  @ApiProperty({ type: () => HandlingMinutesView }) public receiptToDecision: HandlingMinutesView;
}

export class TransparencyReportView implements TransparencyReport {
  @ApiProperty({ type: () => PeriodView }) public period: PeriodView;
  @ApiProperty({ format: 'date-time' }) public generatedAt: string;
  @ApiProperty({ type: () => TransparencyItemsView }) public items: TransparencyItemsView;
  @ApiProperty({ type: () => TransparencyDecisionsView }) public decisions: TransparencyDecisionsView;
  @ApiProperty({ type: () => TransparencyAppealsView }) public appeals: TransparencyAppealsView;
  @ApiProperty({ type: () => TransparencyNoticesView }) public notices: TransparencyNoticesView;
  @ApiProperty({ type: () => AutomatedHoldsView }) public automatedHolds: AutomationAccuracy['automatedHolds'];
  @ApiProperty({ type: () => HandlingTimesView }) public handlingMinutes: AutomationAccuracy['handlingMinutes'];
}
