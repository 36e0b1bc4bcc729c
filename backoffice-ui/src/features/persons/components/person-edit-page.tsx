import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, ProblemAlert, problemIssues, SelectField } from '@/components';
import { errorMessage, isProblemError } from '@/lib/api';
import type { Person, PersonDispenseFacts, StudyStatus } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePerson } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';
import { EmploymentFields } from './employment-fields';
import { PersonFormFields } from './person-form-fields';
import {
  dispenseFactsOf,
  employmentRows,
  PERSON_ISSUE_FIELDS,
  personFormValues,
  STUDY_STATUSES,
  toPersonUpdate,
  type EmploymentRow,
  type PersonFormValues,
} from './person-form-model';
import './persons.css';

/** The facts the edit form adds to the intake's: those that can dispense (D1, D2, D5, D7). */
const FACT_FIELDS = [
  'dispenseFacts',
  'dispenseFacts.studyStatus',
  'dispenseFacts.belgianDiploma',
  'dispenseFacts.medicalCertificate',
  'dispenseFacts.priorAttestation',
] as const;
const EMPLOYMENT_KEYS = ['', '.start', '.end', '.fraction'];

/** The fields the form shows issues next to: the intake's, the facts', every period of work's. */
function issueFields(periods: number): string[] {
  const employment = Array.from({ length: periods }, (_, index) =>
    EMPLOYMENT_KEYS.map((key) => `employment[${index}]${key}`),
  );
  return [...PERSON_ISSUE_FIELDS, ...FACT_FIELDS, 'employment', ...employment.flat()];
}
const FACT_CHECKS = ['medicalCertificate', 'belgianDiploma', 'priorAttestation'] as const;

interface EditFormProps {
  person: Person;
  update: ReturnType<typeof useUpdatePerson>;
  onSaved: () => void;
}

/** The form, filled with the record as last read (a reload after a 412 fills it again). */
function EditForm({ person, update, onSaved }: EditFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PersonFormValues>(() => personFormValues(person));
  const [facts, setFacts] = useState<PersonDispenseFacts>(() => dispenseFactsOf(person));
  const [employment, setEmployment] = useState<EmploymentRow[]>(() => employmentRows(person));
  const issues = problemIssues(update.error);
  const stale = isProblemError(update.error, 412);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(toPersonUpdate(values, { facts, employment }, person), { onSuccess: onSaved });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {stale ? (
        <Alert variant="error" title={t('criScreens.personEdit.staleTitle')}>
          <p>{t('criScreens.personEdit.stale')}</p>
        </Alert>
      ) : (
        <ProblemAlert error={update.error} fields={issueFields(employment.length)} />
      )}
      <PersonFormFields values={values} setValues={setValues} issues={issues} />
      <fieldset className="form-section">
        <legend>{t('criScreens.personEdit.facts')}</legend>
        <p>{t('criScreens.personEdit.factsHint')}</p>
        <SelectField
          id="person-dispenseFacts-studyStatus"
          name="dispenseFacts.studyStatus"
          label={t('criScreens.personEdit.studyStatus')}
          options={STUDY_STATUSES.map((value) => ({ value, label: t(`criScreens.studyStatuses.${value}`) }))}
          value={facts.studyStatus ?? 'NONE'}
          onChange={(event) => setFacts((old) => ({ ...old, studyStatus: event.target.value as StudyStatus }))}
          issues={issues}
        />
        {FACT_CHECKS.map((fact) => (
          <div className="form-check" key={fact}>
            <input
              type="checkbox"
              id={`person-dispenseFacts-${fact}`}
              name={`dispenseFacts.${fact}`}
              checked={facts[fact] ?? false}
              onChange={(event) => setFacts((old) => ({ ...old, [fact]: event.target.checked }))}
            />
            <label htmlFor={`person-dispenseFacts-${fact}`}>{t(`criScreens.personEdit.${fact}`)}</label>
          </div>
        ))}
      </fieldset>
      <EmploymentFields rows={employment} setRows={setEmployment} issues={issues} />
      <Button type="submit" busy={update.isPending} busyLabel={t('persons.form.saving')}>
        {t('criScreens.personEdit.submit')}
      </Button>
    </form>
  );
}

/**
 * /persons/:id/edit — the intake's fields and the facts that can dispense, sent with the record's ETag; the person
 * page then shows the verdict the change led to. Someone else's change meanwhile (412) reloads the form.
 */
export function PersonEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, isPending } = usePerson(id);
  const update = useUpdatePerson(id);
  const person = data?.data;
  const name = person ? `${person.lastName ?? ''} ${person.firstNames ?? ''}`.trim() : '';
  useDocumentTitle(person ? t('criScreens.personEdit.pageTitle', { name }) : t('common.loading'));
  if (isPending) return <p role="status">{t('common.loading')}</p>;
  if (!person) {
    return (
      <Alert variant="error" title={t('errors.unexpected.title')}>
        <p>{errorMessage(error, t)}</p>
      </Alert>
    );
  }
  return (
    <div className="page page--form">
      <p>
        <Link to={`/persons/${id}`}>{t('criScreens.personEdit.back', { name })}</Link>
      </p>
      <h1>{t('criScreens.personEdit.title', { name })}</h1>
      <p>{t('criScreens.personEdit.intro')}</p>
      <EditForm
        key={data.etag ?? ''}
        person={person}
        update={update}
        onSaved={() => void navigate(`/persons/${id}`, { state: { saved: true } })}
      />
    </div>
  );
}
