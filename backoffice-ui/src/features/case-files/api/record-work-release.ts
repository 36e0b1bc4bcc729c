import type { EquivalenceRecording, WorkReleaseRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/workReleases: working releases the person from socio-professional orientation, with its evidence. */
export function recordWorkRelease(id: string, body: WorkReleaseRequest, etag: string) {
  return sendCaseFileChange<EquivalenceRecording>(id, '/workReleases', 'POST', body, etag);
}

export function useRecordWorkRelease(id: string) {
  return useCaseFileChange(id, recordWorkRelease);
}
