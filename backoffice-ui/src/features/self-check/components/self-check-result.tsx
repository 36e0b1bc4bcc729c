import type { Ref } from 'react';
import { Button } from '@/components';
import type { Cri, DeadlineRegime, SelfCheck } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { outcomeOf, type WizardState } from '../wizard';

export interface SelfCheckResultProps {
  result: SelfCheck;
  /** The answers the result is for. */
  answers: WizardState;
  headingRef: Ref<HTMLHeadingElement>;
  /** New texts are on their way (the language changed). */
  updating?: boolean;
  onRestart: () => void;
}

const REGIMES = ['REGIME_2016', 'REGIME_2018', 'REGIME_2025_THREE_YEARS'] as const satisfies readonly DeadlineRegime[];

function isRegime(value: unknown): value is (typeof REGIMES)[number] {
  return typeof value === 'string' && (REGIMES as readonly string[]).includes(value);
}

/** "https://" for a website the API gives without a scheme ("cainamur.be"). */
function websiteUrl(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

function CriContact({ cri }: { cri: Cri }) {
  const { t } = useTranslation();
  return (
    <div className="self-check-result__cri">
      <p className="self-check-result__cri-name">
        {cri.name ?? cri.code}
        {cri.seat && <span className="self-check-result__cri-seat"> ({cri.seat})</span>}
      </p>
      <dl className="self-check-result__contact">
        {cri.address && (
          <div>
            <dt>{t('public.result.address')}</dt>
            <dd>{cri.address}</dd>
          </div>
        )}
        {cri.phone && (
          <div>
            <dt>{t('public.result.phone')}</dt>
            <dd>
              <a href={`tel:${cri.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                {cri.phone}
              </a>
            </dd>
          </div>
        )}
        {cri.website && (
          <div>
            <dt>{t('public.result.website')}</dt>
            <dd>
              <a href={websiteUrl(cri.website)} dir="ltr" rel="noopener noreferrer" target="_blank">
                {cri.website}
              </a>
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}

/** Where the newcomer stands: obliged or not, the deadline, the CRI to contact, the steps. */
export function SelfCheckResult({ result, answers, headingRef, updating = false, onRestart }: SelfCheckResultProps) {
  const { t, language } = useTranslation();
  const outcome = outcomeOf(result, answers);
  const steps = result.steps ?? [];
  const toDo = steps.filter((step) => step.state !== 'VALIDATED').length;

  return (
    <div className="self-check-result" aria-busy={updating || undefined}>
      <h1 className="self-check-result__title" tabIndex={-1} ref={headingRef}>
        {t('public.result.title')}
      </h1>

      <section className={`outcome outcome--${outcome}`} aria-labelledby="outcome-title">
        <h2 id="outcome-title">{t(`public.result.status.${outcome}.title`)}</h2>
        <p>{t(`public.result.status.${outcome}.text`)}</p>
        {outcome !== 'notConcerned' && <p className="outcome__free">{t('public.result.free')}</p>}
      </section>

      {!result.outOfScope && (
        <>
          <section className="self-check-result__section" aria-labelledby="deadline-title">
            <h2 id="deadline-title">{t('public.result.deadlineTitle')}</h2>
            {result.maxEndDate ? (
              <>
                <p className="self-check-result__deadline">
                  {t('public.result.maxEndDate', { date: formatDate(result.maxEndDate, language) })}
                </p>
                {isRegime(result.regime) && <p>{t(`public.result.regime.${result.regime}`)}</p>}
              </>
            ) : (
              <p>{t('public.result.noMaxEndDate')}</p>
            )}
          </section>

          <section className="self-check-result__section" aria-labelledby="cri-title">
            <h2 id="cri-title">{t('public.result.criTitle')}</h2>
            {result.cri ? <CriContact cri={result.cri} /> : <p>{t('public.result.noCri')}</p>}
          </section>

          <section className="self-check-result__section" aria-labelledby="steps-title">
            <h2 id="steps-title">{t('public.result.stepsTitle')}</h2>
            <p>{result.complete ? t('public.result.complete') : t('public.result.incomplete', { count: toDo })}</p>
            <ol className="steps">
              {steps.map((step) => {
                const done = step.state === 'VALIDATED';
                return (
                  <li key={step.id} className={`step ${done ? 'step--done' : 'step--to-do'}`}>
                    <h3 className="step__title">
                      <span className="step__state">
                        <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
                        {done ? t('public.result.validated') : t('public.result.toDo')}
                      </span>
                      <span className="visually-hidden">: </span>
                      {step.title}
                    </h3>
                    <dl className="step__texts">
                      <dt>{t('public.result.what')}</dt>
                      <dd>{step.what}</dd>
                      <dt>{t('public.result.how')}</dt>
                      <dd>{step.how}</dd>
                      <dt>{t('public.result.who')}</dt>
                      <dd>{step.who}</dd>
                    </dl>
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      )}

      <p className="self-check-result__disclaimer">{t('public.result.disclaimer')}</p>
      <Button variant="secondary" onClick={onRestart}>
        {t('public.result.restart')}
      </Button>
    </div>
  );
}
