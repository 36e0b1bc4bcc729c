import { useQuery } from '@tanstack/react-query';
import { api, apiDownload } from '@/lib/api';
import type { Attestation, RevokeAttestationRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';
import { caseFileKeys } from './keys';

const path = (id: string) => `/caseFiles/${encodeURIComponent(id)}/attestation`;

/** GET …/attestation: number, verification code, revocation, and where each copy stands (404 before issue). */
export function getAttestation(id: string, signal?: AbortSignal) {
  return api.get<Attestation>(path(id), { signal });
}

export function useAttestation(id: string, enabled: boolean) {
  return useQuery({
    queryKey: caseFileKeys.part(id, 'attestation'),
    queryFn: ({ signal }) => getAttestation(id, signal),
    enabled,
    throwOnError: false,
  });
}

/** POST …/attestation (supervisors): COMPLETED → ATTESTATION_ISSUED; a 409 names the unfinished axes. */
export function issueAttestation(id: string, _body: Record<string, never>, etag: string) {
  return sendCaseFileChange<Attestation>(id, '/attestation', 'POST', {}, etag);
}

export function useIssueAttestation(id: string) {
  return useCaseFileChange(id, issueAttestation);
}

/** POST …/attestation/revocation (supervisors), with the reason. */
export function revokeAttestation(id: string, body: RevokeAttestationRequest, etag: string) {
  return sendCaseFileChange<Attestation>(id, '/attestation/revocation', 'POST', body, etag);
}

export function useRevokeAttestation(id: string) {
  return useCaseFileChange(id, revokeAttestation);
}

/** GET …/attestation/pdf with the bearer token: the PDF stored at issue. */
export function downloadAttestationPdf(id: string) {
  return apiDownload(`${path(id)}/pdf`, 'application/pdf');
}
