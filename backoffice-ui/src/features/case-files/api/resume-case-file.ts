import type { ResumeCaseFileRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/resumptions. */
export function resumeCaseFile(id: string, body: ResumeCaseFileRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/resumptions', 'POST', body, etag);
}

export function useResumeCaseFile(id: string) {
  return useCaseFileChange(id, resumeCaseFile);
}
