import type { RateLimit } from '../rate-limit/rate-limiter.js';
import type { Role } from './role.js';

/** Who is calling, resolved from the API key once per request. */
export interface AuthContext {
  keyId: string;
  /** The person or system behind the key, the same across rotations: who decided, who may handle an appeal. */
  principalId: string;
  role: Role;
  merchantId: string | null;
  channelId: string | null;
  /** Senior moderator (escalated items); optional so contexts built elsewhere need not name it. */
  senior?: boolean;
  /** The key's own per-key limit; absent or null: the role's default. */
  rateLimit?: RateLimit | null;
  /** Set for publishable (browser) keys: the origins it may be used from and its per-client-IP limit. */
  publishable?: { origins: readonly string[]; ipLimit: RateLimit } | null;
}
