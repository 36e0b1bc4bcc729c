import { useState } from 'react';
import { FormField, problemIssues, TextAreaField } from '@/components';
import { issuesFor } from '@/lib/api';
import type { Axis, Convention } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useAmendConvention } from '../api/amend-convention';
import { ActionForm, today } from './action-form';

const AXES: readonly Axis[] = ['RECEPTION', 'CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL'];

/**
 * An amendment (avenant) of the signed convention: every axis it requires from `effectiveOn`, and why. Reception is
 * always required; the API refuses (409) what the rules forbid, citizenship dropped for an obliged person for one.
 */
export function AmendConventionAction({ id, convention }: { id: string; convention: Convention }) {
  const { t } = useTranslation();
  const amend = useAmendConvention(id);
  const [axes, setAxes] = useState<Axis[]>(() => [...(convention.requiredAxes ?? ['RECEPTION'])]);
  const [reason, setReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(today);
  const issues = problemIssues(amend.error);
  const toggle = (axis: Axis, checked: boolean) =>
    setAxes((old) =>
      checked ? AXES.filter((value) => value === axis || old.includes(value)) : old.filter((value) => value !== axis),
    );
  return (
    <ActionForm
      title={t('criScreens.amendment.title')}
      submitLabel={t('criScreens.amendment.submit')}
      isPending={amend.isPending}
      error={amend.error}
      fields={['axes', 'reason', 'effectiveOn']}
      onSubmit={(done) =>
        amend.mutate({ axes, reason: reason.trim(), effectiveOn: effectiveOn || undefined }, { onSuccess: done })
      }
    >
      <fieldset
        className="need"
        aria-describedby={issuesFor(issues, 'axes').length > 0 ? `amend-${id}-axes-error` : undefined}
      >
        <legend>{t('criScreens.amendment.axes')}</legend>
        <p className="form-field__hint">{t('criScreens.amendment.axesHint')}</p>
        {issuesFor(issues, 'axes').length > 0 && (
          <p className="form-field__error" id={`amend-${id}-axes-error`}>
            {issuesFor(issues, 'axes').join(' ')}
          </p>
        )}
        {AXES.map((axis) => (
          <div className="form-check" key={axis}>
            <input
              type="checkbox"
              id={`amend-${id}-${axis}`}
              name="axes"
              value={axis}
              checked={axes.includes(axis)}
              disabled={axis === 'RECEPTION'}
              onChange={(event) => toggle(axis, event.target.checked)}
            />
            <label htmlFor={`amend-${id}-${axis}`}>{t(`caseFile.axes.${axis}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        name="reason"
        label={t('criScreens.amendment.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        issues={issues}
      />
      <FormField
        name="effectiveOn"
        type="date"
        label={t('criScreens.amendment.effectiveOn')}
        hint={t('criScreens.amendment.effectiveOnHint')}
        value={effectiveOn}
        onChange={(event) => setEffectiveOn(event.target.value)}
        issues={issues}
      />
    </ActionForm>
  );
}

/** The versions of the convention, the latest first: the axes of each, from when, and why. */
export function ConventionVersions({ convention }: { convention: Convention }) {
  const { t, language } = useTranslation();
  const versions = [...(convention.versions ?? [])].sort((a, b) => (b.number ?? 0) - (a.number ?? 0));
  if (versions.length === 0) return null;
  return (
    <>
      <h3>{t('criScreens.amendment.versions')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('criScreens.amendment.version')}</th>
            <th scope="col">{t('criScreens.amendment.period')}</th>
            <th scope="col">{t('criScreens.amendment.axes')}</th>
            <th scope="col">{t('criScreens.amendment.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.number}>
              <th scope="row">{version.number}</th>
              <td>
                {version.effectiveOn && formatDate(version.effectiveOn, language)}
                {version.endDate && ` → ${formatDate(version.endDate, language)}`}
              </td>
              <td>{(version.axes ?? []).map((axis) => t(`caseFile.axes.${axis}`)).join(', ')}</td>
              <td>
                {version.reason}
                {version.recordedBy && <span className="muted"> · {version.recordedBy}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
