import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Pager, SelectField } from '@/components';
import { errorMessage } from '@/lib/api';
import type { Axis, EnrolmentStatus } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ENROLMENT_STATUSES, TRAINING_AXES, useTrainerEnrolments } from '../api/get-enrolments';
import { EnrolmentProgress, personName } from './enrolment-progress';
import './training.css';

const PAGE_SIZE = 20;

/** /training — the persons enrolled with the trainer's operator, by axis and status (active first), paged. */
export function EnrolmentsPage() {
  const { t, language } = useTranslation();
  useDocumentTitle(t('trainer.enrolments.title'));
  const [axis, setAxis] = useState<Axis | ''>('');
  const [status, setStatus] = useState<EnrolmentStatus | ''>('ACTIVE');
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useTrainerEnrolments(axis, status, page, PAGE_SIZE);
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="page training">
      <h1>{t('trainer.enrolments.title')}</h1>
      <p>{t('trainer.enrolments.intro')}</p>
      <div className="training__filters">
        <SelectField
          name="axis"
          label={t('trainer.fields.axis')}
          placeholder={t('trainer.enrolments.allAxes')}
          options={TRAINING_AXES.map((value) => ({ value, label: t(`caseFile.axes.${value}`) }))}
          value={axis}
          onChange={(event) => {
            setAxis(event.target.value as Axis | '');
            setPage(1);
          }}
        />
        <SelectField
          name="status"
          label={t('trainer.fields.status')}
          placeholder={t('trainer.enrolments.allStatuses')}
          options={ENROLMENT_STATUSES.map((value) => ({ value, label: t(`trainer.status.${value}`) }))}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as EnrolmentStatus | '');
            setPage(1);
          }}
        />
      </div>
      {isPending && <p role="status">{t('common.loading')}</p>}
      {error && (
        <Alert variant="error" title={t('errors.unexpected.title')}>
          <p>{errorMessage(error, t)}</p>
        </Alert>
      )}
      {data && (
        <section aria-labelledby="training-results-title">
          <h2 id="training-results-title" role="status">
            {t('trainer.enrolments.count', { count: total })}
          </h2>
          {total > 0 && (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('trainer.fields.name')}</th>
                  <th scope="col">{t('trainer.fields.birthDate')}</th>
                  <th scope="col">{t('trainer.fields.axis')}</th>
                  <th scope="col">{t('trainer.fields.startDate')}</th>
                  <th scope="col">{t('trainer.fields.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {(data.items ?? []).map((enrolment) => (
                  <tr key={enrolment.id}>
                    <th scope="row">
                      <Link to={`/training/enrolments/${enrolment.id}`}>{personName(enrolment)}</Link>
                    </th>
                    <td>{enrolment.person?.birthDate ? formatDate(enrolment.person.birthDate, language) : ''}</td>
                    <td>{enrolment.axis ? t(`caseFile.axes.${enrolment.axis}`) : ''}</td>
                    <td>{enrolment.startDate ? formatDate(enrolment.startDate, language) : ''}</td>
                    <td className="training__progress-cell">
                      <EnrolmentProgress
                        enrolment={enrolment}
                        label={
                          <span className="visually-hidden">
                            {t('trainer.progressOf', { name: personName(enrolment) })}
                          </span>
                        }
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager page={page} pages={pages} onPage={setPage} />
        </section>
      )}
    </div>
  );
}
