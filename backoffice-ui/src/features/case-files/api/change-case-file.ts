import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequestWithEtag, isProblemError, type Versioned } from '@/lib/api';
import type { CaseFile } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/**
 * Sends one change of a case file with the file's last ETag in If-Match (ADR 0012: one version for
 * the file and all its parts). Answers the new ETag.
 */
export function sendCaseFileChange<T>(
  id: string,
  part: string,
  method: 'POST' | 'PUT',
  body: unknown,
  etag: string,
): Promise<Versioned<T>> {
  return apiRequestWithEtag<T>(`/caseFiles/${encodeURIComponent(id)}${part}`, {
    method,
    body,
    headers: { 'If-Match': etag },
  });
}

export type ChangeFn<B> = (id: string, body: B, etag: string) => Promise<Versioned<unknown>>;

/**
 * A change of the file `id`: reads the ETag of the cached file, keeps the new one, then refreshes the
 * file and its parts. A 412 (changed meanwhile) also reloads the file; the caller shows the message.
 */
export function useCaseFileChange<B>(id: string, change: ChangeFn<B>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => {
      const cached = queryClient.getQueryData<Versioned<CaseFile>>(caseFileKeys.detail(id));
      return change(id, body, cached?.etag ?? '*');
    },
    onSuccess: (answer) => {
      if (answer.etag) {
        queryClient.setQueryData<Versioned<CaseFile>>(caseFileKeys.detail(id), (old) =>
          old ? { ...old, etag: answer.etag } : old,
        );
      }
    },
    onSettled: (_answer, error) => {
      if (error && !isProblemError(error, 412)) return;
      void queryClient.invalidateQueries({ queryKey: caseFileKeys.all });
    },
    throwOnError: (error) => isProblemError(error, 403),
  });
}
