import { describe, expect, it } from 'vitest';
import { csvDataLines, rejectedLineErrors, reportLines } from './import-report';

const FILE = [
  '\uFEFFenrolmentId;sessionDate;hours;reference',
  '3f2b8c1e-9d4a-4b7e-8f21-6a5c0d9e1b72;2026-11-16;3;ILI-1',
  '',
  'not-a-uuid;2026-11-17;2,6;"ILI;2"',
  '3f2b8c1e-9d4a-4b7e-8f21-6a5c0d9e1b72;2026-11-18;2,75;ILI-3',
].join('\r\n');

describe('the import report', () => {
  it('numbers the data lines as the API does (header line 1, blank lines counted) and reads each reference', () => {
    expect(csvDataLines(FILE)).toEqual([
      { line: 2, reference: 'ILI-1' },
      { line: 4, reference: 'ILI;2' },
      { line: 5, reference: 'ILI-3' },
    ]);
    expect(csvDataLines('enrolmentId,sessionDate,hours\nx,2026-11-16,"2,5"\n')).toEqual([{ line: 2, reference: '' }]);
  });

  it('a 200 report: the lines in error are refused with their problems, the others recorded', () => {
    const lines = reportLines(FILE, {
      kind: 'report',
      report: {
        linesRead: 3,
        recorded: 2,
        duplicates: 0,
        rejected: 1,
        errors: [
          { line: 4, field: 'enrolmentId', message: "doit être l'identifiant d'une inscription" },
          { line: 4, field: 'hours', message: "doit être un nombre entier de quarts d'heure" },
        ],
      },
    });
    expect(lines.map(({ line, reference, result, problems }) => [line, reference, result, problems.length])).toEqual([
      [2, 'ILI-1', 'recorded', 0],
      [4, 'ILI;2', 'rejected', 2],
      [5, 'ILI-3', 'recorded', 0],
    ]);
  });

  it('a 200 report with duplicates cannot tell which valid line was skipped', () => {
    const lines = reportLines(FILE, {
      kind: 'report',
      report: { linesRead: 3, recorded: 2, duplicates: 1, rejected: 0, errors: [] },
    });
    expect(lines.map((line) => line.result)).toEqual([
      'recordedOrDuplicate',
      'recordedOrDuplicate',
      'recordedOrDuplicate',
    ]);
  });

  it('a 422 rejection: nothing recorded, the lines in error refused, and an error of the header gets its own row', () => {
    const errors = rejectedLineErrors({
      errors: [
        { line: 1, field: '', message: 'en-tête inconnu' },
        { line: 5, field: 'sessionDate', message: 'la séance est avant le début de l’inscription' },
      ],
    });
    const lines = reportLines(FILE, { kind: 'rejected', errors });
    expect(lines.map(({ line, result }) => [line, result])).toEqual([
      [1, 'rejected'],
      [2, 'notRecorded'],
      [4, 'notRecorded'],
      [5, 'rejected'],
    ]);
    expect(lines[3]?.problems[0]?.message).toBe('la séance est avant le début de l’inscription');
    expect(rejectedLineErrors({})).toEqual([]);
  });
});
