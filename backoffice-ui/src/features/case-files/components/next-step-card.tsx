import { DeadlineBadge } from '@/components';
import type { CaseFile, Convention } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { ACTION_COMPONENTS } from './case-file-actions';

export interface NextStepCardProps {
  file: CaseFile;
  convention: Convention | undefined;
}

/**
 * The top of a case file: the one step that moves the parcours on now (the API's `nextStep`, ADR 0032), what it is,
 * why, by when, and its form, so that the next action is in view without scrolling. Without a next step for the
 * caller, it says why there is nothing to do.
 */
export function NextStepCard({ file, convention }: NextStepCardProps) {
  const { t, language } = useTranslation();
  const step = file.nextStep;
  const Action = step ? ACTION_COMPONENTS[step.action] : undefined;
  const deadline = step?.deadline;
  return (
    <section className="next-step" aria-labelledby="next-step-title" data-testid="next-step">
      <h2 id="next-step-title" className="next-step__label">
        {t('caseFile.nextStep.label')}
      </h2>
      {step && Action ? (
        <>
          <p className="next-step__what">{t(`caseFile.nextStep.what.${step.action}`)}</p>
          <p className="next-step__why">
            {t(`caseFile.nextStep.why.${step.action}`)}
            {deadline?.dueOn && (
              <>
                {' '}
                <strong>{t('caseFile.nextStep.dueBy', { date: formatDate(deadline.dueOn, language) })}</strong>{' '}
                <DeadlineBadge state={deadline.state} daysLeft={deadline.daysLeft} />
              </>
            )}
          </p>
          <Action file={file} convention={convention} primary />
        </>
      ) : (
        <p className="next-step__why">
          {file.state === 'COMPLETED'
            ? t('attestation.supervisorIssues')
            : t(`caseFile.nextStep.nothing.${nothingKey(file)}`)}
        </p>
      )}
    </section>
  );
}

/** Why nothing is to be done: the parcours is over, the file is history, or it waits on the operators' hours. */
function nothingKey(file: CaseFile): 'issued' | 'over' | 'waiting' | 'none' {
  switch (file.state) {
    case 'ATTESTATION_ISSUED':
      return 'issued';
    case 'TRANSFERRED':
    case 'CLOSED':
      return 'over';
    case 'CONVENTION_SIGNED':
    case 'IN_PROGRESS':
      return 'waiting';
    default:
      return 'none';
  }
}
