import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ErrorSummary, FormField, SelectField } from '@/components';
import { errorMessage } from '@/lib/api';
import type { Axis, OperatorEnrolment } from '@/lib/api/types';
import { formatDate, formatHours, useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { TRAINING_AXES, useAllActiveEnrolments } from '../api/get-enrolments';
import { trainingKeys } from '../api/keys';
import { newIdempotencyKey, recordSession } from '../api/post-attendance';
import {
  checkRows,
  gridRows,
  hasInvalidRows,
  isRecorded,
  rowsToSend,
  submitSession,
  summarise,
  withHours,
  withSameHours,
  type GridRow,
} from '../session-grid';
import { personName } from './enrolment-progress';
import { describeRefusal } from './hours-refusal';
import { today } from './today';
import './training.css';

function RowOutcome({ row }: { row: GridRow }) {
  const { t, language } = useTranslation();
  const result = row.result;
  if (!result) return row.hours.trim() === '' ? <span className="muted">{t('trainer.session.absent')}</span> : null;
  switch (result.status) {
    case 'recorded':
      return (
        <span className="training__outcome training__outcome--recorded">
          {t('trainer.session.recorded', {
            done: formatHours(result.hoursDone ?? 0, language),
            required: formatHours(result.hoursRequired ?? 0, language),
          })}
          {result.done && ` · ${t('trainer.complete')}`}
        </span>
      );
    case 'refused':
      return (
        <span className="training__outcome training__outcome--refused">
          {t('trainer.session.refused', { detail: result.message })}
          {result.issues.map((issue) => (
            <span key={`${issue.field ?? ''}:${issue.message}`} className="training__outcome-issue">
              {issue.message}
            </span>
          ))}
        </span>
      );
    case 'invalid':
      return (
        <span className="training__outcome training__outcome--refused">
          {describeRefusal(result.check, t, language)}
        </span>
      );
    case 'failed':
      return (
        <span className="training__outcome training__outcome--refused">
          {t('trainer.session.failed', { detail: errorMessage(result.error, t) })}
        </span>
      );
  }
}

/** The grid of one session: a row per active enrolment of the axis, posted in one submit. */
function SessionGrid({
  axis,
  enrolments,
  onNewSession,
}: {
  axis: Axis;
  enrolments: OperatorEnrolment[];
  onNewSession: () => Promise<void>;
}) {
  const { t, language } = useTranslation();
  const queryClient = useQueryClient();
  // An enrolment whose axis is done takes no more hours: it is not a row of the grid.
  const [rows, setRows] = useState(() => gridRows(enrolments.filter((enrolment) => !enrolment.progress?.done)));
  const completed = enrolments.filter((enrolment) => enrolment.progress?.done).length;
  const [sessionDate, setSessionDate] = useState(today);
  const [note, setNote] = useState('');
  const [sameHours, setSameHours] = useState('');
  const [dateIssue, setDateIssue] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  /** A new value at each submit the grid's checks stop: the summary of what to correct takes the focus again. */
  const [checked, setChecked] = useState(0);
  const hoursInputs = useRef<(HTMLInputElement | null)[]>([]);
  const submitButton = useRef<HTMLDivElement>(null);
  const summary = summarise(rows);
  const toSend = rowsToSend(rows);
  const allDone = submitted && toSend.length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!sessionDate) return setDateIssue(t('trainer.session.dateRequired'));
    if (sessionDate > today()) return setDateIssue(t('trainer.session.dateInFuture'));
    setDateIssue(null);
    // The rules are checked before anything is sent; the rows sent again lose their last result.
    const toPost = checkRows(rows, sessionDate);
    setRows(toPost);
    if (hasInvalidRows(toPost)) {
      setChecked((old) => old + 1);
      return;
    }
    setSending(true);
    try {
      const answered = await submitSession(
        toPost,
        { sessionDate, note: note.trim() || undefined },
        recordSession,
        newIdempotencyKey,
        (row) => setRows((old) => old.map((each) => (each.enrolment.id === row.enrolment.id ? row : each))),
      );
      setRows(answered);
      setSubmitted(true);
    } finally {
      setSending(false);
      void queryClient.invalidateQueries({ queryKey: trainingKeys.all });
    }
  };

  /** Enter in a row's hours goes to the next row (the last one to the send button), never sends the session. */
  const nextRowOnEnter = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = hoursInputs.current.slice(index + 1).find((input) => input && !input.disabled);
    if (next) next.focus();
    else submitButton.current?.querySelector('button')?.focus();
  };
  const invalidRows = rows.filter((row) => row.result?.status === 'invalid');
  /** The progress shown: the totals of the recording once recorded, otherwise the enrolments as last read. */
  const progressOf = (row: GridRow) => {
    if (row.result?.status === 'recorded')
      return { done: row.result.hoursDone ?? 0, required: row.result.hoursRequired ?? 0 };
    const latest =
      enrolments.find((enrolment) => enrolment.id === row.enrolment.id)?.progress ?? row.enrolment.progress;
    return { done: latest?.hoursDone ?? 0, required: latest?.hoursRequired ?? 0 };
  };

  return (
    <form onSubmit={submit} noValidate className="training__session">
      <ErrorSummary
        title={t('forms.summary.title')}
        issues={invalidRows.map((row) => ({
          field: `hours-${row.enrolment.id ?? ''}`,
          message: row.result?.status === 'invalid' ? describeRefusal(row.result.check, t, language) : '',
        }))}
        focusKey={checked || null}
      />
      <div className="training__filters">
        <FormField
          name="sessionDate"
          type="date"
          max={today()}
          label={t('trainer.fields.sessionDate')}
          value={sessionDate}
          onChange={(e) => setSessionDate(e.target.value)}
          issues={dateIssue ? [{ field: 'sessionDate', message: dateIssue }] : []}
          disabled={submitted && summary.recorded > 0}
        />
        <FormField
          name="note"
          label={t('trainer.fields.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          disabled={submitted && summary.recorded > 0}
        />
      </div>
      {completed > 0 && <p className="muted">{t('trainer.session.completedLeftOut', { count: completed })}</p>}
      {rows.length === 0 ? (
        <p>{t('trainer.session.nobody', { axis: t(`caseFile.axes.${axis}`) })}</p>
      ) : (
        <>
          <div className="training__same">
            <FormField
              name="sameHours"
              inputMode="decimal"
              label={t('trainer.session.sameHours')}
              hint={t('trainer.fields.hoursHint')}
              value={sameHours}
              onChange={(e) => setSameHours(e.target.value)}
            />
            <Button variant="secondary" onClick={() => setRows((old) => withSameHours(old, sameHours))}>
              {t('trainer.session.applyToAll')}
            </Button>
          </div>
          <table className="data-table training__grid">
            <caption className="visually-hidden">{t('trainer.session.gridCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trainer.fields.name')}</th>
                <th scope="col">{t('trainer.fields.progress')}</th>
                <th scope="col">{t('trainer.fields.hours')}</th>
                <th scope="col">{t('trainer.session.result')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const name = personName(row.enrolment);
                const progress = progressOf(row);
                return (
                  <tr key={row.enrolment.id} data-testid="session-row">
                    <th scope="row">
                      {name}
                      <span className="muted training__birth">
                        {row.enrolment.person?.birthDate ? formatDate(row.enrolment.person.birthDate, language) : ''}
                      </span>
                    </th>
                    <td>
                      {t('trainer.hours', {
                        done: formatHours(progress.done, language),
                        required: formatHours(progress.required, language),
                      })}
                    </td>
                    <td>
                      <input
                        className="form-field__input training__hours"
                        name={`hours-${row.enrolment.id}`}
                        inputMode="decimal"
                        aria-label={t('trainer.session.hoursOf', { name })}
                        aria-invalid={row.result?.status === 'refused' || row.result?.status === 'invalid' || undefined}
                        ref={(input) => {
                          hoursInputs.current[index] = input;
                        }}
                        value={row.hours}
                        disabled={isRecorded(row)}
                        onKeyDown={nextRowOnEnter(index)}
                        onChange={(e) => setRows((old) => withHours(old, row.enrolment.id ?? '', e.target.value))}
                      />
                    </td>
                    <td>
                      <RowOutcome row={row} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {submitted && (
            <div role="status" className="training__summary">
              <p>{t('trainer.session.summary', { ...summary })}</p>
              {summary.failed > 0 && <p>{t('trainer.session.retryHint')}</p>}
            </div>
          )}
          <div className="training__actions" ref={submitButton}>
            {!allDone && (
              <Button type="submit" busy={sending} busyLabel={t('trainer.sending')} disabled={toSend.length === 0}>
                {submitted ? t('trainer.session.retry') : t('trainer.session.submit', { count: toSend.length })}
              </Button>
            )}
            {submitted && (
              <Button variant="secondary" onClick={() => void onNewSession()} disabled={sending}>
                {t('trainer.session.newSession')}
              </Button>
            )}
          </div>
        </>
      )}
    </form>
  );
}

/** /training/session — the hours of one session for a whole group, in one grid. */
export function SessionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('trainer.session.title'));
  const [axis, setAxis] = useState<Axis>('CITIZENSHIP');
  const [generation, setGeneration] = useState(0);
  const { data, error, isPending, refetch } = useAllActiveEnrolments(axis);
  return (
    <div className="page training">
      <h1>{t('trainer.session.title')}</h1>
      <p>{t('trainer.session.intro')}</p>
      <SelectField
        name="axis"
        label={t('trainer.fields.axis')}
        options={TRAINING_AXES.map((value) => ({ value, label: t(`caseFile.axes.${value}`) }))}
        value={axis}
        onChange={(e) => setAxis(e.target.value as Axis)}
      />
      {isPending && <p role="status">{t('common.loading')}</p>}
      {error && (
        <Alert variant="error" title={t('errors.unexpected.title')}>
          <p>{errorMessage(error, t)}</p>
        </Alert>
      )}
      {data && (
        <SessionGrid
          key={`${axis}-${generation}`}
          axis={axis}
          enrolments={data}
          onNewSession={async () => {
            // The next session starts from the enrolments and their hours as they are now.
            await refetch();
            setGeneration((old) => old + 1);
          }}
        />
      )}
      <p>
        <Link to="/training/import">{t('trainer.session.importInstead')}</Link>
      </p>
    </div>
  );
}
