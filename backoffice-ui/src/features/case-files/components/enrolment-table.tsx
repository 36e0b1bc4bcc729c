import { useState } from 'react';
import { Alert, FormField, problemIssues, TextAreaField } from '@/components';
import type { Enrolment } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useCompleteEnrolment } from '../api/complete-enrolment';
import { useEnrolments } from '../api/get-enrolments';
import { useWithdrawEnrolment } from '../api/withdraw-enrolment';
import { ActionForm, today } from './action-form';
import './case-file-progress.css';

interface RowActionProps {
  id: string;
  enrolment: Enrolment;
  /** Says, above the table, what was recorded: the row's forms go once the enrolment has ended. */
  onDone: (message: string) => void;
}

function CompleteAction({ id, enrolment, onDone }: RowActionProps) {
  const { t } = useTranslation();
  const complete = useCompleteEnrolment(id);
  const [on, setOn] = useState(today);
  return (
    <ActionForm
      title={t('criScreens.enrolments.complete')}
      submitLabel={t('criScreens.enrolments.complete')}
      isPending={complete.isPending}
      error={complete.error}
      fields={['on']}
      onSubmit={(done) =>
        complete.mutate(
          { enrolmentId: enrolment.id ?? '', body: { on: on || undefined } },
          {
            onSuccess: () => {
              done();
              onDone(t('criScreens.enrolments.completed'));
            },
          },
        )
      }
    >
      <FormField
        name="on"
        type="date"
        label={t('criScreens.enrolments.completedOn')}
        value={on}
        onChange={(event) => setOn(event.target.value)}
        issues={problemIssues(complete.error)}
      />
    </ActionForm>
  );
}

function WithdrawAction({ id, enrolment, onDone }: RowActionProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawEnrolment(id);
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(today);
  const issues = problemIssues(withdraw.error);
  return (
    <ActionForm
      title={t('criScreens.enrolments.withdraw')}
      submitLabel={t('criScreens.enrolments.withdraw')}
      isPending={withdraw.isPending}
      error={withdraw.error}
      fields={['reason', 'on']}
      onSubmit={(done) =>
        withdraw.mutate(
          { enrolmentId: enrolment.id ?? '', body: { reason: reason.trim(), on: on || undefined } },
          {
            onSuccess: () => {
              done();
              onDone(t('criScreens.enrolments.withdrawn'));
            },
          },
        )
      }
    >
      <TextAreaField
        name="reason"
        label={t('criScreens.enrolments.reason')}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        issues={issues}
      />
      <FormField
        name="on"
        type="date"
        label={t('criScreens.enrolments.withdrawnOn')}
        value={on}
        onChange={(event) => setOn(event.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}

/**
 * The file's enrolments, one row each: axis, operator, dates, status (and why it was withdrawn); an active one can be
 * completed or withdrawn (with a mandatory reason) from its row while the file is in progress.
 */
export function EnrolmentTable({ id, canChange }: { id: string; canChange: boolean }) {
  const { t, language } = useTranslation();
  const { data } = useEnrolments(id);
  const [notice, setNotice] = useState<string | null>(null);
  if (!data || data.length === 0) return null;
  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : '');
  return (
    <section className="panel" aria-labelledby="enrolments-title">
      <h2 id="enrolments-title">{t('caseFile.enrolments.title')}</h2>
      {notice && <Alert variant="success">{notice}</Alert>}
      <table className="data-table enrolment-table">
        <thead>
          <tr>
            <th scope="col">{t('caseFile.fields.axis')}</th>
            <th scope="col">{t('caseFile.fields.operator')}</th>
            <th scope="col">{t('criScreens.enrolments.period')}</th>
            <th scope="col">{t('criScreens.enrolments.status')}</th>
            {canChange && <th scope="col">{t('caseFile.actions.title')}</th>}
          </tr>
        </thead>
        <tbody>
          {data.map((enrolment) => (
            <tr key={enrolment.id}>
              <th scope="row">{enrolment.axis ? t(`caseFile.axes.${enrolment.axis}`) : ''}</th>
              <td>{enrolment.operatorName ?? enrolment.operatorCode}</td>
              <td>
                {date(enrolment.startDate)}
                {enrolment.endDate && ` → ${date(enrolment.endDate)}`}
              </td>
              <td>
                {enrolment.status ? t(`caseFile.enrolments.status.${enrolment.status}`) : ''}
                {enrolment.withdrawalReason && <span className="muted"> — {enrolment.withdrawalReason}</span>}
              </td>
              {canChange && (
                <td>
                  {enrolment.status === 'ACTIVE' && (
                    <>
                      <CompleteAction id={id} enrolment={enrolment} onDone={setNotice} />
                      <WithdrawAction id={id} enrolment={enrolment} onDone={setNotice} />
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
