import type { AmendConventionRequest, Convention } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/convention/amendments: a new version of the signed convention (avenant), with its axes and why. */
export function amendConvention(id: string, body: AmendConventionRequest, etag: string) {
  return sendCaseFileChange<Convention>(id, '/convention/amendments', 'POST', body, etag);
}

export function useAmendConvention(id: string) {
  return useCaseFileChange(id, amendConvention);
}
