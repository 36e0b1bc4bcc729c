import { FormField, SelectField } from '@/components';
import { issuesFor, type ProblemIssue } from '@/lib/api';
import type { OperatorKind } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { OPERATOR_KINDS, RECOGNISABLE_AXES, type OperatorFormValues } from './operator-form-model';

export interface OperatorFieldsProps {
  values: OperatorFormValues;
  onChange: (values: OperatorFormValues) => void;
  issues: readonly ProblemIssue[];
  mode: 'create' | 'edit';
}

/** The fields of an operator: code (once), name, kind, address and the axes it is recognised for. */
export function OperatorFields({ values, onChange, issues, mode }: OperatorFieldsProps) {
  const { t } = useTranslation();
  const text = (field: 'name' | 'street' | 'postalCode' | 'locality', name: string, label: string) => (
    <FormField
      id={`operator-${field}`}
      name={name}
      label={label}
      value={values[field]}
      onChange={(event) => onChange({ ...values, [field]: event.target.value })}
      issues={issues}
      required
    />
  );
  const axisIssues = issuesFor(issues, 'recognisedAxes');
  return (
    <>
      {mode === 'create' && (
        <FormField
          id="operator-code"
          name="code"
          label={t('admin.operators.fields.code')}
          hint={t('admin.operators.fields.codeHint')}
          value={values.code}
          onChange={(event) => onChange({ ...values, code: event.target.value })}
          issues={issues}
          autoComplete="off"
          required
        />
      )}
      {text('name', 'name', t('admin.operators.fields.name'))}
      <SelectField
        id="operator-kind"
        name="kind"
        label={t('admin.operators.fields.kind')}
        placeholder={t('admin.choose')}
        options={OPERATOR_KINDS.map((kind) => ({ value: kind, label: t(`admin.operators.kinds.${kind}`) }))}
        value={values.kind}
        onChange={(event) => onChange({ ...values, kind: event.target.value as OperatorKind | '' })}
        issues={issues}
        required
      />
      {text('street', 'address.street', t('admin.operators.fields.street'))}
      {text('postalCode', 'address.postalCode', t('admin.operators.fields.postalCode'))}
      {text('locality', 'address.locality', t('admin.operators.fields.locality'))}
      <fieldset className="form-section" aria-describedby={axisIssues.length ? 'operator-axes-issues' : undefined}>
        <legend>{t('admin.operators.fields.recognisedAxes')}</legend>
        <p className="admin-note">{t('admin.operators.fields.recognisedAxesHint')}</p>
        {axisIssues.length > 0 && (
          <p id="operator-axes-issues" className="form-field__error">
            {axisIssues.join(' ')}
          </p>
        )}
        {RECOGNISABLE_AXES.map((axis) => (
          <div className="form-check" key={axis}>
            <input
              type="checkbox"
              id={`operator-axis-${axis}`}
              name="recognisedAxes"
              value={axis}
              checked={values.recognisedAxes.includes(axis)}
              onChange={(event) =>
                onChange({
                  ...values,
                  recognisedAxes: event.target.checked
                    ? [...values.recognisedAxes, axis]
                    : values.recognisedAxes.filter((other) => other !== axis),
                })
              }
            />
            <label htmlFor={`operator-axis-${axis}`}>{t(`caseFile.axes.${axis}`)}</label>
          </div>
        ))}
      </fieldset>
    </>
  );
}
