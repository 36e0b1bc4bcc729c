import { useState, type FormEvent } from 'react';
import { Alert, Button, FormField, ProblemAlert, problemIssues, SelectField, TextAreaField } from '@/components';
import type { Assessment, ObligationCode } from '@/lib/api/types';
import { formatDate, today, useTranslation } from '@/lib/i18n';
import { useConfirmDispense, useRejectDispense } from '../api/decide-dispense';
import { useRecordDispense } from '../api/record-dispense';
import './persons.css';

/** The dispenses a supervisor can record (CWASS art. 152/7 §3): the codes the API accepts, D1 to D8. */
export const DISPENSE_CODES = [
  'D1',
  'D2',
  'D3',
  'D4',
  'D5',
  'D6',
  'D7',
  'D8',
] as const satisfies readonly ObligationCode[];
const FIELDS = ['dispense', 'documentType', 'documentDate', 'issuer', 'decisionDate', 'explanation'];

/** The evidence of a dispense decision: the document, its date and issuer, the decision's date and its explanation. */
function useEvidence() {
  const [documentType, setDocumentType] = useState('');
  const [documentDate, setDocumentDate] = useState('');
  const [issuer, setIssuer] = useState('');
  const [decisionDate, setDecisionDate] = useState(today);
  const [explanation, setExplanation] = useState('');
  return {
    values: { documentType, documentDate, issuer, decisionDate, explanation },
    setters: { setDocumentType, setDocumentDate, setIssuer, setDecisionDate, setExplanation },
    /** The request's evidence fields, trimmed; no decision date lets the API take today. */
    body: () => ({
      documentType: documentType.trim(),
      documentDate,
      issuer: issuer.trim(),
      decisionDate: decisionDate || undefined,
      explanation: explanation.trim(),
    }),
  };
}

type Evidence = ReturnType<typeof useEvidence>;

function EvidenceFields({ evidence, issues }: { evidence: Evidence; issues: ReturnType<typeof problemIssues> }) {
  const { t } = useTranslation();
  const { values, setters } = evidence;
  return (
    <>
      <FormField
        name="documentType"
        label={t('criScreens.dispense.documentType')}
        hint={t('criScreens.dispense.documentTypeHint')}
        value={values.documentType}
        onChange={(event) => setters.setDocumentType(event.target.value)}
        issues={issues}
      />
      <FormField
        name="documentDate"
        type="date"
        label={t('criScreens.dispense.documentDate')}
        value={values.documentDate}
        onChange={(event) => setters.setDocumentDate(event.target.value)}
        issues={issues}
      />
      <FormField
        name="issuer"
        label={t('criScreens.dispense.issuer')}
        value={values.issuer}
        onChange={(event) => setters.setIssuer(event.target.value)}
        issues={issues}
      />
      <FormField
        name="decisionDate"
        type="date"
        label={t('criScreens.dispense.decisionDate')}
        value={values.decisionDate}
        onChange={(event) => setters.setDecisionDate(event.target.value)}
        issues={issues}
      />
      <TextAreaField
        name="explanation"
        label={t('criScreens.dispense.explanation')}
        value={values.explanation}
        onChange={(event) => setters.setExplanation(event.target.value)}
        issues={issues}
      />
    </>
  );
}

function DispenseForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const record = useRecordDispense(personId);
  const [dispense, setDispense] = useState<ObligationCode | ''>('');
  const evidence = useEvidence();
  const [done, setDone] = useState(false);
  const issues = problemIssues(record.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    record.mutate(
      {
        dispense: dispense as ObligationCode,
        ...evidence.body(),
      },
      { onSuccess: () => setDone(true) },
    );
  };
  return (
    <details className="action">
      <summary className="action__summary">{t('criScreens.dispense.open')}</summary>
      <form className="action__form" onSubmit={onSubmit} noValidate>
        <ProblemAlert error={record.error} fields={FIELDS} />
        {done && !record.error && <Alert variant="success">{t('criScreens.dispense.recorded')}</Alert>}
        <SelectField
          name="dispense"
          label={t('criScreens.dispense.code')}
          placeholder={t('persons.form.choose')}
          options={DISPENSE_CODES.map((code) => ({
            value: code,
            label: `${code} — ${t(`criScreens.dispenseCodes.${code}`)}`,
          }))}
          value={dispense}
          onChange={(event) => setDispense(event.target.value as ObligationCode)}
          issues={issues}
        />
        <EvidenceFields evidence={evidence} issues={issues} />
        <Button type="submit" busy={record.isPending} busyLabel={t('caseFile.actions.sending')}>
          {t('criScreens.dispense.submit')}
        </Button>
      </form>
    </details>
  );
}

const CONFIRMATION_FIELDS = ['documentType', 'documentDate', 'issuer', 'decisionDate', 'explanation'];

/** The supervisor confirms the dispense to confirm on evidence: the person is then dispensed. */
function ConfirmDispenseForm({ personId, dispenseId }: { personId: string; dispenseId: string }) {
  const { t } = useTranslation();
  const confirm = useConfirmDispense(personId, dispenseId);
  const evidence = useEvidence();
  const issues = problemIssues(confirm.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(evidence.body());
  };
  return (
    <details className="action">
      <summary className="action__summary">{t('criScreens.dispenseToConfirm.confirmOpen')}</summary>
      <form className="action__form" onSubmit={onSubmit} noValidate>
        <ProblemAlert error={confirm.error} fields={CONFIRMATION_FIELDS} />
        <EvidenceFields evidence={evidence} issues={issues} />
        <Button type="submit" busy={confirm.isPending} busyLabel={t('caseFile.actions.sending')}>
          {t('criScreens.dispenseToConfirm.confirmSubmit')}
        </Button>
      </form>
    </details>
  );
}

/** The supervisor rejects the dispense to confirm with a reason: the person is obliged, plainly. */
function RejectDispenseForm({ personId, dispenseId }: { personId: string; dispenseId: string }) {
  const { t } = useTranslation();
  const reject = useRejectDispense(personId, dispenseId);
  const [reason, setReason] = useState('');
  const issues = problemIssues(reject.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    reject.mutate({ reason: reason.trim() });
  };
  return (
    <details className="action">
      <summary className="action__summary">{t('criScreens.dispenseToConfirm.rejectOpen')}</summary>
      <form className="action__form" onSubmit={onSubmit} noValidate>
        <ProblemAlert error={reject.error} fields={['reason', 'decisionDate']} />
        <TextAreaField
          name="reason"
          label={t('criScreens.dispenseToConfirm.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          issues={issues}
        />
        <Button type="submit" busy={reject.isPending} busyLabel={t('caseFile.actions.sending')}>
          {t('criScreens.dispenseToConfirm.rejectSubmit')}
        </Button>
      </form>
    </details>
  );
}

/**
 * A dispense the rules propose on facts declared at the desk (D1, D2, D4, D5, D7): the person stays obliged, the deadline
 * running, until a supervisor confirms it on evidence or rejects it. Agents are told so.
 */
function DispenseToConfirm({
  personId,
  assessment,
  isSupervisor,
}: {
  personId: string;
  assessment: Assessment;
  isSupervisor: boolean;
}) {
  const { t, language } = useTranslation();
  const dispenseId = assessment.id ?? '';
  return (
    <>
      <Alert variant="info" title={t('criScreens.dispenseToConfirm.title', { code: assessment.code ?? '' })}>
        <p>
          {t('criScreens.dispenseToConfirm.notice', {
            deadline: assessment.deadline ? formatDate(assessment.deadline, language) : '',
            by: assessment.assessedBy ?? '',
          })}
        </p>
        {!isSupervisor && <p>{t('criScreens.dispenseToConfirm.agentNotice')}</p>}
      </Alert>
      {isSupervisor && (
        // keyed on the dispense: a decided one (or a new one) starts the forms afresh
        <div key={dispenseId}>
          <ConfirmDispenseForm personId={personId} dispenseId={dispenseId} />
          <RejectDispenseForm personId={personId} dispenseId={dispenseId} />
        </div>
      )}
    </>
  );
}

/**
 * A dispense decided on evidence: supervisors record it (the person's current case file then follows as a
 * volunteer, without a deadline) and decide the dispenses to confirm; agents are told a supervisor must.
 */
export function DispenseSection({
  personId,
  isSupervisor,
  assessment,
}: {
  personId: string;
  isSupervisor: boolean;
  assessment?: Assessment | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="dispense-title">
      <h2 id="dispense-title">{t('criScreens.dispense.title')}</h2>
      <p>{t('criScreens.dispense.intro')}</p>
      {assessment?.status === 'DISPENSE_TO_CONFIRM' ? (
        <DispenseToConfirm personId={personId} assessment={assessment} isSupervisor={isSupervisor} />
      ) : isSupervisor ? (
        <DispenseForm personId={personId} />
      ) : (
        <Alert variant="info">{t('criScreens.dispense.supervisorOnly')}</Alert>
      )}
    </section>
  );
}
