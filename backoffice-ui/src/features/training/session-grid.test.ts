import { describe, expect, it, vi } from 'vitest';
import { NetworkError, ProblemError } from '@/lib/api';
import type { AttendanceRecording, RecordSessionRequest } from '@/lib/api/types';
import { enrolment, recording } from '@/testing/training-fixtures';
import {
  checkHours,
  checkRows,
  gridRows,
  hasInvalidRows,
  parseHours,
  rowsToSend,
  submitSession,
  summarise,
  withHours,
  withSameHours,
  type GridRow,
} from './session-grid';

const SESSION = { sessionDate: '2026-11-20' };
const rows = () => gridRows([enrolment('a', 'Alami'), enrolment('b', 'Bakari'), enrolment('c', 'Costa')]);
const keys = () => {
  let next = 0;
  return () => `key-${(next += 1)}`;
};
const dailyMaximum = new ProblemError({
  type: 'urn:parcours:problem:conflict',
  title: 'Conflict',
  status: 409,
  detail: 'La personne dépasserait 8 heures de formation ce jour-là.',
  code: 'ATTENDANCE_REFUSED.DAILY_MAXIMUM_EXCEEDED',
  issues: [],
});

describe('the session grid', () => {
  it('posts only the rows with hours: an empty row is an absence and is never posted', async () => {
    const grid = withHours(withHours(rows(), 'a', '3'), 'c', '2,75');
    const post = vi.fn(async (id: string, _key: string, body: RecordSessionRequest) =>
      recording(id, body.hours ?? 0, body.hours ?? 0),
    );

    const answered = await submitSession(grid, SESSION, post, keys());

    expect(post.mock.calls.map(([id, , body]) => [id, body.hours])).toEqual([
      ['a', 3],
      ['c', 2.75],
    ]);
    expect(answered.find((row) => row.enrolment.id === 'b')?.result).toBeUndefined();
    expect(summarise(answered)).toEqual({ recorded: 2, refused: 0, failed: 0, absent: 1 });
  });

  it('gives each row its own key, keeps it when the row is sent again after a failure, and never posts a recorded row again', async () => {
    const grid = withSameHours(rows(), '4');
    const post = vi.fn<(id: string, key: string) => Promise<AttendanceRecording>>().mockImplementation(async (id) => {
      if (id === 'b') throw new NetworkError();
      if (id === 'c') throw dailyMaximum;
      return recording(id, 4, 4);
    });

    const first = await submitSession(grid, SESSION, post, keys());
    const firstKeys = Object.fromEntries(post.mock.calls.map(([id, key]) => [id, key]));
    expect(new Set(Object.values(firstKeys)).size).toBe(3);
    expect(first.map((row) => row.result?.status)).toEqual(['recorded', 'failed', 'refused']);
    expect(rowsToSend(first).map((row) => row.enrolment.id)).toEqual(['b', 'c']);

    post.mockClear();
    post.mockImplementation(async (id) => recording(id, 4, 4));
    const second = await submitSession(first, SESSION, post, keys());

    expect(post.mock.calls.map(([id, key]) => [id, key])).toEqual([
      ['b', firstKeys.b],
      ['c', firstKeys.c],
    ]);
    expect(second.map((row) => row.result?.status)).toEqual(['recorded', 'recorded', 'recorded']);
  });

  it("answers each row's result: recorded with the axis' totals, refused with the problem's translated detail", async () => {
    const grid = withHours(withHours(rows(), 'a', '8'), 'b', '6');
    const post = vi.fn(async (id: string) => {
      if (id === 'b') throw dailyMaximum;
      return recording(id, 8, 20);
    });
    const seen: GridRow[] = [];

    const answered = await submitSession(grid, SESSION, post, keys(), (row) => seen.push(row));

    expect(answered[0]?.result).toEqual({
      status: 'recorded',
      hoursDone: 20,
      hoursRequired: 60,
      done: false,
      parcoursCompleted: false,
    });
    expect(answered[1]?.result).toMatchObject({
      status: 'refused',
      message: 'La personne dépasserait 8 heures de formation ce jour-là.',
      code: 'ATTENDANCE_REFUSED.DAILY_MAXIMUM_EXCEEDED',
    });
    expect(seen.map((row) => row.enrolment.id)).toEqual(['a', 'b']);
  });

  it('does not send hours that are not a number, and takes a decimal comma', async () => {
    const post = vi.fn();
    const answered = await submitSession(withHours(rows(), 'a', 'deux'), SESSION, post, keys());
    expect(post).not.toHaveBeenCalled();
    expect(answered[0]?.result).toEqual({ status: 'invalid', check: { reason: 'notANumber', text: 'deux' } });
    expect(parseHours('2,75')).toBe(2.75);
    expect(parseHours(' 8 ')).toBe(8);
    expect(parseHours('-1')).toBeNull();
  });

  it('"same hours for everyone" leaves the rows already recorded as they are', () => {
    const grid: GridRow[] = rows().map((row, index) =>
      index === 0
        ? { ...row, hours: '8', key: 'k', result: { status: 'recorded', done: false, parcoursCompleted: false } }
        : row,
    );
    expect(withSameHours(grid, '3').map((row) => row.hours)).toEqual(['8', '3', '3']);
  });

  it('checks quarter hours and the 8-hour day before sending, with the numbers of the refusal', () => {
    expect(checkHours('2,25', SESSION.sessionDate)).toBeNull();
    expect(checkHours('8', SESSION.sessionDate)).toBeNull();
    expect(checkHours('2,3', SESSION.sessionDate)).toEqual({ reason: 'notQuarterHours', hours: 2.3 });
    expect(checkHours('9', SESSION.sessionDate)).toEqual({
      reason: 'overDailyMaximum',
      hours: 9,
      maximum: 8,
      already: 0,
      day: '2026-11-20',
    });
    expect(checkHours('6', SESSION.sessionDate, 3)).toEqual({
      reason: 'overDailyMaximum',
      hours: 6,
      maximum: 8,
      already: 3,
      day: '2026-11-20',
    });
    expect(checkHours('5', SESSION.sessionDate, 3)).toBeNull();
    expect(checkHours('0', SESSION.sessionDate)).toEqual({ reason: 'notPositive' });
    expect(checkHours('2h', SESSION.sessionDate)).toEqual({ reason: 'notANumber', text: '2h' });
  });

  it('marks the rows that break a rule and clears the last result of the rows it will send again', () => {
    const refusedBefore: GridRow[] = withHours(withHours(rows(), 'a', '9'), 'b', '3').map((row) =>
      row.enrolment.id === 'b' ? { ...row, result: { status: 'refused', message: 'refusé', issues: [] } } : row,
    );
    const checked = checkRows(refusedBefore, SESSION.sessionDate);
    expect(checked.map((row) => row.result?.status)).toEqual(['invalid', undefined, undefined]);
    expect(hasInvalidRows(checked)).toBe(true);
    expect(hasInvalidRows(checkRows(withHours(rows(), 'a', '7,75'), SESSION.sessionDate))).toBe(false);
  });

  it('never sends a row that breaks a rule, even when asked to', async () => {
    const post = vi.fn(async (id: string) => recording(id, 2, 2));
    const answered = await submitSession(withHours(withHours(rows(), 'a', '2,3'), 'b', '2'), SESSION, post, keys());
    expect(post.mock.calls.map(([id]) => id)).toEqual(['b']);
    expect(answered[0]?.result).toEqual({ status: 'invalid', check: { reason: 'notQuarterHours', hours: 2.3 } });
  });

  it('counts one outcome per row: a row emptied after a refusal is absent, not refused as well', () => {
    const grid: GridRow[] = withHours(rows(), 'b', '3').map((row) =>
      row.enrolment.id === 'a'
        ? { ...row, hours: '', result: { status: 'refused', message: 'refusé', issues: [] } }
        : row.enrolment.id === 'c'
          ? { ...row, hours: '4', key: 'k', result: { status: 'recorded', done: false, parcoursCompleted: false } }
          : row,
    );
    const summary = summarise(grid);
    expect(summary).toEqual({ recorded: 1, refused: 0, failed: 0, absent: 1 });
    expect(summary.recorded + summary.refused + summary.failed + summary.absent).toBeLessThanOrEqual(grid.length);
  });

  it('typing new hours in a refused row takes its old result away', () => {
    const refused: GridRow[] = rows().map((row) => ({
      ...row,
      hours: '9',
      result: { status: 'refused', message: 'refusé', issues: [] },
    }));
    expect(withHours(refused, 'a', '4')[0]?.result).toBeUndefined();
    expect(withSameHours(refused, '4').every((row) => row.result === undefined)).toBe(true);
  });
});
