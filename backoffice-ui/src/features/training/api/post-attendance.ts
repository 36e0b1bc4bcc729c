import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isProblemError } from '@/lib/api';
import type { AttendanceRecording, CorrectSessionRequest, RecordSessionRequest } from '@/lib/api/types';
import { trainingKeys } from './keys';

/** A new Idempotency-Key: one per posting, kept to send the same posting again. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** POST /api/v1/enrolments/{id}/attendance with its Idempotency-Key: the hours of a session. */
export function recordSession(enrolmentId: string, key: string, body: RecordSessionRequest) {
  return apiRequest<AttendanceRecording>(`/enrolments/${encodeURIComponent(enrolmentId)}/attendance`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });
}

/** POST …/attendance/{entryId}/corrections with its Idempotency-Key: new hours or a reversal, with a reason. */
export function correctEntry(enrolmentId: string, entryId: string, key: string, body: CorrectSessionRequest) {
  return apiRequest<AttendanceRecording>(
    `/enrolments/${encodeURIComponent(enrolmentId)}/attendance/${encodeURIComponent(entryId)}/corrections`,
    { method: 'POST', body, headers: { 'Idempotency-Key': key } },
  );
}

/**
 * A posting with a key kept until it succeeds: sending the form again after a failure (a timeout, a refusal) reuses
 * it, so that nothing is ever recorded twice (a refused posting leaves its key free); a success takes a new key for
 * the next posting. Refreshes the trainer's enrolments and entries.
 */
export function useAttendancePosting<B>(post: (key: string, body: B) => Promise<AttendanceRecording>) {
  const queryClient = useQueryClient();
  const key = useRef<string | null>(null);
  return useMutation({
    mutationFn: (body: B) => {
      key.current ??= newIdempotencyKey();
      return post(key.current, body);
    },
    onSuccess: () => {
      key.current = null;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
    throwOnError: (error) => isProblemError(error, 403),
  });
}
