import type { TransferCaseFileRequest } from '@/lib/api/types';
import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/transfers: supervisors only, to the CRI of the person's commune by default. */
export function transferCaseFile(id: string, body: TransferCaseFileRequest, etag: string) {
  return sendCaseFileChange<unknown>(id, '/transfers', 'POST', body, etag);
}

export function useTransferCaseFile(id: string) {
  return useCaseFileChange(id, transferCaseFile);
}
