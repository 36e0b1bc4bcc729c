import type { ProposeConventionRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/convention: proposes the convention, with the grounds of each axis. */
export function proposeConvention(id: string, body: ProposeConventionRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/convention', 'POST', body, etag);
}

export function useProposeConvention(id: string) {
  return useCaseFileChange(id, proposeConvention);
}
