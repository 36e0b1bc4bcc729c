import type { FrenchTestRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** PUT …/reception/frenchTest: day and CEFR level, or the waiver. */
export function recordFrenchTest(id: string, body: FrenchTestRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/reception/frenchTest', 'PUT', body, etag);
}

export function useRecordFrenchTest(id: string) {
  return useCaseFileChange(id, recordFrenchTest);
}
