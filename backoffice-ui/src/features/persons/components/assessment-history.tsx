import { errorMessage } from '@/lib/api';
import type { Assessment } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useAssessments } from '../api/get-assessments';
import { ExplanationList } from './person-details';
import './persons.css';
import './cri-screens.css';

function HistoryEntry({ assessment }: { assessment: Assessment }) {
  const { t, language } = useTranslation();
  const explanation = assessment.explanation ?? [];
  const evidence = assessment.evidence;
  const day = assessment.asOf ?? assessment.assessedAt?.slice(0, 10);
  return (
    <li className="history__entry">
      <p className="history__what">
        <strong>{assessment.status ? t(`persons.status.${assessment.status}`) : t('persons.status.none')}</strong>
        {assessment.code ? ` (${assessment.code})` : ''}
        {' · '}
        {assessment.kind
          ? assessment.kind === 'RECORDED_DISPENSE' && assessment.decides
            ? t('criScreens.history.confirmation')
            : t(`criScreens.history.kinds.${assessment.kind}`)
          : ''}
      </p>
      <p className="history__when">
        {day ? t('criScreens.history.on', { date: formatDate(day, language) }) : ''}
        {assessment.assessedBy && ` · ${assessment.assessedBy}`}
        {assessment.deadline &&
          ` · ${t('criScreens.history.deadline', { date: formatDate(assessment.deadline, language) })}`}
      </p>
      {assessment.status === 'DISPENSE_TO_CONFIRM' && <p>{t('criScreens.history.toConfirm')}</p>}
      {assessment.confirmedAtMigration && <p>{t('criScreens.history.confirmedAtMigration')}</p>}
      {assessment.dispenseReasoning && <p>{assessment.dispenseReasoning}</p>}
      {evidence && (
        <p className="history__when">
          {t('criScreens.history.evidence', {
            document: evidence.documentType ?? '',
            date: evidence.documentDate ? formatDate(evidence.documentDate, language) : '',
            issuer: evidence.issuer ?? '',
          })}
        </p>
      )}
      {explanation.length > 0 && (
        <details>
          <summary>{t('criScreens.history.explanation', { count: explanation.length })}</summary>
          <ExplanationList traces={explanation} />
        </details>
      )}
    </li>
  );
}

/** Every verdict stored for the person, the latest first, each with its date, outcome and the rules' explanation. */
export function AssessmentHistory({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { data, error } = useAssessments(personId);
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('criScreens.history.title')}</h2>
      {error && <p>{errorMessage(error, t)}</p>}
      {data && data.length === 0 && <p>{t('persons.assessment.none')}</p>}
      {data && data.length > 0 && (
        <ol className="history">
          {data.map((assessment, index) => (
            <HistoryEntry key={assessment.id ?? index} assessment={assessment} />
          ))}
        </ol>
      )}
    </section>
  );
}
