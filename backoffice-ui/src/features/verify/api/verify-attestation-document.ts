import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { DocumentVerification, DocumentVerificationRequest } from '@/lib/api/types';

/**
 * POST /api/v1/public/attestations/verifications: whether the code and the holder's birth date, both
 * printed on an attestation, belong to one attestation (ADR 0031). No login, no personal data; an
 * unknown code and a birth date that is not the holder's get the same answer, `match: false`.
 */
export function verifyAttestationDocument(request: DocumentVerificationRequest): Promise<DocumentVerification> {
  return api.post<DocumentVerification>('/public/attestations/verifications', request, { anonymous: true });
}

/**
 * A check is an action, not a cached read: each one counts against the limits per address and per
 * code, so it is sent only when the checker submits.
 */
export function useVerifyAttestationDocument() {
  return useMutation({ mutationFn: verifyAttestationDocument });
}
