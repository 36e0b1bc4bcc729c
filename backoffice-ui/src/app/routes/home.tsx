import { Link } from 'react-router';
import { Alert } from '@/components';
import { AdminLinks } from '@/features/admin';
import { AttestationsDue } from '@/features/attestations';
import { useCurrentUser } from '@/features/auth';
import { SUPERVISOR_QUEUES, WORK_QUEUES, WorkQueues } from '@/features/case-files';
import { HomePage } from '@/features/home';
import { DispensesToConfirm } from '@/features/persons';
import { TrainerSummary } from '@/features/training';
import { CaseFileStatisticsSection } from '@/features/statistics';
import { errorMessage } from '@/lib/api';
import { useTranslation } from '@/lib/i18n';
import { isCriStaff } from '@/lib/roles';

export function HomeRoute() {
  const { t } = useTranslation();
  const { data: user, error, isPending } = useCurrentUser();
  if (user && isCriStaff(user.role)) {
    // CRI staff land on their work: the queues first, then the persons.
    return (
      <HomePage user={user} compact>
        <WorkQueues queues={user.role === 'CRI_SUPERVISOR' ? SUPERVISOR_QUEUES : WORK_QUEUES} />
        {user.role === 'CRI_SUPERVISOR' && <DispensesToConfirm />}
        <p className="home__links">
          <Link to="/case-files">{t('caseFileList.title')}</Link> ·{' '}
          <Link to="/persons">{t('persons.search.title')}</Link> ·{' '}
          <Link to="/persons/new">{t('persons.search.create')}</Link>
        </p>
        <CaseFileStatisticsSection />
      </HomePage>
    );
  }
  if (user?.role === 'REGION_ANALYST') {
    // The Region's figures, whole or for one CRI.
    return (
      <HomePage user={user}>
        <CaseFileStatisticsSection regional />
      </HomePage>
    );
  }
  if (user?.role === 'OPERATOR_TRAINER') {
    // Trainers land on their enrolled persons per axis and the three pages of their work.
    return (
      <HomePage user={user} compact>
        <TrainerSummary />
      </HomePage>
    );
  }
  if (user?.role === 'ADMINISTRATOR') {
    return (
      <HomePage user={user}>
        <AdminLinks />
      </HomePage>
    );
  }
  if (user && (user.role === 'COMMUNE_CLIENT' || user.role === 'CPAS_CLIENT')) {
    // Commune and CPAS clerks land on the copies waiting for their acknowledgement.
    return (
      <HomePage user={user} compact>
        <AttestationsDue />
      </HomePage>
    );
  }
  if (user) return <HomePage user={user} />;
  if (isPending) return <p role="status">{t('home.loading')}</p>;
  return (
    <Alert variant="error" title={t('errors.unexpected.title')}>
      <p>{errorMessage(error, t)}</p>
    </Alert>
  );
}
