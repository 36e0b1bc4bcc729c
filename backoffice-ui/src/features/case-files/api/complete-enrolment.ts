import type { CompleteEnrolmentRequest, Enrolment } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** The enrolment to end and the body that ends it. */
export type EnrolmentChange<B> = { enrolmentId: string; body: B };

/** POST …/enrolments/{eid}/completion: the person finished the training with the operator. */
export function completeEnrolment(id: string, change: EnrolmentChange<CompleteEnrolmentRequest>, etag: string) {
  return sendCaseFileChange<Enrolment>(
    id,
    `/enrolments/${encodeURIComponent(change.enrolmentId)}/completion`,
    'POST',
    change.body,
    etag,
  );
}

export function useCompleteEnrolment(id: string) {
  return useCaseFileChange(id, completeEnrolment);
}
