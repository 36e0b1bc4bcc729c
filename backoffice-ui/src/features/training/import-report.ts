import type { AttendanceImportLineError, AttendanceImportReport } from '@/lib/api/types';

/** A data line of an import file: its number in the file (the header is line 1) and its `reference`. */
export interface CsvDataLine {
  line: number;
  reference: string;
}

/** The fields of one line, split on `separator`, quotes removed (a doubled quote inside is one quote). */
function splitLine(text: string, separator: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        current += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        current += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      fields.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  fields.push(current);
  return fields;
}

/**
 * The data lines of an import file as the API numbers them (docs/api-guide-operators.md, CSV format): the header
 * first, `;` or `,` as it shows, blank lines skipped but counted; the `reference` column when the header has one.
 */
export function csvDataLines(csv: string): CsvDataLine[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = lines[0] ?? '';
  const separator = header.includes(';') ? ';' : ',';
  const referenceColumn = splitLine(header, separator).findIndex((name) => name.trim().toLowerCase() === 'reference');
  const data: CsvDataLine[] = [];
  lines.slice(1).forEach((text, index) => {
    if (text.trim() === '') return;
    const reference = referenceColumn < 0 ? '' : (splitLine(text, separator)[referenceColumn] ?? '').trim();
    data.push({ line: index + 2, reference });
  });
  return data;
}

/** What became of a line: recorded; recorded unless its reference was already imported; rejected; or not recorded because the file was. */
export type LineResult = 'recorded' | 'recordedOrDuplicate' | 'rejected' | 'notRecorded';

export interface ReportLine {
  line: number;
  reference: string;
  result: LineResult;
  problems: AttendanceImportLineError[];
}

/** The answer of an import: the 200 report, or the `errors` of a 422 (nothing recorded). */
export type ImportOutcome =
  { kind: 'report'; report: AttendanceImportReport } | { kind: 'rejected'; errors: AttendanceImportLineError[] };

/** The `errors` member of a 422 `import-rejected` problem. */
export function rejectedLineErrors(extensions: Record<string, unknown>): AttendanceImportLineError[] {
  const errors = extensions.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter((error): error is AttendanceImportLineError => error !== null && typeof error === 'object');
}

/**
 * One row per line of the file, with its reference, its result and its problems: the lines in error are rejected;
 * the others were recorded (200; or skipped as duplicates when the report counts some) or not (422: nothing is).
 * An error about no data line (the header) gets a row of its own.
 */
export function reportLines(csv: string, outcome: ImportOutcome): ReportLine[] {
  const errors = outcome.kind === 'report' ? (outcome.report.errors ?? []) : outcome.errors;
  const fine: LineResult =
    outcome.kind === 'rejected'
      ? 'notRecorded'
      : (outcome.report.duplicates ?? 0) > 0
        ? 'recordedOrDuplicate'
        : 'recorded';
  const data = csvDataLines(csv);
  const known = new Set(data.map((line) => line.line));
  const rows: ReportLine[] = data.map(({ line, reference }) => {
    const problems = errors.filter((error) => error.line === line);
    return { line, reference, result: problems.length > 0 ? 'rejected' : fine, problems };
  });
  const others = [...new Set(errors.map((error) => error.line ?? 0).filter((line) => !known.has(line)))];
  for (const line of others) {
    rows.push({
      line,
      reference: '',
      result: 'rejected',
      problems: errors.filter((error) => (error.line ?? 0) === line),
    });
  }
  return rows.sort((a, b) => a.line - b.line);
}
