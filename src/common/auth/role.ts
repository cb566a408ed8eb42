export const ROLES = ['admin', 'moderator', 'merchant', 'storefront', 'channel'] as const;
export type Role = (typeof ROLES)[number];
