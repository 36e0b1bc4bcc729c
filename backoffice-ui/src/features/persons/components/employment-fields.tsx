import type { Dispatch, SetStateAction } from 'react';
import { Button, FormField } from '@/components';
import { issuesFor, type ProblemIssue } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { emptyEmploymentRow, type EmploymentRow } from './person-form-model';
import './persons.css';
import './cri-screens.css';

export interface EmploymentFieldsProps {
  rows: readonly EmploymentRow[];
  setRows: Dispatch<SetStateAction<EmploymentRow[]>>;
  issues: readonly ProblemIssue[];
}

/** The person's periods of work (dispense D4: at least half-time for more than three months), each with its issues. */
export function EmploymentFields({ rows, setRows, issues }: EmploymentFieldsProps) {
  const { t } = useTranslation();
  const set = (index: number, key: keyof EmploymentRow) => (event: { target: { value: string } }) =>
    setRows((old) => old.map((row, at) => (at === index ? { ...row, [key]: event.target.value } : row)));
  return (
    <fieldset className="form-section">
      <legend>{t('criScreens.employment.title')}</legend>
      <p>{t('criScreens.employment.hint')}</p>
      {issuesFor(issues, 'employment').map((message) => (
        <p key={message} className="form-field__error">
          {message}
        </p>
      ))}
      {rows.length === 0 && <p>{t('criScreens.employment.none')}</p>}
      {rows.map((row, index) => {
        const field = `employment[${index}]`;
        return (
          <fieldset className="employment" key={index}>
            <legend>{t('criScreens.employment.period', { number: index + 1 })}</legend>
            {issuesFor(issues, field).map((message) => (
              <p key={message} className="form-field__error">
                {message}
              </p>
            ))}
            <FormField
              id={`person-employment-${index}-start`}
              name={`${field}.start`}
              type="date"
              label={t('criScreens.employment.start')}
              value={row.start}
              onChange={set(index, 'start')}
              issues={issues}
            />
            <FormField
              id={`person-employment-${index}-end`}
              name={`${field}.end`}
              type="date"
              label={t('criScreens.employment.end')}
              value={row.end}
              onChange={set(index, 'end')}
              issues={issues}
            />
            <FormField
              id={`person-employment-${index}-fraction`}
              name={`${field}.fraction`}
              label={t('criScreens.employment.fraction')}
              hint={t('criScreens.employment.fractionHint')}
              inputMode="decimal"
              value={row.fraction}
              onChange={set(index, 'fraction')}
              issues={issues}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() => setRows((old) => old.filter((_, at) => at !== index))}
            >
              {t('criScreens.employment.remove', { number: index + 1 })}
            </Button>
          </fieldset>
        );
      })}
      <p>
        <Button type="button" variant="secondary" onClick={() => setRows((old) => [...old, emptyEmploymentRow()])}>
          {t('criScreens.employment.add')}
        </Button>
      </p>
    </fieldset>
  );
}
