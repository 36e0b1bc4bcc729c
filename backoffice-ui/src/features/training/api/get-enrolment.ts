import { useQuery } from '@tanstack/react-query';
import { api, isProblemError } from '@/lib/api';
import type { AttendanceEntry, OperatorEnrolment } from '@/lib/api/types';
import { trainingKeys } from './keys';

/** GET /api/v1/enrolments/{id}: one enrolment with the operator (404 for another operator's). */
export function getTrainerEnrolment(id: string, signal?: AbortSignal) {
  return api.get<OperatorEnrolment>(`/enrolments/${encodeURIComponent(id)}`, { signal });
}

export function useTrainerEnrolment(id: string) {
  return useQuery({
    queryKey: trainingKeys.detail(id),
    queryFn: ({ signal }) => getTrainerEnrolment(id, signal),
    // Another operator's enrolment answers 404 like a missing one: the route shows "not found".
    throwOnError: (error) => isProblemError(error, 403) || isProblemError(error, 404),
  });
}

/** GET /api/v1/enrolments/{id}/attendance: sessions and corrections, by session date then recording time. */
export function getEntries(id: string, signal?: AbortSignal) {
  return api.get<AttendanceEntry[]>(`/enrolments/${encodeURIComponent(id)}/attendance`, { signal });
}

export function useEntries(id: string) {
  return useQuery({ queryKey: trainingKeys.entries(id), queryFn: ({ signal }) => getEntries(id, signal) });
}
