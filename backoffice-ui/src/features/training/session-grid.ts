import { isProblemError, NetworkError, type ProblemIssue } from '@/lib/api';
import type { AttendanceRecording, OperatorEnrolment, RecordSessionRequest } from '@/lib/api/types';

/** What became of a row's posting. */
export type RowResult =
  | { status: 'recorded'; hoursDone?: number; hoursRequired?: number; done: boolean; parcoursCompleted: boolean }
  /** The API refused it (4xx): nothing recorded; `message` is the problem's translated detail. */
  | { status: 'refused'; message: string; issues: ProblemIssue[]; code?: string }
  /** The hours typed break a rule the grid checks before sending (see {@link checkHours}): not sent. */
  | { status: 'invalid'; check: HoursRefusal }
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

/** A person attends at most this many hours a day, every axis and operator together (the API checks it too). */
export const MAX_HOURS_PER_DAY = 8;
/** Hours are counted in quarter hours. */
export const QUARTER_HOUR = 0.25;

/** Why hours typed in the grid are not sent, with the numbers to say it. */
export type HoursRefusal =
  | { reason: 'notANumber'; text: string }
  | { reason: 'notPositive' }
  | { reason: 'notQuarterHours'; hours: number }
  /** `already`: the hours the person has on that day already, when known. */
  | { reason: 'overDailyMaximum'; hours: number; maximum: number; already: number; day: string };

/**
 * The rules the API applies to a session's hours, checked before sending: a number, more than 0, whole quarter hours,
 * and with what the person has that day already (when known), at most {@link MAX_HOURS_PER_DAY}. Null when they hold.
 */
export function checkHours(text: string, day: string, already = 0): HoursRefusal | null {
  const hours = parseHours(text);
  if (hours === null) return { reason: 'notANumber', text: text.trim() };
  if (hours <= 0) return { reason: 'notPositive' };
  if (!Number.isInteger(hours / QUARTER_HOUR)) return { reason: 'notQuarterHours', hours };
  if (already + hours > MAX_HOURS_PER_DAY)
    return { reason: 'overDailyMaximum', hours, maximum: MAX_HOURS_PER_DAY, already, day };
  return null;
}

/**
 * The rows checked before a submit: a row to send whose hours break a rule gets it as its result; the other rows to
 * send lose the result of the last submit (a refusal of the last time is not the answer to this one).
 */
export function checkRows(rows: readonly GridRow[], day: string): GridRow[] {
  return rows.map((row) => {
    if (row.hours.trim() === '' || isRecorded(row)) return row;
    const check = checkHours(row.hours, day);
    return check ? { ...row, result: { status: 'invalid', check } } : { ...row, result: undefined };
  });
}

export function hasInvalidRows(rows: readonly GridRow[]): boolean {
  return rows.some((row) => row.result?.status === 'invalid');
}

/** New hours for a row not recorded yet: the result of the hours it had is gone with them. */
export function withHours(rows: readonly GridRow[], enrolmentId: string, hours: string): GridRow[] {
  return rows.map((row) =>
    row.enrolment.id === enrolmentId && !isRecorded(row) ? { ...row, hours, result: undefined } : row,
  );
}

/** "Same hours for everyone": every row not yet recorded gets `hours` (and loses its last result). */
export function withSameHours(rows: readonly GridRow[], hours: string): GridRow[] {
  return rows.map((row) => (isRecorded(row) ? row : { ...row, hours, result: undefined }));
}

/** The rows a submit posts: hours filled in (an empty row is an absence, never posted), not already recorded. */
export function rowsToSend(rows: readonly GridRow[]): GridRow[] {
  return rows.filter((row) => row.hours.trim() !== '' && !isRecorded(row));
}

export type PostSession = (
  enrolmentId: string,
  key: string,
  body: RecordSessionRequest,
) => Promise<AttendanceRecording>;

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
    const check = checkHours(row.hours, session.sessionDate);
    const hours = parseHours(row.hours);
    if (check || hours === null) {
      const invalid: GridRow = {
        ...row,
        result: { status: 'invalid', check: check ?? { reason: 'notANumber', text: row.hours } },
      };
      onRow(invalid);
      result.push(invalid);
      continue;
    }
    const key = row.key ?? newKey();
    let answered: GridRow;
    try {
      const recording = await post(row.enrolment.id ?? '', key, {
        sessionDate: session.sessionDate,
        hours,
        note: session.note,
      });
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

/** What became of a row, counted once: recorded, refused (by the API or the grid's checks), without answer, absent. */
function outcomeOf(row: GridRow): keyof SessionSummary | null {
  if (isRecorded(row)) return 'recorded';
  if (row.hours.trim() === '') return 'absent';
  switch (row.result?.status) {
    case 'refused':
    case 'invalid':
      return 'refused';
    case 'failed':
      return 'failed';
    default:
      return null;
  }
}

/** The rows counted by outcome: each row once, so the counts never add up to more rows than the grid has. */
export function summarise(rows: readonly GridRow[]): SessionSummary {
  const summary: SessionSummary = { recorded: 0, refused: 0, failed: 0, absent: 0 };
  for (const row of rows) {
    const outcome = outcomeOf(row);
    if (outcome) summary[outcome] += 1;
  }
  return summary;
}
