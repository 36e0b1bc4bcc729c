import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, ProblemAlert, RadioGroup } from '@/components';
import { useCurrentUser } from '@/features/auth';
import { errorMessage, isProblemError } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { downloadAttendance, useImportAttendance, type ImportMode } from '../api/import-attendance';
import { newIdempotencyKey } from '../api/post-attendance';
import { rejectedLineErrors, reportLines, type ImportOutcome, type ReportLine } from '../import-report';
import './training.css';

const EXAMPLE = `enrolmentId;sessionDate;hours;reference
3f2b8c1e-9d4a-4b7e-8f21-6a5c0d9e1b72;2026-11-16;3;ILI-2026-000123
3f2b8c1e-9d4a-4b7e-8f21-6a5c0d9e1b72;2026-11-18;2,75;ILI-2026-000124`;

const COLUMNS = ['enrolmentId', 'sessionDate', 'hours', 'reference'] as const;

/** The expected columns, from the operators' guide (docs/api-guide-operators.md, CSV format), with an example. */
function Format() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="import-format-title">
      <h2 id="import-format-title">{t('trainer.import.formatTitle')}</h2>
      <p>{t('trainer.import.formatIntro')}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('trainer.import.formatTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trainer.import.column')}</th>
            <th scope="col">{t('trainer.import.content')}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS.map((column) => (
            <tr key={column}>
              <th scope="row">
                <code>{column}</code>
              </th>
              <td>{t(`trainer.import.columns.${column}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('trainer.import.rules')}</p>
      <p id="import-example-title">{t('trainer.import.example')}</p>
      <pre className="training__example" aria-labelledby="import-example-title" tabIndex={0} data-format-sample>
        {EXAMPLE}
      </pre>
    </section>
  );
}

function Report({ lines, outcome }: { lines: ReportLine[]; outcome: ImportOutcome }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('trainer.import.reportTitle')}</h2>
      {outcome.kind === 'report' ? (
        <Alert variant={(outcome.report.rejected ?? 0) > 0 ? 'info' : 'success'}>
          <p>
            {t('trainer.import.summary', {
              read: outcome.report.linesRead ?? 0,
              recorded: outcome.report.recorded ?? 0,
              duplicates: outcome.report.duplicates ?? 0,
              rejected: outcome.report.rejected ?? 0,
            })}
          </p>
        </Alert>
      ) : (
        <Alert variant="error" title={t('trainer.import.rejectedTitle')}>
          <p>{t('trainer.import.rejected', { count: outcome.errors.length })}</p>
        </Alert>
      )}
      {lines.length > 0 && (
        <table className="data-table" data-testid="import-report">
          <caption className="visually-hidden">{t('trainer.import.reportTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trainer.import.line')}</th>
              <th scope="col">{t('trainer.import.reference')}</th>
              <th scope="col">{t('trainer.import.result')}</th>
              <th scope="col">{t('trainer.import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.line}>
                <th scope="row">{line.line}</th>
                <td>{line.reference}</td>
                <td>{t(`trainer.import.results.${line.result}`)}</td>
                <td>
                  {line.problems.map((problem) => (
                    <p key={`${problem.field ?? ''}:${problem.message ?? ''}`}>
                      {problem.field ? <code>{problem.field}</code> : null}
                      {problem.field ? ' : ' : ''}
                      {problem.message}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** /training/import — send a CSV file of hours (all or nothing, or the valid lines), see each line's fate; export. */
export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('trainer.import.title'));
  const { data: user } = useCurrentUser();
  const operator = user?.operator ?? '';
  const importing = useImportAttendance();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('allOrNothing');
  const [fileIssue, setFileIssue] = useState<string | null>(null);
  const [result, setResult] = useState<{ lines: ReportLine[]; outcome: ImportOutcome } | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  // One key per file and mode sent: sending the same again after a failure reuses it (nothing recorded twice).
  const sent = useRef<{ file: File; mode: ImportMode; key: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileIssue(t('trainer.import.fileRequired'));
    setFileIssue(null);
    setResult(null);
    if (sent.current?.file !== file || sent.current.mode !== mode)
      sent.current = { file, mode, key: newIdempotencyKey() };
    const csv = await file.text();
    importing.mutate(
      { operator, mode, csv, key: sent.current.key },
      {
        onSuccess: (report) => {
          const outcome: ImportOutcome = { kind: 'report', report };
          setResult({ lines: reportLines(csv, outcome), outcome });
        },
        onError: (error) => {
          if (isProblemError(error, 422)) {
            const outcome: ImportOutcome = { kind: 'rejected', errors: rejectedLineErrors(error.extensions) };
            setResult({ lines: reportLines(csv, outcome), outcome });
          }
        },
      },
    );
  };

  const exportCsv = async () => {
    setExportError(null);
    setExporting(true);
    try {
      await downloadAttendance(operator);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };

  const failed = importing.error && !isProblemError(importing.error, 422) ? importing.error : null;
  return (
    <div className="page training">
      <h1>{t('trainer.import.title')}</h1>
      <p>{t('trainer.import.intro')}</p>
      <Format />
      <form onSubmit={submit} noValidate className="training__form">
        {failed ? <ProblemAlert error={failed} /> : null}
        <div className={['form-field', fileIssue && 'form-field--invalid'].filter(Boolean).join(' ')}>
          <label className="form-field__label" htmlFor="import-file">
            {t('trainer.import.file')}
          </label>
          {fileIssue && (
            <p className="form-field__error" id="import-file-error">
              {fileIssue}
            </p>
          )}
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".csv,text/csv"
            className="form-field__input"
            aria-invalid={fileIssue ? true : undefined}
            aria-describedby={fileIssue ? 'import-file-error' : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <RadioGroup<ImportMode>
          name="mode"
          legend={t('trainer.import.mode')}
          options={[
            { value: 'allOrNothing', label: t('trainer.import.modes.allOrNothing') },
            { value: 'acceptValid', label: t('trainer.import.modes.acceptValid') },
          ]}
          value={mode}
          onChange={setMode}
        />
        <Button type="submit" busy={importing.isPending} busyLabel={t('trainer.sending')}>
          {t('trainer.import.submit')}
        </Button>
      </form>
      {result && <Report lines={result.lines} outcome={result.outcome} />}
      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{t('trainer.import.exportTitle')}</h2>
        <p>{t('trainer.import.exportIntro')}</p>
        {exportError ? (
          <Alert variant="error" title={t('problems.refusedTitle')}>
            <p>{errorMessage(exportError, t)}</p>
          </Alert>
        ) : null}
        <Button
          variant="secondary"
          busy={exporting}
          busyLabel={t('trainer.sending')}
          onClick={() => void exportCsv()}
          disabled={!operator}
        >
          {t('trainer.import.export')}
        </Button>
      </section>
    </div>
  );
}
