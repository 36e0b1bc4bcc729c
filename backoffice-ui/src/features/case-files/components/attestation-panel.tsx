import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, DownloadButton, ProblemAlert, TextAreaField, TransmissionStatusBadge } from '@/components';
import { errorMessage, isProblemError, type ProblemIssue } from '@/lib/api';
import type { Attestation, AttestationCopy, CaseFile } from '@/lib/api/types';
import { useCommuneName } from '@/features/reference';
import { formatDate, formatDateTime, useTranslation } from '@/lib/i18n';
import { downloadAttestationPdf, useAttestation, useIssueAttestation, useRevokeAttestation } from '../api/attestation';
import { ActionForm } from './action-form';

/** The refusal of an issue while a required axis is unfinished (the API's 409 `code`). */
const AXES_UNFINISHED = 'ATTESTATION.AXES_UNFINISHED';

/** Issues the attestation of a completed file (a supervisor's decision). */
export function IssueAction({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const issue = useIssueAttestation(file.id ?? '');
  const unfinished = isProblemError(issue.error, 409) && issue.error.code === AXES_UNFINISHED;
  const missing = (file.axes ?? []).filter((axis) => axis.required && !axis.doneOn);
  return (
    <ActionForm
      title={t('attestation.issue')}
      submitLabel={t('attestation.issue')}
      isPending={issue.isPending}
      error={unfinished ? null : issue.error}
      onSubmit={(done) => issue.mutate({}, { onSuccess: done })}
      open
    >
      <p>{t('attestation.issueHint')}</p>
      {unfinished && (
        <Alert variant="error" title={t('attestation.unfinishedTitle')}>
          <p>{errorMessage(issue.error, t)}</p>
          {missing.length > 0 && (
            <>
              <p>{t('attestation.unfinishedAxes')}</p>
              <ul>
                {missing.map((axis) => (
                  <li key={axis.axis}>
                    {axis.axis ? t(`caseFile.axes.${axis.axis}`) : ''}
                    {(axis.hoursRequired ?? 0) > 0 &&
                      ` — ${t('caseFile.hours', { done: axis.hoursDone ?? 0, required: axis.hoursRequired ?? 0 })}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </ActionForm>
  );
}

function RevokeAction({ id }: { id: string }) {
  const { t } = useTranslation();
  const revoke = useRevokeAttestation(id);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const issues: ProblemIssue[] = missingReason
    ? [{ field: 'reason', message: t('attestation.reasonRequired') }]
    : isProblemError(revoke.error)
      ? revoke.error.issues
      : [];
  return (
    <ActionForm
      title={t('attestation.revoke')}
      submitLabel={t('attestation.revoke')}
      isPending={revoke.isPending}
      error={revoke.error}
      fields={['reason']}
      onSubmit={(done) => {
        const why = reason.trim();
        setMissingReason(why === '');
        if (why === '') return;
        revoke.mutate({ reason: why }, { onSuccess: done });
      }}
    >
      <p>{t('attestation.revokeWarning')}</p>
      <p>{t('attestation.reasonHint')}</p>
      <TextAreaField
        name="reason"
        label={t('attestation.reason')}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}

/** Whom a copy is for, by the commune's name: "Commune de Liège (62063)", never the INS code alone. */
function Recipient({ copy }: { copy: AttestationCopy }) {
  const { t } = useTranslation();
  const commune = useCommuneName(copy.nisCode);
  return copy.recipientKind ? <>{t(`attestation.recipients.${copy.recipientKind}`, { commune })}</> : null;
}

function Copies({ copies }: { copies: readonly AttestationCopy[] }) {
  const { t, language } = useTranslation();
  const moment = (value: string | null | undefined) =>
    value ? formatDateTime(value, language) : t('attestation.never');
  if (copies.length === 0) return <p>{t('attestation.noCopies')}</p>;
  return (
    <table className="data-table" aria-labelledby="attestation-copies-title">
      <thead>
        <tr>
          <th scope="col">{t('attestation.recipient')}</th>
          <th scope="col">{t('attestation.copyState')}</th>
          <th scope="col">{t('attestation.dueAt')}</th>
          <th scope="col">{t('attestation.fetchedAt')}</th>
          <th scope="col">{t('attestation.acknowledgedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {copies.map((copy) => (
          <tr key={copy.id} data-testid={`copy-${copy.recipientKind ?? ''}`}>
            <th scope="row">
              <Recipient copy={copy} />
            </th>
            <td>
              <TransmissionStatusBadge status={copy.status} />
            </td>
            <td>{moment(copy.dueAt)}</td>
            <td>
              {moment(copy.firstFetchedAt)}
              {(copy.fetchCount ?? 0) > 0 && (
                <span className="muted"> · {t('attestation.fetchCount', { count: copy.fetchCount ?? 0 })}</span>
              )}
            </td>
            <td>{moment(copy.acknowledgedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function IssuedAttestation({
  id,
  attestation,
  canRevoke,
}: {
  id: string;
  attestation: Attestation;
  canRevoke: boolean;
}) {
  const { t, language } = useTranslation();
  const number = attestation.number ?? '';
  const code = attestation.verificationCode ?? '';
  return (
    <>
      {attestation.revoked && (
        <Alert variant="error" title={t('attestation.revokedTitle')}>
          <p>
            {attestation.revokedAt &&
              t('attestation.revokedOn', { date: formatDateTime(attestation.revokedAt, language) })}
          </p>
          {attestation.revocationReason && (
            <p>{t('attestation.revocationReason', { reason: attestation.revocationReason })}</p>
          )}
        </Alert>
      )}
      <dl className="facts">
        <div>
          <dt>{t('attestation.number')}</dt>
          <dd data-testid="attestation-number">{number}</dd>
        </div>
        <div>
          <dt>{t('attestation.issuedOn')}</dt>
          <dd>{attestation.issuedOn ? formatDate(attestation.issuedOn, language) : ''}</dd>
        </div>
        <div>
          <dt>{t('attestation.issuedBy')}</dt>
          <dd>{attestation.content?.officerName ?? attestation.issuedBy}</dd>
        </div>
        <div>
          <dt>{t('attestation.verificationCode')}</dt>
          <dd>
            <code>{code}</code> · <Link to={`/verify/${encodeURIComponent(code)}`}>{t('attestation.verify')}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('attestation.state')}</dt>
          <dd data-testid="attestation-state">
            {attestation.revoked
              ? t('attestation.revokedOn', {
                  date: attestation.revokedAt ? formatDateTime(attestation.revokedAt, language) : '',
                })
              : t('attestation.valid')}
          </dd>
        </div>
      </dl>
      <p>
        <DownloadButton
          download={() => downloadAttestationPdf(id)}
          filename={`${number}.pdf`}
          busyLabel={t('attestation.downloading')}
        >
          {t('attestation.downloadPdf')}
        </DownloadButton>
      </p>
      <h3 id="attestation-copies-title">{t('attestation.copiesTitle')}</h3>
      <Copies copies={attestation.transmissions ?? []} />
      {canRevoke && !attestation.revoked && <RevokeAction id={id} />}
    </>
  );
}

export interface AttestationPanelProps {
  file: CaseFile;
}

/**
 * The attestation of a completed file: issued when the API allows the caller to (`ISSUE_ATTESTATION`, a
 * supervisor; an agent is told to ask one), from the next-step card when it is the file's next step; once
 * issued, its number, verification code, PDF, where each copy to the commune and the CPAS stands, and its
 * revocation (`REVOKE_ATTESTATION`). Nothing shows before the parcours is complete.
 */
export function AttestationPanel({ file }: AttestationPanelProps) {
  const { t } = useTranslation();
  const id = file.id;
  const canIssue = file.allowedActions.includes('ISSUE_ATTESTATION');
  const issueIsNextStep = file.nextStep?.action === 'ISSUE_ATTESTATION';
  const issued = file.state === 'ATTESTATION_ISSUED';
  const attestation = useAttestation(id, issued);
  if (file.state !== 'COMPLETED' && !issued) return null;
  return (
    <section className="panel attestation" aria-labelledby="attestation-title" data-testid="attestation-panel">
      <h2 id="attestation-title">{t('attestation.title')}</h2>
      {file.state === 'COMPLETED' &&
        (canIssue ? (
          <>
            <p>{t('attestation.readyToIssue')}</p>
            {!issueIsNextStep && <IssueAction file={file} />}
          </>
        ) : (
          <Alert variant="info">{t('attestation.supervisorIssues')}</Alert>
        ))}
      {issued && attestation.isPending && <p role="status">{t('attestation.loading')}</p>}
      {issued && attestation.error && !attestation.data && <ProblemAlert error={attestation.error} />}
      {issued && attestation.data && (
        <IssuedAttestation
          id={id}
          attestation={attestation.data}
          canRevoke={file.allowedActions.includes('REVOKE_ATTESTATION')}
        />
      )}
    </section>
  );
}
