/*
 * ⚠ TEMPORARY, HAND-WRITTEN: the one place for API types that docs/openapi/openapi.yaml does not
 * describe yet. GET /api/v1/public/attestations/{code} is being built; once it is in the OpenAPI
 * document, run `npm run generate:api`, alias the generated schema in ./types.ts
 * (e.g. `export type AttestationVerification = Schemas['AttestationVerification']`), change the
 * import in features/verify/api/get-attestation-verification.ts and delete this file.
 */

/**
 * 200 answer of GET /api/v1/public/attestations/{code} (no login; 404 problem for an unknown code).
 * No personal data.
 */
export interface AttestationVerification {
  status: 'VALID' | 'REVOKED';
  /** ISO date, e.g. "2026-10-02". */
  issuedOn: string;
  cri: { code: string; name: string };
  /** ISO date when revoked, null otherwise. */
  revokedOn: string | null;
}
