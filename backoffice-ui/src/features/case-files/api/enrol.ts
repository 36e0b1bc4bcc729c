import type { EnrolRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/enrolments: enrols on an axis with a recognised operator (the first one: IN_PROGRESS). */
export function enrol(id: string, body: EnrolRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/enrolments', 'POST', body, etag);
}

export function useEnrol(id: string) {
  return useCaseFileChange(id, enrol);
}
