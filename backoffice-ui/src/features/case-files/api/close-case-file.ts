import type { CloseCaseFileRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/closure (reason and note). */
export function closeCaseFile(id: string, body: CloseCaseFileRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/closure', 'POST', body, etag);
}

export function useCloseCaseFile(id: string) {
  return useCaseFileChange(id, closeCaseFile);
}
