/** Aspect ids as tagged by the scorer (moderation-rules/lexicons/aspects.*.yaml); the order is the rollup array order. */
export const ASPECT_IDS = ['quality', 'logistics', 'after_sales', 'customer_service', 'price', 'description_accuracy', 'authenticity'] as const;
export type AspectId = (typeof ASPECT_IDS)[number];

export const SENTIMENTS = ['positive', 'neutral', 'negative', 'mixed', 'unscored'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Reason codes that mean "not a genuine review" for the fake-review rate. */
export const FAKE_REASON_CODES = ['fake_or_not_genuine', 'duplicate', 'conflict_of_interest', 'incentivised_undisclosed'] as const;

export const SCOPE_TYPES = ['platform', 'merchant', 'product', 'channel'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

/** Rollup rows for "all channels" and for the platform scope use the nil uuid (they have no real id). */
export const ALL_ID = '00000000-0000-0000-0000-000000000000';

/** A review is negative when rated 1–2★ or its text reads negative; positive when 4–5★ and not negative text. */
export const isNegative = (rating: number, sentiment: string): boolean => rating <= 2 || sentiment === 'negative';
export const isPositive = (rating: number, sentiment: string): boolean => rating >= 4 && sentiment !== 'negative';

/** What a complaint is about: the review aspects plus 'other'. */
export const COMPLAINT_CATEGORIES = [...ASPECT_IDS, 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
