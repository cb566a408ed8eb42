/**
 * What a tenant is told about an attempt: the HTTP status class its receiver answered, or just
 * "delivery_failed". Never a network error (refused, reset, timeout, DNS, blocked address): those would
 * make the delivery log a port-probing oracle and tell whether a host exists (issue 16). Operators
 * find the detail in the worker log.
 */
export type PublicOutcome = 'http_1xx' | 'http_3xx' | 'http_4xx' | 'http_5xx' | 'delivery_failed';

const PUBLIC_OUTCOMES: readonly string[] = ['http_1xx', 'http_3xx', 'http_4xx', 'http_5xx', 'delivery_failed'];

export function publicOutcome(statusCode: number | null): PublicOutcome | null {
  if (statusCode === null || statusCode < 100 || statusCode > 599) return 'delivery_failed';
  if (statusCode >= 200 && statusCode < 300) return null;
  return `http_${Math.floor(statusCode / 100)}xx` as PublicOutcome;
}

/** For rows written before this rule: anything that is not a public outcome is re-derived from the status. */
export const sanitizedError = (stored: string | null, statusCode: number | null): string | null =>
  stored === null || PUBLIC_OUTCOMES.includes(stored) ? stored : publicOutcome(statusCode);
