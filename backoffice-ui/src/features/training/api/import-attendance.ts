import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, isProblemError } from '@/lib/api';
import type { AttendanceImportReport } from '@/lib/api/types';
import { trainingKeys } from './keys';

export type ImportMode = 'allOrNothing' | 'acceptValid';

export interface ImportRequest {
  operator: string;
  mode: ImportMode;
  /** The file's text, sent as it is (text/csv). */
  csv: string;
  /** One key per file sent: the same file sent again after a failure keeps it, so nothing is recorded twice. */
  key: string;
}

/** POST /api/v1/operators/{code}/attendanceImports?mode=: 200 with the report, or 422 `import-rejected` with `errors`. */
export async function importAttendance({ operator, mode, csv, key }: ImportRequest): Promise<AttendanceImportReport> {
  const response = await apiFetch(`/operators/${encodeURIComponent(operator)}/attendanceImports?mode=${mode}`, {
    method: 'POST',
    body: csv,
    headers: {
      'Content-Type': 'text/csv; charset=UTF-8',
      'Idempotency-Key': key,
      Accept: 'application/json, application/problem+json',
    },
  });
  return (await response.json()) as AttendanceImportReport;
}

export function useImportAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importAttendance,
    onSettled: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
    throwOnError: (error) => isProblemError(error, 403),
  });
}

/** GET /api/v1/operators/{code}/attendance.csv: the operator's entries of this month, saved as a file. */
export async function downloadAttendance(operator: string): Promise<void> {
  const response = await apiFetch(`/operators/${encodeURIComponent(operator)}/attendance.csv`, {
    headers: { Accept: 'text/csv, application/problem+json' },
  });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `attendance-${operator}.csv`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
