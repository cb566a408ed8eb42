/** Deterministic ids (no ':'), so a relayed event enqueued twice is one job while the first exists. */
export const scoreReviewJobId = (reviewId: string, revision: number): string => `score-${reviewId}-r${revision}`;
