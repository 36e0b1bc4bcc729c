import type { SocialReviewRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** PUT …/reception/socialReview: needs in the six domains, notes, socio-professional orientation. */
export function recordSocialReview(id: string, body: SocialReviewRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/reception/socialReview', 'PUT', body, etag);
}

export function useRecordSocialReview(id: string) {
  return useCaseFileChange(id, recordSocialReview);
}
