import helmet, { type HelmetOptions } from 'helmet';

/** The console and /docs use inline bootstrapping scripts. */
const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'https:'] },
  },
};

/**
 * The headers helmet sets for our options. Helmet's output does not depend on the request,
 * so it is computed once here; @fastify/helmet rebuilt the whole middleware chain (and
 * re-parsed the CSP) on every request, which cost about 5% of a cached storefront read.
 */
export function securityHeaders(options: Readonly<HelmetOptions> = HELMET_OPTIONS): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
  let failure: unknown;
  helmet(options)({} as never, response as never, (error?: unknown) => void (failure = error));
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return Object.freeze(headers);
}

/**
 * For JSON API responses (`/v1/…`): the headers that still mean something for a response no browser
 * renders as a page (OWASP REST Security: nosniff, no framing, HSTS, CORP, no referrer), with a CSP that
 * allows nothing. Helmet's other six (COOP, Origin-Agent-Cluster, X-DNS-Prefetch-Control,
 * X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection) only act on HTML documents;
 * each header costs a validation in Node's writeHead on the hottest path. Pages (/console, /docs) and
 * everything outside /v1 keep helmet's full set.
 */
export const JSON_API_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
});

/** JSON API paths; the widget's script (/widget/v1/…) and the pages are not under it. */
export const isJsonApiPath = (url: string): boolean => url.startsWith('/v1/');

/**
 * The security headers of a request, by path: a route may still override one (the console sets its own
 * CSP, the widget its own CORP).
 */
export function securityHeadersFor(pages: Readonly<Record<string, string>> = securityHeaders()): (url: string) => Readonly<Record<string, string>> {
  return (url) => (isJsonApiPath(url) ? JSON_API_HEADERS : pages);
}
