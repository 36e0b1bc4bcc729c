import type { CaseFileState } from '@/lib/api/types';

/** Every state of a case file, in the order of the state machine (the order of the API's `byState`). */
export const CASE_FILE_STATES = [
  'OPENED',
  'RECEPTION',
  'CONVENTION_SIGNED',
  'IN_PROGRESS',
  'COMPLETED',
  'ATTESTATION_ISSUED',
  'SUSPENDED',
  'TRANSFERRED',
  'CLOSED',
] as const satisfies readonly CaseFileState[];

export function isCaseFileState(value: unknown): value is CaseFileState {
  return typeof value === 'string' && (CASE_FILE_STATES as readonly string[]).includes(value);
}
