import type { ExtendDeadlineRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/deadlineExtensions: supervisors only, later than the current deadline. */
export function extendDeadline(id: string, body: ExtendDeadlineRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/deadlineExtensions', 'POST', body, etag);
}

export function useExtendDeadline(id: string) {
  return useCaseFileChange(id, extendDeadline);
}
