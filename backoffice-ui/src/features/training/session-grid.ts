import { isProblemError, NetworkError, type ProblemIssue } from '@/lib/api';
import type { AttendanceRecording, OperatorEnrolment, RecordSessionRequest } from '@/lib/api/types';

/** What became of a row's posting. */
export type RowResult =
  | { status: 'recorded'; hoursDone?: number; hoursRequired?: number; done: boolean; parcoursCompleted: boolean }
  /** The API refused it (4xx): nothing recorded; `message` is the problem's translated detail. */
  | { status: 'refused'; message: string; issues: ProblemIssue[]; code?: string }
  /** The hours typed are not a number: not sent. */
  | { status: 'invalid' }
  /** No answer, or a server error: it may or may not have been recorded; sending again keeps the row's key. */
  | { status: 'failed'; error: unknown };

/** One person of the group: the hours typed (empty = absent), the row's Idempotency-Key once sent, its result. */
export interface GridRow {
  enrolment: OperatorEnrolment;
  hours: string;
  key: string | null;
  result?: RowResult;
}

export function gridRows(enrolments: readonly OperatorEnrolment[]): GridRow[] {
  return enrolments.map((enrolment) => ({ enrolment, hours: '', key: null }));
}

export function isRecorded(row: GridRow): boolean {
  return row.result?.status === 'recorded';
}

/** Hours as typed ("2,75" or "2.75") as a number; null when it is not one. */
export function parseHours(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export function withHours(rows: readonly GridRow[], enrolmentId: string, hours: string): GridRow[] {
  return rows.map((row) => (row.enrolment.id === enrolmentId && !isRecorded(row) ? { ...row, hours } : row));
}

/** "Same hours for everyone": every row not yet recorded gets `hours`. */
export function withSameHours(rows: readonly GridRow[], hours: string): GridRow[] {
  return rows.map((row) => (isRecorded(row) ? row : { ...row, hours }));
}

/** The rows a submit posts: hours filled in (an empty row is an absence, never posted), not already recorded. */
export function rowsToSend(rows: readonly GridRow[]): GridRow[] {
  return rows.filter((row) => row.hours.trim() !== '' && !isRecorded(row));
}

export type PostSession = (enrolmentId: string, key: string, body: RecordSessionRequest) => Promise<AttendanceRecording>;

/** What a failed posting means for its row: a refusal (4xx, the key stays free) or an unknown outcome. */
export function resultOfError(error: unknown): RowResult {
  if (isProblemError(error) && error.status >= 400 && error.status < 500) {
    return { status: 'refused', message: error.detail ?? error.title, issues: error.issues, code: error.code };
  }
  return { status: 'failed', error: error instanceof Error ? error : new NetworkError() };
}

/**
 * Posts the session of every row to send, one after the other, each with its own Idempotency-Key: generated the first
 * time the row is sent, and kept when it is sent again after a failure, so that a retry never records twice. Calls
 * `onRow` with each row as it is answered; answers every row.
 */
export async function submitSession(
  rows: readonly GridRow[],
  session: { sessionDate: string; note?: string },
  post: PostSession,
  newKey: () => string,
  onRow: (row: GridRow) => void = () => {},
): Promise<GridRow[]> {
  const result: GridRow[] = [];
  for (const row of rows) {
    if (row.hours.trim() === '' || isRecorded(row)) {
      result.push(row);
      continue;
    }
    const hours = parseHours(row.hours);
    if (hours === null) {
      const invalid: GridRow = { ...row, result: { status: 'invalid' } };
      onRow(invalid);
      result.push(invalid);
      continue;
    }
    const key = row.key ?? newKey();
    let answered: GridRow;
    try {
      const recording = await post(row.enrolment.id ?? '', key, { sessionDate: session.sessionDate, hours, note: session.note });
      answered = {
        ...row,
        key,
        result: {
          status: 'recorded',
          hoursDone: recording.axis?.hoursDone,
          hoursRequired: recording.axis?.hoursRequired,
          done: recording.axis?.done ?? false,
          parcoursCompleted: recording.parcoursCompleted ?? false,
        },
      };
    } catch (error) {
      answered = { ...row, key, result: resultOfError(error) };
    }
    onRow(answered);
    result.push(answered);
  }
  return result;
}

export interface SessionSummary {
  recorded: number;
  refused: number;
  failed: number;
  absent: number;
}

export function summarise(rows: readonly GridRow[]): SessionSummary {
  const count = (status: RowResult['status']) => rows.filter((row) => row.result?.status === status).length;
  return {
    recorded: count('recorded'),
    refused: count('refused') + count('invalid'),
    failed: count('failed'),
    absent: rows.filter((row) => row.hours.trim() === '').length,
  };
}
