import { Link } from 'react-router';
import { useTranslation } from '@/lib/i18n';
import { TRAINING_AXES, useActiveCounts } from '../api/get-enrolments';
import './training.css';

/** The trainer's landing: the active enrolments of each axis, and the three pages of their work. */
export function TrainerSummary() {
  const { t } = useTranslation();
  const counts = useActiveCounts();
  return (
    <section className="training-summary" aria-labelledby="training-summary-title">
      <h2 id="training-summary-title">{t('trainer.home.title')}</h2>
      <ul className="training-summary__list">
        {TRAINING_AXES.map((axis, index) => {
          const count = counts[index];
          return (
            <li key={axis} className="training-summary__item" data-testid={`active-${axis}`}>
              <span className="training-summary__count">{count?.data?.total ?? (count?.isError ? '!' : '…')}</span>{' '}
              <span>{t('trainer.home.active', { axis: t(`caseFile.axes.${axis}`) })}</span>
            </li>
          );
        })}
      </ul>
      <ul className="training-summary__links">
        <li>
          <Link to="/training">{t('trainer.enrolments.title')}</Link>
        </li>
        <li>
          <Link to="/training/session">{t('trainer.session.title')}</Link>
        </li>
        <li>
          <Link to="/training/import">{t('trainer.import.title')}</Link>
        </li>
      </ul>
    </section>
  );
}
