import type { Dispatch, SetStateAction } from 'react';
import { FormField, SelectField } from '@/components';
import { issuesFor, type ProblemIssue } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { CommunePicker, CountryPicker, LanguagePicker, type PickerProps } from '@/features/reference';
import { CARD_TYPES, PERMIT_TYPES, type PersonFormField, type PersonFormValues } from './person-form-model';
import './persons.css';

export interface PersonFormFieldsProps {
  values: PersonFormValues;
  setValues: Dispatch<SetStateAction<PersonFormValues>>;
  /** The issues of the last problem answer, each shown next to its field. */
  issues: readonly ProblemIssue[];
}

/** The person's identity, contact and residence permit: the fields of the intake and of the edit form. */
export function PersonFormFields({ values, setValues, issues }: PersonFormFieldsProps) {
  const { t } = useTranslation();
  const set = (field: PersonFormField) => (event: { target: { value: string } }) =>
    setValues((old) => ({ ...old, [field]: event.target.value }));
  const text = (field: PersonFormField, label: string, props: Record<string, unknown> = {}) => (
    <FormField
      id={`person-${field.replace(/[^a-zA-Z0-9]/g, '-')}`}
      name={field}
      label={label}
      value={values[field]}
      onChange={set(field)}
      issues={issues}
      {...props}
    />
  );
  const pick = (field: PersonFormField, label: string, hint: string, required = false): PickerProps => ({
    id: `person-${field}`,
    name: field,
    label,
    hint,
    required,
    value: values[field],
    onChange: (value) => setValues((old) => ({ ...old, [field]: value })),
    issues,
  });
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('persons.form.identity')}</legend>
        {text('lastName', t('persons.fields.lastName'), { required: true, autoComplete: 'off' })}
        {text('firstNames', t('persons.fields.firstNames'), { autoComplete: 'off' })}
        {text('birthDate', t('persons.fields.birthDate'), { type: 'date', required: true })}
        <CountryPicker
          {...pick('nationality', t('persons.fields.nationality'), t('persons.fields.nationalityHint'), true)}
        />
        {text('nationalNumber', t('persons.fields.nationalNumber'), {
          hint: t('persons.fields.nationalNumberHint'),
          autoComplete: 'off',
        })}
        <CommunePicker
          {...pick('communeNis', t('persons.fields.communeNis'), t('persons.fields.communeNisHint'), true)}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('persons.form.contact')}</legend>
        {text('contact.street', t('persons.fields.street'))}
        {text('contact.postalCode', t('persons.fields.postalCode'))}
        {text('contact.locality', t('persons.fields.locality'))}
        {text('contact.phone', t('persons.fields.phone'), { type: 'tel' })}
        {text('contact.email', t('persons.fields.email'), { type: 'email' })}
        <LanguagePicker
          {...pick('preferredLanguage', t('persons.fields.preferredLanguage'), t('persons.fields.languageHint'))}
        />
        <LanguagePicker
          {...pick('interpreterLanguage', t('persons.fields.interpreterLanguage'), t('persons.fields.languageHint'))}
        />
        <div className="form-check">
          <input
            type="checkbox"
            id="person-cpasBeneficiary"
            name="cpasBeneficiary"
            checked={values.cpasBeneficiary}
            onChange={(event) => setValues((old) => ({ ...old, cpasBeneficiary: event.target.checked }))}
          />
          <label htmlFor="person-cpasBeneficiary">{t('persons.fields.cpasBeneficiary')}</label>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('persons.form.permit')}</legend>
        {issuesFor(issues, 'permits[0]').map((message) => (
          <p key={message} className="form-field__error">
            {message}
          </p>
        ))}
        <SelectField
          id="person-permits-0--permitType"
          name="permits[0].permitType"
          label={t('persons.fields.permitType')}
          placeholder={t('persons.form.choose')}
          options={PERMIT_TYPES.map((type) => ({ value: type, label: t(`persons.permitTypes.${type}`) }))}
          value={values['permits[0].permitType']}
          onChange={set('permits[0].permitType')}
          issues={issues}
        />
        <SelectField
          id="person-permits-0--cardType"
          name="permits[0].cardType"
          label={t('persons.fields.cardType')}
          placeholder={t('persons.form.choose')}
          options={CARD_TYPES.map((type) => ({
            value: type,
            label: type === 'OTHER' ? t('persons.fields.cardTypeOther') : type.replace('_PLUS', '+'),
          }))}
          value={values['permits[0].cardType']}
          onChange={set('permits[0].cardType')}
          issues={issues}
        />
        {text('permits[0].orderDate', t('persons.fields.orderDate'), { type: 'date' })}
        {text('permits[0].issueDate', t('persons.fields.issueDate'), { type: 'date' })}
        {text('permits[0].validityMonths', t('persons.fields.validityMonths'), { type: 'number', min: 1 })}
        {text('permits[0].legalStayStart', t('persons.fields.legalStayStart'), { type: 'date' })}
      </fieldset>
    </>
  );
}
