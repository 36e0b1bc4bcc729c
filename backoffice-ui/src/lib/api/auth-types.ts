/*
 * Hand-written types for the two endpoints the shell needs. They will be replaced by the types
 * generated from the API's OpenAPI document (`npm run generate:api` → src/lib/api/schema.d.ts)
 * once that document is committed; do not add more hand-written API types here.
 */

/** POST /api/v1/auth/token (staff login). */
export interface PasswordTokenRequest {
  grantType: 'password';
  username: string;
  password: string;
}

/** 200 answer of POST /api/v1/auth/token. */
export interface TokenResponse {
  /** An RS256 JWT; its `exp` claim bounds the session. */
  accessToken: string;
  tokenType: 'Bearer';
  /** Lifetime in seconds (900). */
  expiresIn: number;
}

export const ROLES = [
  'CRI_AGENT',
  'CRI_SUPERVISOR',
  'OPERATOR_TRAINER',
  'COMMUNE_CLIENT',
  'CPAS_CLIENT',
  'REGION_ANALYST',
  'ADMINISTRATOR',
] as const;

export type Role = (typeof ROLES)[number];

/** 200 answer of GET /api/v1/me. */
export interface CurrentUser {
  username: string;
  displayName: string;
  role: Role;
  /** CRI code for CRI agents and supervisors, e.g. "CRIPEL". */
  cri: string | null;
  /** Operator code for trainers. */
  operator: string | null;
  /** NIS code of the commune, for commune and CPAS clients. */
  nis: string | null;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
