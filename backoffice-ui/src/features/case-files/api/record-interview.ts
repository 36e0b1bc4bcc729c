import type { EvaluationInterviewRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/evaluationInterviews: an evaluation interview held. */
export function recordInterview(id: string, body: EvaluationInterviewRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/evaluationInterviews', 'POST', body, etag);
}

export function useRecordInterview(id: string) {
  return useCaseFileChange(id, recordInterview);
}
