import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Which addresses a webhook may be delivered to (issue 16, SSRF). Pure: no resolution, no I/O; the
 * caller resolves a name and asks about EVERY address it got, at registration and again at delivery.
 */
export type AddressClass = 'public' | 'loopback' | 'blocked';

/** IANA special-purpose IPv4 ranges (RFC 6890 and successors) that are never a tenant's public receiver. */
const IPV4_BLOCKED: [string, number][] = [
  ['0.0.0.0', 8], // "this network", incl. the unspecified 0.0.0.0
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT shared space (RFC 6598)
  ['169.254.0.0', 16], // link-local, incl. the 169.254.169.254 metadata service
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // TEST-NET-1
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // TEST-NET-2
  ['203.0.113.0', 24], // TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. the 255.255.255.255 broadcast
];

const IPV6_BLOCKED: [string, number][] = [
  ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215)
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments, incl. Teredo 2001::/32
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation (RFC 9637)
  ['5f00::', 16], // SRv6 SIDs
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

/**
 * One list per family: a BlockList holding both matches IPv4-mapped IPv6 addresses against IPv4 rules
 * (and every IPv4 address against a ::ffff:0:0/96 rule), which is not the classification wanted here.
 */
function list(rules: [string, number][], family: 'ipv4' | 'ipv6'): BlockList {
  const result = new BlockList();
  for (const [net, prefix] of rules) result.addSubnet(net, prefix, family);
  return result;
}
const blocked4 = list(IPV4_BLOCKED, 'ipv4');
const blocked6 = list(IPV6_BLOCKED, 'ipv6');
const loopback4 = list([['127.0.0.0', 8]], 'ipv4');

/** The eight 16-bit groups of an IPv6 address (handles `::` and a trailing dotted IPv4). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  if (tail === undefined) return left;
  const right = parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

const ipv4Of = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/** An IPv4 address carried inside an IPv6 one by a translation scheme the network may route: NAT64, 6to4. */
function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return ipv4Of(g[6], g[7]); // 64:ff9b::/96
  if (g[0] === 0x2002) return ipv4Of(g[1], g[2]); // 6to4 2002::/16
  return null;
}

/** Classifies one literal address (as resolved, or as written in the URL). Anything unparsable is blocked. */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  if (isIPv4(bare)) {
    if (loopback4.check(bare, 'ipv4')) return 'loopback';
    return blocked4.check(bare, 'ipv4') ? 'blocked' : 'public';
  }
  // A zone index (fe80::1%eth0) only exists on link-local addresses.
  if (!isIPv6(bare) || bare.includes('%')) return 'blocked';
  const g = ipv6Groups(bare);
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  // Unspecified, IPv4-compatible (::/96), IPv4-mapped (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96):
  // the OS connects to the embedded IPv4, so they would bypass every IPv4 rule.
  if (g.slice(0, 4).every((x) => x === 0) && (g[4] === 0 || g[4] === 0xffff) && (g[5] === 0 || g[5] === 0xffff)) return 'blocked';
  if (blocked6.check(bare, 'ipv6')) return 'blocked';
  const inner = embeddedIpv4(bare);
  if (inner !== null) return classifyAddress(inner) === 'public' ? 'public' : 'blocked';
  return 'public';
}

export interface AddressPolicy {
  /** Operator setting for development and tests (WEBHOOK_ALLOW_LOOPBACK); never in production. */
  allowLoopback: boolean;
}

export const addressAllowed = (address: string, policy: AddressPolicy): boolean => {
  const kind = classifyAddress(address);
  return kind === 'public' || (kind === 'loopback' && policy.allowLoopback);
};

export type UrlRefusal = 'invalid_url' | 'credentials' | 'https_required' | 'numeric_ip_form' | 'address_not_public';

export interface UrlPolicy extends AddressPolicy {
  requireHttps: boolean;
}

export type UrlCheck =
  | { ok: true; url: URL; hostname: string; literal: boolean }
  | { ok: false; reason: UrlRefusal };

/** The host exactly as written (before WHATWG normalises 0x7f.1 or 2130706433 to 127.0.0.1). */
function rawHost(input: string): string {
  const afterScheme = input.slice(input.indexOf('//') + 2);
  const authority = afterScheme.split(/[/?#\\]/, 1)[0];
  return authority.replace(/:\d*$/, '').toLowerCase();
}

/**
 * Everything that can be decided from the URL text alone. A literal address is classified here;
 * a name still has to be resolved and each of its addresses checked with `addressAllowed`.
 */
export function checkWebhookUrl(input: string, policy: UrlPolicy): UrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'invalid_url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'invalid_url' };
  if (url.username !== '' || url.password !== '' || rawHost(input.trim()).includes('@')) return { ok: false, reason: 'credentials' };
  if (policy.requireHttps && url.protocol !== 'https:') return { ok: false, reason: 'https_required' };
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIPv4(hostname)) {
    // Decimal, hex, octal and short forms are only ever used to slip past filters: refuse them outright.
    if (rawHost(input.trim()) !== hostname) return { ok: false, reason: 'numeric_ip_form' };
    return addressAllowed(hostname, policy) ? { ok: true, url, hostname, literal: true } : { ok: false, reason: 'address_not_public' };
  }
  if (isIPv6(hostname)) return addressAllowed(hostname, policy) ? { ok: true, url, hostname, literal: true } : { ok: false, reason: 'address_not_public' };
  if (hostname === '' || hostname.endsWith('.localhost') || hostname === 'localhost') {
    return policy.allowLoopback && hostname !== '' ? { ok: true, url, hostname, literal: false } : { ok: false, reason: 'address_not_public' };
  }
  return { ok: true, url, hostname, literal: false };
}

/** For display of rows registered before credentials were refused: the URL without its user:password. */
export function withoutCredentials(input: string): string {
  try {
    const url = new URL(input);
    if (url.username === '' && url.password === '') return input;
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return input;
  }
}
