import { Link } from 'react-router';
import { Alert, DeadlineBadge, ProgressBar } from '@/components';
import { errorMessage } from '@/lib/api';
import type { AxisStatus, CaseFile, Convention, Due, ReceptionModule } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCaseFile } from '../api/get-case-file';
import { useCaseFileEvents } from '../api/get-case-file-events';
import { useConvention } from '../api/get-convention';
import { useReception } from '../api/get-reception';
import { AttendancePanel } from './attendance-panel';
import { AttestationPanel } from './attestation-panel';
import { CaseFileActions } from './case-file-actions';
import { ConventionVersions } from './convention-amendment';
import { EnrolmentTable } from './enrolment-table';
import { EvaluationInterviews } from './evaluation-interviews';
import { NextStepCard } from './next-step-card';
import './case-files.css';

function Header({ file }: { file: CaseFile }) {
  const { t, language } = useTranslation();
  const name = `${file.person?.lastName ?? ''} ${file.person?.firstNames ?? ''}`.trim();
  return (
    <header className="case-file__header">
      <h1>{t('caseFile.title', { name })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('caseFile.state')}</dt>
          <dd data-testid="case-file-state">{file.state ? t(`caseFile.states.${file.state}`) : ''}</dd>
        </div>
        <div>
          <dt>{t('caseFile.participation')}</dt>
          <dd>{file.participation ? t(`caseFile.participations.${file.participation}`) : ''}</dd>
        </div>
        <div>
          <dt>{t('caseFile.finalDeadline')}</dt>
          <dd>{file.finalDeadline ? formatDate(file.finalDeadline, language) : t('deadlines.none')}</dd>
        </div>
        <div>
          <dt>{t('caseFile.openedOn')}</dt>
          <dd>{file.openedOn ? formatDate(file.openedOn, language) : ''}</dd>
        </div>
        <div>
          <dt>{t('caseFile.cri')}</dt>
          <dd>{file.cri}</dd>
        </div>
      </dl>
      {file.personId && (
        <p>
          <Link to={`/persons/${file.personId}`}>{t('caseFile.personLink')}</Link>
        </p>
      )}
      {file.residenceCri && file.residenceCri !== file.cri && (
        <Alert variant="info">{t('caseFile.transferDue', { cri: file.residenceCri })}</Alert>
      )}
      {(file.deadlineExtensions ?? []).map((extension) => (
        <p key={`${extension.newDeadline}-${extension.decidedAt}`} className="case-file__extension">
          {t('caseFile.extended', {
            date: extension.newDeadline ? formatDate(extension.newDeadline, language) : '',
            reason: extension.reason ?? '',
          })}
        </p>
      ))}
    </header>
  );
}

function Deadlines({ deadlines }: { deadlines: readonly Due[] }) {
  const { t, language } = useTranslation();
  return (
    <section className="panel" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('caseFile.deadlinesTitle')}</h2>
      {deadlines.length === 0 ? (
        <p>{t('deadlines.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('caseFile.deadline')}</th>
              <th scope="col">{t('caseFile.dueOn')}</th>
              <th scope="col">{t('caseFile.deadlineState')}</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((due) => (
              <tr key={due.kind}>
                <th scope="row">{due.kind ? t(`deadlines.kind.${due.kind}`) : ''}</th>
                <td>
                  {due.dueOn ? formatDate(due.dueOn, language) : ''}
                  {due.doneOn && (
                    <span className="muted"> — {t('caseFile.doneOn', { date: formatDate(due.doneOn, language) })}</span>
                  )}
                </td>
                <td>
                  <DeadlineBadge state={due.state} daysLeft={due.daysLeft} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function AxisProgress({ axis }: { axis: AxisStatus }) {
  const { t, language } = useTranslation();
  const done = axis.hoursDone ?? 0;
  const required = axis.hoursRequired ?? 0;
  const label = axis.axis ? t(`caseFile.axes.${axis.axis}`) : '';
  const valueText =
    required > 0
      ? t('caseFile.hours', { done, required })
      : axis.doneOn
        ? t('caseFile.axisDone')
        : t('caseFile.axisNotDone');
  return (
    <ProgressBar
      label={label}
      value={required > 0 ? done : axis.doneOn ? 1 : 0}
      max={required > 0 ? required : 1}
      valueText={valueText}
    >
      {!axis.required && <p>{t('caseFile.axisNotRequired')}</p>}
      {axis.startedOn && <p>{t('caseFile.startedOn', { date: formatDate(axis.startedOn, language) })}</p>}
      {axis.doneOn ? (
        <p>{t('caseFile.doneOn', { date: formatDate(axis.doneOn, language) })}</p>
      ) : (
        required > 0 && <p>{t('caseFile.remaining', { hours: axis.hoursRemaining ?? required - done })}</p>
      )}
      {axis.equivalence?.kind && <p>{t(`caseFile.equivalences.${axis.equivalence.kind}`)}</p>}
    </ProgressBar>
  );
}

function Axes({ axes }: { axes: readonly AxisStatus[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="axes-title">
      <h2 id="axes-title">{t('caseFile.axesTitle')}</h2>
      {axes.map((axis) => (
        <AxisProgress key={axis.axis} axis={axis} />
      ))}
    </section>
  );
}

function Reception({ reception }: { reception: ReceptionModule }) {
  const { t, language } = useTranslation();
  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : '');
  const french = reception.frenchTest
    ? t('caseFile.reception.frenchTestDone', {
        date: date(reception.frenchTest.takenOn),
        level: (reception.frenchTest.level ?? '').replace('_', '-'),
      })
    : reception.frenchTestWaiver
      ? t(`caseFile.waivers.${reception.frenchTestWaiver}`)
      : t('caseFile.reception.toDo');
  return (
    <section className="panel" aria-labelledby="reception-title">
      <h2 id="reception-title">{t('caseFile.reception.title')}</h2>
      <dl className="facts facts--stacked">
        <div>
          <dt>{t('caseFile.actions.socialReview')}</dt>
          <dd>
            {reception.socialReview
              ? t('caseFile.reception.doneOn', { date: date(reception.socialReview.conductedOn) })
              : t('caseFile.reception.toDo')}
            {reception.socialReview?.recommendsSocioProfessionalOrientation &&
              ` · ${t('caseFile.reception.ispRecommended')}`}
          </dd>
        </div>
        <div>
          <dt>{t('caseFile.actions.rightsSession')}</dt>
          <dd>
            {reception.rightsAndDutiesSession
              ? `${t('caseFile.reception.doneOn', { date: date(reception.rightsAndDutiesSession.heldOn) })}${
                  reception.rightsAndDutiesSession.format
                    ? ` · ${t(`caseFile.formats.${reception.rightsAndDutiesSession.format}`)}`
                    : ''
                }`
              : t('caseFile.reception.toDo')}
          </dd>
        </div>
        <div>
          <dt>{t('caseFile.actions.frenchTest')}</dt>
          <dd>{french}</dd>
        </div>
      </dl>
      {reception.complete && <p>{t('caseFile.reception.complete', { date: date(reception.completedOn) })}</p>}
    </section>
  );
}

function ConventionPanel({ convention }: { convention: Convention }) {
  const { t, language } = useTranslation();
  return (
    <section className="panel" aria-labelledby="convention-title">
      <h2 id="convention-title">{t('caseFile.convention.title')}</h2>
      <p>
        {convention.status === 'SIGNED' && convention.signedOn
          ? t('caseFile.convention.signed', { date: formatDate(convention.signedOn, language) })
          : t('caseFile.convention.proposed', {
              date: convention.proposedOn ? formatDate(convention.proposedOn, language) : '',
            })}
        {convention.endDate &&
          ` · ${t('caseFile.convention.endDate', { date: formatDate(convention.endDate, language) })}`}
      </p>
      <h3>{t('caseFile.convention.grounds')}</h3>
      <ul>
        {(convention.requiredAxes ?? []).map((axis) => (
          <li key={axis}>
            <strong>{t(`caseFile.axes.${axis}`)}</strong>
            {convention.grounds?.[axis] ? ` : ${convention.grounds[axis]}` : ''}
          </li>
        ))}
      </ul>
      <ConventionVersions convention={convention} />
    </section>
  );
}

function Timeline({ id }: { id: string }) {
  const { t, language } = useTranslation();
  const { data, error } = useCaseFileEvents(id);
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('caseFile.timeline.title')}</h2>
      {error && <p>{errorMessage(error, t)}</p>}
      {data && (
        <ol className="timeline">
          {[...data].reverse().map((event) => (
            <li key={event.sequence} className="timeline__event">
              <p className="timeline__what">
                <strong>{event.summary}</strong>
              </p>
              <p className="timeline__when">
                {formatDate(event.occurredOn ?? event.recordedAt?.slice(0, 10) ?? '', language)}
                {event.recordedBy && ` · ${event.recordedBy}`}
              </p>
              {event.reason && <p className="timeline__why">{event.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export interface CaseFilePageProps {
  id: string;
  /** No longer read: what the caller may do comes with the file (`allowedActions`, ADR 0032). */
  isSupervisor?: boolean;
}

/**
 * /case-files/:id — the file as of today: its next step first, then where it stands, its parts, the other actions
 * the API allows the caller (one component per `allowedActions` code) and its timeline.
 */
export function CaseFilePage({ id }: CaseFilePageProps) {
  const { t } = useTranslation();
  const { data, error, isPending } = useCaseFile(id);
  const file = data?.data;
  const receptionStarted = file !== undefined && file.state !== 'OPENED';
  const reception = useReception(id, receptionStarted);
  const convention = useConvention(id, receptionStarted);
  const inProgress = file?.state === 'CONVENTION_SIGNED' || file?.state === 'IN_PROGRESS';
  // Interviews and hours are read from the signature on, the file ended or not.
  const signed = convention.data?.status === 'SIGNED';
  useDocumentTitle(file ? t('caseFile.pageTitle') : t('common.loading'));
  if (isPending) return <p role="status">{t('common.loading')}</p>;
  if (!file) {
    return (
      <Alert variant="error" title={t('errors.unexpected.title')}>
        <p>{errorMessage(error, t)}</p>
      </Alert>
    );
  }
  return (
    <div className="case-file">
      <Header file={file} />
      <NextStepCard file={file} convention={convention.data} />
      <div className="case-file__grid">
        <div className="case-file__main">
          <Deadlines deadlines={file.deadlines ?? []} />
          <Axes axes={file.axes ?? []} />
          {reception.data && <Reception reception={reception.data} />}
          {convention.data && <ConventionPanel convention={convention.data} />}
          <EnrolmentTable id={id} canChange={inProgress} />
          {signed && <EvaluationInterviews id={id} deadlines={file.deadlines ?? []} />}
          {signed && <AttendancePanel id={id} />}
          <AttestationPanel file={file} />
          <CaseFileActions file={file} convention={convention.data} />
        </div>
        <div className="case-file__side">
          <Timeline id={id} />
        </div>
      </div>
    </div>
  );
}
