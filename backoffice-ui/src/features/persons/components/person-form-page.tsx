import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, FormField, ProblemAlert, problemIssues, SelectField } from '@/components';
import { isProblemError, issuesFor, ProblemError } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreatePerson } from '../api/create-person';
import { usePersons } from '../api/get-person';
import {
  CARD_TYPES,
  emptyPersonForm,
  PERMIT_TYPES,
  PERSON_ISSUE_FIELDS,
  toPersonRequest,
  type PersonFormField,
  type PersonFormValues,
} from './person-form-model';
import './persons.css';

const LIKELY_DUPLICATE = 'urn:parcours:problem:likely-duplicate';
const DUPLICATE_PERSON = 'urn:parcours:problem:duplicate-person';

function Candidates({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const persons = usePersons(ids);
  return (
    <ul>
      {ids.map((id, index) => {
        const person = persons[index]?.data?.data;
        const name = person ? `${person.lastName ?? ''} ${person.firstNames ?? ''} (${person.birthDate ?? ''})` : id;
        return (
          <li key={id}>
            <Link to={`/persons/${id}`}>{t('persons.form.candidate', { name: name.trim() })}</Link>
          </li>
        );
      })}
    </ul>
  );
}

/** /persons/new — the intake of a newcomer, with one residence permit. */
export function PersonFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('persons.form.pageTitle'));
  const navigate = useNavigate();
  const [values, setValues] = useState<PersonFormValues>(emptyPersonForm);
  const create = useCreatePerson();
  const issues = problemIssues(create.error);
  const error = create.error;
  const likelyDuplicate = error instanceof ProblemError && error.type === LIKELY_DUPLICATE ? error : null;
  const duplicate = error instanceof ProblemError && error.type === DUPLICATE_PERSON ? error : null;

  const submit = (confirmedNotDuplicate: boolean) =>
    create.mutate(toPersonRequest(values, confirmedNotDuplicate), {
      onSuccess: (answer) => {
        if (answer.data.id) void navigate(`/persons/${answer.data.id}`);
      },
    });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(false);
  };
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

  return (
    <div className="page page--form">
      <p>
        <Link to="/persons">{t('persons.search.pageTitle')}</Link>
      </p>
      <h1>{t('persons.form.title')}</h1>
      <p>{t('persons.form.intro')}</p>
      {likelyDuplicate ? (
        <Alert variant="error" title={t('persons.form.likelyDuplicateTitle')}>
          <p>{likelyDuplicate.detail}</p>
          <Candidates ids={likelyDuplicate.candidates ?? []} />
          <Button onClick={() => submit(true)} busy={create.isPending} busyLabel={t('persons.form.saving')}>
            {t('persons.form.confirmNotDuplicate')}
          </Button>
        </Alert>
      ) : duplicate ? (
        <Alert variant="error" title={t('persons.form.duplicateTitle')}>
          <p>{duplicate.detail}</p>
          {duplicate.existingPersonId && (
            <p>
              <Link to={`/persons/${duplicate.existingPersonId}`}>{t('persons.form.existingPerson')}</Link>
            </p>
          )}
        </Alert>
      ) : (
        error && !isProblemError(error, 400) && <ProblemAlert error={error} fields={PERSON_ISSUE_FIELDS} />
      )}
      {isProblemError(error, 400) && <ProblemAlert error={error} fields={PERSON_ISSUE_FIELDS} />}
      <form onSubmit={onSubmit} noValidate>
        <fieldset className="form-section">
          <legend>{t('persons.form.identity')}</legend>
          {text('lastName', t('persons.fields.lastName'), { required: true, autoComplete: 'off' })}
          {text('firstNames', t('persons.fields.firstNames'), { autoComplete: 'off' })}
          {text('birthDate', t('persons.fields.birthDate'), { type: 'date', required: true })}
          {text('nationality', t('persons.fields.nationality'), { hint: t('persons.fields.nationalityHint'), required: true, maxLength: 2 })}
          {text('nationalNumber', t('persons.fields.nationalNumber'), { hint: t('persons.fields.nationalNumberHint'), autoComplete: 'off' })}
          {text('communeNis', t('persons.fields.communeNis'), { hint: t('persons.fields.communeNisHint'), required: true, inputMode: 'numeric' })}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('persons.form.contact')}</legend>
          {text('contact.street', t('persons.fields.street'))}
          {text('contact.postalCode', t('persons.fields.postalCode'))}
          {text('contact.locality', t('persons.fields.locality'))}
          {text('contact.phone', t('persons.fields.phone'), { type: 'tel' })}
          {text('contact.email', t('persons.fields.email'), { type: 'email' })}
          {text('preferredLanguage', t('persons.fields.preferredLanguage'), { hint: t('persons.fields.languageHint') })}
          {text('interpreterLanguage', t('persons.fields.interpreterLanguage'), { hint: t('persons.fields.languageHint') })}
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
            options={CARD_TYPES.map((type) => ({ value: type, label: type.replace('_PLUS', '+') }))}
            value={values['permits[0].cardType']}
            onChange={set('permits[0].cardType')}
            issues={issues}
          />
          {text('permits[0].orderDate', t('persons.fields.orderDate'), { type: 'date' })}
          {text('permits[0].issueDate', t('persons.fields.issueDate'), { type: 'date' })}
          {text('permits[0].validityMonths', t('persons.fields.validityMonths'), { type: 'number', min: 1 })}
          {text('permits[0].legalStayStart', t('persons.fields.legalStayStart'), { type: 'date' })}
        </fieldset>
        <Button type="submit" busy={create.isPending} busyLabel={t('persons.form.saving')}>
          {t('persons.form.submit')}
        </Button>
      </form>
    </div>
  );
}
