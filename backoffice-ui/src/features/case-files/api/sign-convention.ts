import type { SignConventionRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/convention/signature: signed (RECEPTION → CONVENTION_SIGNED). */
export function signConvention(id: string, body: SignConventionRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/convention/signature', 'POST', body, etag);
}

export function useSignConvention(id: string) {
  return useCaseFileChange(id, signConvention);
}
