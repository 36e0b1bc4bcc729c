import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, ProblemAlert } from '@/components';
import { CaseFileList, useOpenCaseFile, usePersonCaseFiles } from '@/features/case-files';
import { useCurrentUser } from '@/features/auth';
import {
  AssessmentHistory,
  AssessmentSection,
  DispenseSection,
  PersonDetails,
  PersonSavedNotice,
  usePerson,
} from '@/features/persons';
import { errorMessage } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';

function PersonCaseFiles({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error } = usePersonCaseFiles(personId);
  const open = useOpenCaseFile(personId);
  return (
    <section className="panel" aria-labelledby="person-files-title">
      <h2 id="person-files-title">{t('persons.page.caseFiles')}</h2>
      {error && <p>{errorMessage(error, t)}</p>}
      {data && data.length === 0 && <p>{t('persons.page.noCaseFile')}</p>}
      {data && data.length > 0 && <CaseFileList files={data} caption={t('persons.page.caseFiles')} withoutName />}
      <ProblemAlert error={open.error} />
      <Button
        busy={open.isPending}
        busyLabel={t('caseFile.actions.sending')}
        onClick={() =>
          open.mutate(undefined, {
            onSuccess: (answer) => {
              if (answer.data.id) void navigate(`/case-files/${answer.data.id}`);
            },
          })
        }
      >
        {t('persons.page.openCaseFile')}
      </Button>
    </section>
  );
}

/** /persons/:id — identity, the latest verdict with its explanation, the case files. */
export function PersonRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, isPending } = usePerson(id);
  const { data: user } = useCurrentUser({ throwOnForbidden: false });
  const person = data?.data;
  useDocumentTitle(person ? `${person.lastName ?? ''} ${person.firstNames ?? ''}`.trim() : t('common.loading'));
  if (isPending) return <p role="status">{t('common.loading')}</p>;
  if (!person) {
    return (
      <Alert variant="error" title={t('errors.unexpected.title')}>
        <p>{errorMessage(error, t)}</p>
      </Alert>
    );
  }
  return (
    <div className="page">
      <p>
        <Link to="/persons">{t('persons.search.pageTitle')}</Link>
      </p>
      <h1>{`${person.lastName ?? ''} ${person.firstNames ?? ''}`.trim()}</h1>
      <PersonSavedNotice />
      <p>
        <Link to={`/persons/${id}/edit`}>{t('criScreens.personEdit.link')}</Link>
      </p>
      <PersonDetails person={person} />
      <AssessmentSection assessment={person.assessment} />
      <PersonCaseFiles personId={id} />
      <AssessmentHistory personId={id} />
      <DispenseSection personId={id} isSupervisor={user?.role === 'CRI_SUPERVISOR'} assessment={person.assessment} />
      <p>
        <Link to={`/persons/${id}/audit`}>{t('auditTrail.link')}</Link>
      </p>
    </div>
  );
}
