import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
// Not in the OpenAPI document yet: see the note in that file.
import type { AttestationVerification } from '@/lib/api/types';

/**
 * GET /api/v1/public/attestations/{code}: whether an attestation is valid or revoked, and which CRI
 * issued it. No login, no personal data; an unknown code is a 404 problem.
 */
export function getAttestationVerification(code: string, signal?: AbortSignal): Promise<AttestationVerification> {
  return api.get<AttestationVerification>(`/public/attestations/${encodeURIComponent(code)}`, {
    anonymous: true,
    signal,
  });
}

/** `code` in its printed form (XXXX-XXXX-XXXX), or null to ask nothing. */
export function useAttestationVerification(code: string | null) {
  return useQuery({
    queryKey: ['public', 'attestation', code] as const,
    queryFn: ({ signal }) => getAttestationVerification(code ?? '', signal),
    enabled: code !== null,
    // A 404 is the answer "unknown code", shown on the page.
    throwOnError: false,
  });
}
