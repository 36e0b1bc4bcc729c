import type { Enrolment, WithdrawEnrolmentRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';
import type { EnrolmentChange } from './complete-enrolment';

/** POST …/enrolments/{eid}/withdrawal: ends an enrolment before completion, with a reason. */
export function withdrawEnrolment(id: string, change: EnrolmentChange<WithdrawEnrolmentRequest>, etag: string) {
  return sendCaseFileChange<Enrolment>(
    id,
    `/enrolments/${encodeURIComponent(change.enrolmentId)}/withdrawal`,
    'POST',
    change.body,
    etag,
  );
}

export function useWithdrawEnrolment(id: string) {
  return useCaseFileChange(id, withdrawEnrolment);
}
