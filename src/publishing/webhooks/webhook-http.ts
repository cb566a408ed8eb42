import { lookup as dnsLookup, promises as dns, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressAllowed, checkWebhookUrl, type AddressPolicy, type UrlPolicy, type UrlRefusal } from '../domain/webhook-address.js';

/** Thrown by the guarded lookup: a resolved address is not allowed (or nothing resolved). */
class AddressNotAllowed extends Error {
  public readonly code = 'EADDRNOTALLOWED';
}

const allAllowed = (addresses: LookupAddress[], policy: AddressPolicy): boolean =>
  addresses.length > 0 && addresses.every((a) => addressAllowed(a.address, policy));

/**
 * `lookup` for the socket: resolves the name, checks EVERY address, and hands the socket exactly the
 * addresses it checked, so a DNS answer that changes between check and connect (rebinding) cannot
 * slip a private address in.
 */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      if (!allAllowed(addresses, policy)) return callback(new AddressNotAllowed(`address of ${hostname} not allowed`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * Registration check: the URL text, then every address its name resolves to. A name that does not
 * resolve is refused exactly like one that resolves to a private address, so the answer never tells
 * whether a host exists.
 */
export async function refusalOf(url: string, policy: UrlPolicy): Promise<UrlRefusal | null> {
  const checked = checkWebhookUrl(url, policy);
  if (!checked.ok) return checked.reason;
  if (checked.literal) return null;
  const addresses = await dns.lookup(checked.hostname, { all: true }).catch(() => []);
  return allAllowed(addresses, policy) ? null : 'address_not_public';
}

export interface PostResult {
  statusCode: number | null;
  /** Operator detail (worker log only); tenants see the coarse outcome. */
  detail: string | null;
}

/** One POST, no redirects followed, whole attempt bounded by `timeoutMs`; checks the target again first. */
export function postWebhook(url: string, body: string, headers: Record<string, string>, timeoutMs: number, policy: UrlPolicy): Promise<PostResult> {
  const checked = checkWebhookUrl(url, policy);
  if (!checked.ok) return Promise.resolve({ statusCode: null, detail: `target refused: ${checked.reason}` });
  const target = checked.url;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: PostResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send({
      protocol: target.protocol, hostname: checked.hostname, port: target.port || undefined, path: `${target.pathname}${target.search}`,
      method: 'POST', agent: false, lookup: guardedLookup(policy),
      headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
    }, (res: IncomingMessage) => {
      // The body is not used: drain it so the socket closes, and answer as soon as it ends.
      res.on('data', () => undefined);
      res.on('end', () => finish({ statusCode: res.statusCode ?? null, detail: null }));
      res.on('error', (error) => finish({ statusCode: res.statusCode ?? null, detail: error.message }));
      res.on('close', () => finish({ statusCode: res.statusCode ?? null, detail: null }));
    });
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (error) => finish({ statusCode: null, detail: error.message.slice(0, 300) }));
    req.end(body);
  });
}
