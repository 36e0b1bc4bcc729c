import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequestWithEtag, isProblemError } from '@/lib/api';
import type { CaseFile, OpenCaseFileRequest } from '@/lib/api/types';
import { caseFileKeys } from './keys';

/** POST /api/v1/caseFiles: opens a file from the person's latest assessment. */
export function openCaseFile(request: OpenCaseFileRequest) {
  return apiRequestWithEtag<CaseFile>('/caseFiles', { method: 'POST', body: request });
}

export function useOpenCaseFile(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => openCaseFile({ personId }),
    onSuccess: (answer) => {
      if (answer.data.id) queryClient.setQueryData(caseFileKeys.detail(answer.data.id), answer);
      void queryClient.invalidateQueries({ queryKey: caseFileKeys.ofPerson(personId) });
    },
    // A refusal (409: a current file exists) is shown on the page.
    throwOnError: (error) => isProblemError(error, 403),
  });
}
