import { useState } from 'react';
import { FormField, problemIssues, SelectField, TextAreaField } from '@/components';
import type { CefrLevel } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { useRecordFrenchCertificate } from '../api/record-french-certificate';
import { useRecordWorkRelease } from '../api/record-work-release';
import { ActionForm, today } from './action-form';

/** A certificate counts from A2: lower levels are offered so that the API's refusal (409) says why. */
const CERTIFICATE_LEVELS: readonly CefrLevel[] = ['A2', 'B1', 'B2', 'C1', 'C2', 'A1', 'PRE_A1'];

/** A certificate of French A2 or above: completes the French axis on the day certified and amends the convention. */
export function FrenchCertificateAction({ id }: { id: string }) {
  const { t } = useTranslation();
  const record = useRecordFrenchCertificate(id);
  const [level, setLevel] = useState<CefrLevel>('A2');
  const [certifiedOn, setCertifiedOn] = useState(today);
  const [issuer, setIssuer] = useState('');
  const issues = problemIssues(record.error);
  return (
    <ActionForm
      title={t('criScreens.certificate.title')}
      submitLabel={t('caseFile.actions.record')}
      isPending={record.isPending}
      error={record.error}
      fields={['level', 'certifiedOn', 'issuer']}
      onSubmit={(done) => record.mutate({ level, certifiedOn, issuer: issuer.trim() }, { onSuccess: done })}
    >
      <SelectField
        name="level"
        label={t('caseFile.fields.level')}
        options={CERTIFICATE_LEVELS.map((value) => ({ value, label: value.replace('_', '-') }))}
        value={level}
        onChange={(event) => setLevel(event.target.value as CefrLevel)}
        issues={issues}
      />
      <FormField
        name="certifiedOn"
        type="date"
        label={t('criScreens.certificate.certifiedOn')}
        value={certifiedOn}
        onChange={(event) => setCertifiedOn(event.target.value)}
        issues={issues}
      />
      <FormField
        name="issuer"
        label={t('criScreens.certificate.issuer')}
        value={issuer}
        onChange={(event) => setIssuer(event.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}

/** A release from socio-professional orientation because the person works, with its evidence. */
export function WorkReleaseAction({ id }: { id: string }) {
  const { t } = useTranslation();
  const record = useRecordWorkRelease(id);
  const [releasedOn, setReleasedOn] = useState(today);
  const [evidence, setEvidence] = useState('');
  const issues = problemIssues(record.error);
  return (
    <ActionForm
      title={t('criScreens.release.title')}
      submitLabel={t('caseFile.actions.record')}
      isPending={record.isPending}
      error={record.error}
      fields={['releasedOn', 'evidence']}
      onSubmit={(done) => record.mutate({ releasedOn, evidence: evidence.trim() }, { onSuccess: done })}
    >
      <FormField
        name="releasedOn"
        type="date"
        label={t('criScreens.release.releasedOn')}
        value={releasedOn}
        onChange={(event) => setReleasedOn(event.target.value)}
        issues={issues}
      />
      <TextAreaField
        name="evidence"
        label={t('criScreens.release.evidence')}
        value={evidence}
        onChange={(event) => setEvidence(event.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}
