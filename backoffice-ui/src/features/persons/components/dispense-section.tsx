import { useState, type FormEvent } from 'react';
import { Alert, Button, FormField, ProblemAlert, problemIssues, SelectField, TextAreaField } from '@/components';
import type { ObligationCode } from '@/lib/api/types';
import { today, useTranslation } from '@/lib/i18n';
import { useRecordDispense } from '../api/record-dispense';
import './persons.css';

/** The dispenses a supervisor can record (CWASS art. 152/7 §3): the codes the API accepts, D1 to D8. */
export const DISPENSE_CODES = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const satisfies readonly ObligationCode[];
const FIELDS = ['dispense', 'documentType', 'documentDate', 'issuer', 'decisionDate', 'explanation'];

function DispenseForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const record = useRecordDispense(personId);
  const [dispense, setDispense] = useState<ObligationCode | ''>('');
  const [documentType, setDocumentType] = useState('');
  const [documentDate, setDocumentDate] = useState('');
  const [issuer, setIssuer] = useState('');
  const [decisionDate, setDecisionDate] = useState(today);
  const [explanation, setExplanation] = useState('');
  const [done, setDone] = useState(false);
  const issues = problemIssues(record.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    record.mutate(
      {
        dispense: dispense as ObligationCode,
        documentType: documentType.trim(),
        documentDate,
        issuer: issuer.trim(),
        decisionDate: decisionDate || undefined,
        explanation: explanation.trim(),
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
          options={DISPENSE_CODES.map((code) => ({ value: code, label: `${code} — ${t(`criScreens.dispenseCodes.${code}`)}` }))}
          value={dispense}
          onChange={(event) => setDispense(event.target.value as ObligationCode)}
          issues={issues}
        />
        <FormField name="documentType" label={t('criScreens.dispense.documentType')} hint={t('criScreens.dispense.documentTypeHint')} value={documentType} onChange={(event) => setDocumentType(event.target.value)} issues={issues} />
        <FormField name="documentDate" type="date" label={t('criScreens.dispense.documentDate')} value={documentDate} onChange={(event) => setDocumentDate(event.target.value)} issues={issues} />
        <FormField name="issuer" label={t('criScreens.dispense.issuer')} value={issuer} onChange={(event) => setIssuer(event.target.value)} issues={issues} />
        <FormField name="decisionDate" type="date" label={t('criScreens.dispense.decisionDate')} value={decisionDate} onChange={(event) => setDecisionDate(event.target.value)} issues={issues} />
        <TextAreaField name="explanation" label={t('criScreens.dispense.explanation')} value={explanation} onChange={(event) => setExplanation(event.target.value)} issues={issues} />
        <Button type="submit" busy={record.isPending} busyLabel={t('caseFile.actions.sending')}>
          {t('criScreens.dispense.submit')}
        </Button>
      </form>
    </details>
  );
}

/**
 * A dispense decided on evidence: supervisors record it (the person's current case file then follows as a
 * volunteer, without a deadline); agents are told a supervisor must.
 */
export function DispenseSection({ personId, isSupervisor }: { personId: string; isSupervisor: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="dispense-title">
      <h2 id="dispense-title">{t('criScreens.dispense.title')}</h2>
      <p>{t('criScreens.dispense.intro')}</p>
      {isSupervisor ? <DispenseForm personId={personId} /> : <Alert variant="info">{t('criScreens.dispense.supervisorOnly')}</Alert>}
    </section>
  );
}
