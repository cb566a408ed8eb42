// Keeps the open item's claim alive while the moderator reads it: the lease is renewed (POST …/claim renews the
// caller's own claim) when half of it is left. Renewing moves the item's version, so a decision waits for a
// renewal in flight and quotes the version it produced; no renewal starts while a decision is in flight.
import { api } from './api.js';
import { state } from './state.js';

const MIN_DELAY_MS = 5_000;
const BUSY_RETRY_MS = 1_000;

let timer = null;
let inFlight = null;

export function stopRenewal() {
  clearTimeout(timer);
  timer = null;
}

/** Resolves once any renewal in flight has settled. */
export const renewalSettled = () => inFlight ?? Promise.resolve();

async function renew(id, handlers) {
  if (state.claim?.id !== id) return;
  if (state.busy) {
    timer = setTimeout(() => void renew(id, handlers), BUSY_RETRY_MS);
    return;
  }
  inFlight = api.claim(id);
  try {
    const claim = await inFlight;
    if (state.claim?.id !== id) return; // the moderator moved on meanwhile; that path releases the item
    state.claim = claim;
    handlers.onRenewed(claim);
    keepClaim(handlers);
  } catch (error) {
    if (state.claim?.id === id) handlers.onLost(error);
  } finally {
    inFlight = null;
  }
}

/** Schedules the renewal of `state.claim`. handlers: { onRenewed(claim), onLost(error) }. */
export function keepClaim(handlers) {
  stopRenewal();
  const claim = state.claim;
  if (!claim?.leaseUntil) return;
  const remaining = new Date(claim.leaseUntil).getTime() - Date.now();
  timer = setTimeout(() => void renew(claim.id, handlers), Math.max(MIN_DELAY_MS, remaining / 2));
}
