import { sendCaseFileChange, useCaseFileChange } from './change-case-file';

/** POST …/reception: starts the reception module (OPENED → RECEPTION). */
export function startReception(id: string, body: Record<string, never>, etag: string) {
  return sendCaseFileChange<unknown>(id, '/reception', 'POST', body, etag);
}

export function useStartReception(id: string) {
  return useCaseFileChange(id, startReception);
}
