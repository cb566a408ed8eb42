import { ApiProperty } from '@nestjs/swagger';

/** `GET /v1/disclosure` (EU Omnibus / UCPD art. 7(6)), field by field; DisclosureService returns a DisclosureView. */
export class DisclosureCollectionView {
  @ApiProperty() public sources: string;
  @ApiProperty() public invitations: string;
  @ApiProperty() public incentives: string;
}

export class VerificationMethodView {
  @ApiProperty({ enum: ['order_match', 'invitation', 'none'] }) public id: 'order_match' | 'invitation' | 'none';
  @ApiProperty({ example: 'Verified purchase' }) public label: string;
  @ApiProperty() public meaning: string;
}

export class DisclosureVerificationView {
  @ApiProperty({ type: () => VerificationMethodView, isArray: true }) public methods: VerificationMethodView[];
  @ApiProperty() public note: string;
}

/** Exactly what may keep a review from publication, read off the active rule set. */
export class HoldCriteriaView {
  @ApiProperty({ type: 'string', isArray: true, description: 'Policy violations in the text that withhold a review' }) public withheldForPolicyViolations: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Signal id → the value at which that signal alone holds a review' })
  public heldWhenASignalReaches: Record<string, number>;
  @ApiProperty({ type: 'number', nullable: true }) public heldWhenTheFakeScoreReaches: number | null;
  @ApiProperty({ type: 'string', isArray: true }) public fakeScoreSignals: string[];
  @ApiProperty({ type: 'string', isArray: true, description: 'Signals that only order the moderation queue (every rating- and sentiment-derived one)' }) public priorityOnlySignals: string[];
}

export class DisclosureModerationView {
  @ApiProperty() public ruleSetVersion: string;
  @ApiProperty() public ruleSetHash: string;
  @ApiProperty() public automated: string;
  @ApiProperty({ type: 'string', isArray: true, example: ['star rating', 'sentiment'] }) public neverDecidesPublication: string[];
  @ApiProperty() public statement: string;
  @ApiProperty({ type: () => HoldCriteriaView, nullable: true, description: 'null when the active rules cannot be summarised this way' }) public whatMayHold: HoldCriteriaView | null;
  @ApiProperty() public eventTime: string;
  @ApiProperty({ type: 'string', isArray: true }) public outcomes: string[];
  @ApiProperty() public statementOfReasons: string;
  @ApiProperty() public deletion: string;
  @ApiProperty() public merchantReplies: string;
}

export class BayesianPriorView {
  @ApiProperty() public weight: number;
  @ApiProperty() public mean: number;
}

export class DisclosureRatingsView {
  @ApiProperty() public includes: string;
  @ApiProperty({ type: () => BayesianPriorView }) public bayesianPrior: BayesianPriorView;
  @ApiProperty() public recencyHalfLifeDays: number;
}

export class DisclosureView {
  @ApiProperty({ enum: [1] }) public schemaVersion: 1;
  @ApiProperty({ type: () => DisclosureCollectionView }) public collection: DisclosureCollectionView;
  @ApiProperty({ type: () => DisclosureVerificationView }) public verification: DisclosureVerificationView;
  @ApiProperty({ type: () => DisclosureModerationView }) public moderation: DisclosureModerationView;
  @ApiProperty({ type: () => DisclosureRatingsView }) public ratings: DisclosureRatingsView;
}
