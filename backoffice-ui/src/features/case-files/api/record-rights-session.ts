import type { RightsAndDutiesSessionRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** PUT …/reception/rightsAndDutiesSession: day, individual or group, interpreter language. */
export function recordRightsSession(id: string, body: RightsAndDutiesSessionRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/reception/rightsAndDutiesSession', 'PUT', body, etag);
}

export function useRecordRightsSession(id: string) {
  return useCaseFileChange(id, recordRightsSession);
}
