import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, Button, FormField, ProblemAlert, problemIssues, RadioGroup } from '@/components';
import { errorMessage } from '@/lib/api';
import type { AttendanceEntry, CorrectSessionRequest, OperatorEnrolment, RecordSessionRequest } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useEntries, useTrainerEnrolment } from '../api/get-enrolment';
import { correctEntry, recordSession, useAttendancePosting } from '../api/post-attendance';
import { checkHours, parseHours } from '../session-grid';
import { EnrolmentProgress, personName } from './enrolment-progress';
import { describeRefusal } from './hours-refusal';
import { today } from './today';
import './training.css';

interface PostingFormProps {
  title: string;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  fields: readonly string[];
  done: boolean;
  onSubmit: () => void;
  children: ReactNode;
}

/** A posting's form: the problem above it (issues of other fields), a confirmation once recorded. */
function PostingForm({ title, submitLabel, isPending, error, fields, done, onSubmit, children }: PostingFormProps) {
  const { t } = useTranslation();
  const handle = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="training__form" onSubmit={handle} noValidate aria-label={title}>
      {error ? <ProblemAlert error={error} fields={fields} /> : null}
      {done && !error && <Alert variant="success">{t('trainer.recorded')}</Alert>}
      {children}
      <Button type="submit" busy={isPending} busyLabel={t('trainer.sending')}>
        {submitLabel}
      </Button>
    </form>
  );
}

/** A number typed in a field, or the text itself when it is not one (so the API names the field in its problem). */
function hoursValue(text: string): number | undefined {
  return text.trim() === '' ? undefined : (parseHours(text) ?? Number.NaN);
}

function RecordHours({ enrolment }: { enrolment: OperatorEnrolment }) {
  const { t, language } = useTranslation();
  const id = enrolment.id ?? '';
  const posting = useAttendancePosting<RecordSessionRequest>((key, body) => recordSession(id, key, body));
  const [sessionDate, setSessionDate] = useState(today);
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [localIssues, setLocalIssues] = useState<{ field: string; message: string }[]>([]);
  const issues = [...localIssues, ...problemIssues(posting.error)];
  const submit = () => {
    const local = [];
    if (sessionDate > today()) local.push({ field: 'sessionDate', message: t('trainer.session.dateInFuture') });
    const refusal = hours.trim() === '' ? null : checkHours(hours, sessionDate);
    if (refusal) local.push({ field: 'hours', message: describeRefusal(refusal, t, language) });
    setLocalIssues(local);
    if (local.length > 0) return;
    posting.mutate(
      { sessionDate, hours: hoursValue(hours) as number, note: note.trim() || undefined },
      { onSuccess: () => setHours('') },
    );
  };
  return (
    <section className="panel" aria-labelledby="record-hours-title">
      <h2 id="record-hours-title">{t('trainer.enrolment.recordTitle')}</h2>
      <PostingForm
        title={t('trainer.enrolment.recordTitle')}
        submitLabel={t('trainer.enrolment.record')}
        isPending={posting.isPending}
        error={posting.error}
        fields={['sessionDate', 'hours', 'note']}
        done={posting.isSuccess}
        onSubmit={submit}
      >
        <FormField
          name="sessionDate"
          type="date"
          max={today()}
          label={t('trainer.fields.sessionDate')}
          value={sessionDate}
          onChange={(e) => setSessionDate(e.target.value)}
          issues={issues}
        />
        <FormField
          name="hours"
          inputMode="decimal"
          label={t('trainer.fields.hours')}
          hint={t('trainer.fields.hoursHint')}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          issues={issues}
        />
        <FormField
          name="note"
          label={t('trainer.fields.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          issues={issues}
        />
      </PostingForm>
    </section>
  );
}

type CorrectionMode = 'NEW_HOURS' | 'REVERSE';

function CorrectEntry({
  enrolmentId,
  entry,
  onClose,
}: {
  enrolmentId: string;
  entry: AttendanceEntry;
  onClose: () => void;
}) {
  const { t, language } = useTranslation();
  const posting = useAttendancePosting<CorrectSessionRequest>((key, body) =>
    correctEntry(enrolmentId, entry.id ?? '', key, body),
  );
  const [mode, setMode] = useState<CorrectionMode>('NEW_HOURS');
  const [newHours, setNewHours] = useState('');
  const [reason, setReason] = useState('');
  const issues = problemIssues(posting.error);
  const title = t('trainer.enrolment.correctTitle', {
    date: entry.sessionDate ? formatDate(entry.sessionDate, language) : '',
  });
  return (
    <div className="training__correction">
      <h3>{title}</h3>
      <PostingForm
        title={title}
        submitLabel={t('trainer.enrolment.correct')}
        isPending={posting.isPending}
        error={posting.error}
        fields={['newHours', 'reverse', 'reason']}
        done={posting.isSuccess}
        onSubmit={() =>
          posting.mutate(
            mode === 'REVERSE'
              ? { reverse: true, reason: reason.trim() }
              : { newHours: hoursValue(newHours) ?? null, reason: reason.trim() },
            { onSuccess: onClose },
          )
        }
      >
        <RadioGroup<CorrectionMode>
          name="reverse"
          legend={t('trainer.fields.correction')}
          options={[
            { value: 'NEW_HOURS', label: t('trainer.enrolment.newHours') },
            { value: 'REVERSE', label: t('trainer.enrolment.reverse') },
          ]}
          value={mode}
          onChange={setMode}
          issues={issues}
        />
        {mode === 'NEW_HOURS' && (
          <FormField
            name="newHours"
            inputMode="decimal"
            label={t('trainer.fields.newHours')}
            hint={t('trainer.fields.hoursHint')}
            value={newHours}
            onChange={(e) => setNewHours(e.target.value)}
            issues={issues}
          />
        )}
        <FormField
          name="reason"
          label={t('trainer.fields.reason')}
          hint={t('trainer.fields.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          issues={issues}
        />
      </PostingForm>
      <Button variant="link" onClick={onClose}>
        {t('trainer.enrolment.cancel')}
      </Button>
    </div>
  );
}

function formatHours(hours: number | undefined, signed = false): string {
  const value = hours ?? 0;
  const text = `${String(value).replace('.', ',')} h`;
  return signed && value > 0 ? `+${text}` : text;
}

function Entries({ enrolment }: { enrolment: OperatorEnrolment }) {
  const { t, language } = useTranslation();
  const id = enrolment.id ?? '';
  const { data, error } = useEntries(id);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [corrected, setCorrected] = useState(false);
  const sessions = (data ?? []).filter((entry) => entry.kind === 'SESSION');
  const correctionsOf = (session: AttendanceEntry) => (data ?? []).filter((entry) => entry.corrects === session.id);
  const counted = (session: AttendanceEntry) =>
    correctionsOf(session).reduce((sum, correction) => sum + (correction.hours ?? 0), session.hours ?? 0);
  const current = sessions.find((session) => session.id === correcting);
  return (
    <section className="panel" aria-labelledby="entries-title">
      <h2 id="entries-title">{t('trainer.enrolment.entriesTitle')}</h2>
      {error && <p>{errorMessage(error, t)}</p>}
      {corrected && !current && <Alert variant="success">{t('trainer.enrolment.corrected')}</Alert>}
      {data && sessions.length === 0 && <p>{t('trainer.enrolment.noEntries')}</p>}
      {sessions.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('trainer.enrolment.entriesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trainer.fields.sessionDate')}</th>
              <th scope="col">{t('trainer.fields.hours')}</th>
              <th scope="col">{t('trainer.fields.kind')}</th>
              <th scope="col">{t('trainer.fields.details')}</th>
              <th scope="col">{t('trainer.fields.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => {
              const corrections = correctionsOf(session);
              const date = session.sessionDate ? formatDate(session.sessionDate, language) : '';
              return (
                <tr key={session.id} data-testid="attendance-entry">
                  <th scope="row">{date}</th>
                  <td>
                    {formatHours(counted(session))}
                    {corrections.length > 0 && (
                      <span className="muted">
                        {' '}
                        ({t('trainer.enrolment.recordedAs', { hours: formatHours(session.hours) })})
                      </span>
                    )}
                  </td>
                  <td>{t(`trainer.kind.${corrections.length > 0 ? 'CORRECTED' : 'SESSION'}`)}</td>
                  <td>
                    {session.reference && <p>{t('trainer.enrolment.reference', { reference: session.reference })}</p>}
                    {session.note && <p>{session.note}</p>}
                    {corrections.length > 0 && (
                      <ul className="training__corrections">
                        {corrections.map((correction) => (
                          <li key={correction.id}>
                            {t('trainer.enrolment.correctionLine', {
                              hours: formatHours(correction.hours, true),
                              reason: correction.reason ?? '',
                              by: correction.recordedBy ?? '',
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <Button
                      variant="secondary"
                      aria-label={t('trainer.enrolment.correctLabel', { date })}
                      onClick={() => {
                        setCorrected(false);
                        setCorrecting(session.id ?? null);
                      }}
                    >
                      {t('trainer.enrolment.correct')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {current && (
        <CorrectEntry
          key={current.id}
          enrolmentId={id}
          entry={current}
          onClose={() => {
            setCorrected(true);
            setCorrecting(null);
          }}
        />
      )}
    </section>
  );
}

/** /training/enrolments/:id — one enrolment, its entries, recording hours and correcting an entry. */
export function EnrolmentPage({ id }: { id: string }) {
  const { t, language } = useTranslation();
  const { data: enrolment, error, isPending } = useTrainerEnrolment(id);
  useDocumentTitle(enrolment ? t('trainer.enrolment.pageTitle') : t('common.loading'));
  if (isPending) return <p role="status">{t('common.loading')}</p>;
  if (!enrolment) {
    return (
      <Alert variant="error" title={t('errors.unexpected.title')}>
        <p>{errorMessage(error, t)}</p>
      </Alert>
    );
  }
  const name = personName(enrolment);
  const axis = enrolment.axis ? t(`caseFile.axes.${enrolment.axis}`) : '';
  return (
    <div className="page training">
      <p>
        <Link to="/training">{t('trainer.enrolment.back')}</Link>
      </p>
      <h1>{name}</h1>
      <dl className="facts">
        <div>
          <dt>{t('trainer.fields.birthDate')}</dt>
          <dd>{enrolment.person?.birthDate ? formatDate(enrolment.person.birthDate, language) : ''}</dd>
        </div>
        <div>
          <dt>{t('trainer.fields.axis')}</dt>
          <dd>{axis}</dd>
        </div>
        <div>
          <dt>{t('trainer.fields.startDate')}</dt>
          <dd>{enrolment.startDate ? formatDate(enrolment.startDate, language) : ''}</dd>
        </div>
        <div>
          <dt>{t('trainer.fields.status')}</dt>
          <dd data-testid="enrolment-status">{enrolment.status ? t(`trainer.status.${enrolment.status}`) : ''}</dd>
        </div>
      </dl>
      <EnrolmentProgress enrolment={enrolment} label={axis} />
      <RecordHours enrolment={enrolment} />
      <Entries enrolment={enrolment} />
    </div>
  );
}
