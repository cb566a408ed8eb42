/** Keys that identify a reviewer or leak moderation internals; they must never reach storefronts or merchants. */
export const FORBIDDEN_KEYS = ['email', 'orderRef', 'order_ref', 'ipHash', 'ip_hash', 'deviceHash', 'device_hash', 'reviewerId', 'reviewer_id', 'purchaseId', 'externalId', 'displayName', 'display_name'];

/** Every key path in a JSON value whose key is forbidden. */
export function forbiddenPaths(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => forbiddenPaths(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [
    ...(FORBIDDEN_KEYS.includes(k) ? [`${path}.${k}`] : []), ...forbiddenPaths(v, `${path}.${k}`),
  ]);
}
