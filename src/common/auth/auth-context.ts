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
}
