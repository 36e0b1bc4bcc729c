import type { ReactNode } from 'react';
import { ProgressBar } from '@/components';
import type { OperatorEnrolment } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';

export function personName(enrolment: OperatorEnrolment): string {
  return `${enrolment.person?.lastName ?? ''} ${enrolment.person?.firstNames ?? ''}`.trim();
}

/** Hours done of required on the enrolment's axis as a bar, and "complete" once done. */
export function EnrolmentProgress({ enrolment, label }: { enrolment: OperatorEnrolment; label: ReactNode }) {
  const { t, language } = useTranslation();
  const progress = enrolment.progress;
  const done = progress?.hoursDone ?? 0;
  const required = progress?.hoursRequired ?? 0;
  return (
    <ProgressBar label={label} value={done} max={required} valueText={t('trainer.hours', { done, required })}>
      {progress?.done ? (
        <p className="training__complete">
          {progress.doneOn
            ? t('trainer.completeOn', { date: formatDate(progress.doneOn, language) })
            : t('trainer.complete')}
        </p>
      ) : null}
    </ProgressBar>
  );
}
