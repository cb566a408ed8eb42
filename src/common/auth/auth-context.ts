import type { Role } from './role.js';

/** Who is calling, resolved from the API key once per request. */
export interface AuthContext {
  keyId: string;
  role: Role;
  merchantId: string | null;
  channelId: string | null;
}
