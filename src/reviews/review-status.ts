/** Life cycle from DESIGN.md; moderator outcomes fold/hide/remove retain the row. */
export const REVIEW_STATUSES = ['received', 'scoring', 'published', 'held', 'withheld', 'folded', 'hidden', 'removed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const CONTENT_KINDS = ['review', 'question', 'answer', 'comment', 'photo_caption'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const VERIFICATION_METHODS = ['order_match', 'invitation', 'none'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

/** Same list as the scoring domain's IncentiveType. */
export const INCENTIVE_TYPES = ['free_product', 'discount', 'cashback', 'gift', 'sweepstakes', 'other'] as const;
export type IncentiveType = (typeof INCENTIVE_TYPES)[number];

/** Statuses a storefront may show (folded reviews are shown collapsed). */
export const PUBLIC_STATUSES: readonly ReviewStatus[] = ['published', 'folded'];

/** How an item came in: 'live' intake, or history sent through bulk import mode (scored in event time, marked historical). */
export const INTAKE_MODES = ['live', 'import'] as const;
export type IntakeMode = (typeof INTAKE_MODES)[number];
