import type { EquivalenceRecording, FrenchCertificateRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/frenchCertificates: a certificate of French A2 or above completes the French axis and amends the convention. */
export function recordFrenchCertificate(id: string, body: FrenchCertificateRequest, etag: string) {
  return sendCaseFileChange<EquivalenceRecording>(id, '/frenchCertificates', 'POST', body, etag);
}

export function useRecordFrenchCertificate(id: string) {
  return useCaseFileChange(id, recordFrenchCertificate);
}
