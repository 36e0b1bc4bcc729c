import type { SuspendCaseFileRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/suspensions (with a reason). */
export function suspendCaseFile(id: string, body: SuspendCaseFileRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/suspensions', 'POST', body, etag);
}

export function useSuspendCaseFile(id: string) {
  return useCaseFileChange(id, suspendCaseFile);
}
