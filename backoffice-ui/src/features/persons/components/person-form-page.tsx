import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, ProblemAlert, problemIssues } from '@/components';
import { ProblemError } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreatePerson } from '../api/create-person';
import { DuplicateWarning } from './duplicate-warning';
import { PersonFormFields } from './person-form-fields';
import { emptyPersonForm, PERSON_ISSUE_FIELDS, toPersonRequest, type PersonFormValues } from './person-form-model';
import './persons.css';

const LIKELY_DUPLICATE = 'urn:parcours:problem:likely-duplicate';
const DUPLICATE_PERSON = 'urn:parcours:problem:duplicate-person';

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
  return (
    <div className="page page--form">
      <p>
        <Link to="/persons">{t('persons.search.pageTitle')}</Link>
      </p>
      <h1>{t('persons.form.title')}</h1>
      <p>{t('persons.form.intro')}</p>
      {likelyDuplicate ? (
        <DuplicateWarning
          ids={likelyDuplicate.candidates ?? []}
          onAnotherPerson={() => submit(true)}
          busy={create.isPending}
          focusKey={likelyDuplicate}
        />
      ) : duplicate?.existingPersonId ? (
        <DuplicateWarning ids={[duplicate.existingPersonId]} focusKey={duplicate} />
      ) : (
        <ProblemAlert error={error} fields={PERSON_ISSUE_FIELDS} />
      )}
      <form onSubmit={onSubmit} noValidate>
        <PersonFormFields values={values} setValues={setValues} issues={issues} />
        <Button type="submit" busy={create.isPending} busyLabel={t('persons.form.saving')}>
          {t('persons.form.submit')}
        </Button>
      </form>
    </div>
  );
}
