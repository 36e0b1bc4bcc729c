import type { Assessment, ObligationCheckTrace, Person } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { describeRule } from '@/lib/obligation-rules';
import { useReferenceNames } from '@/features/reference';
import './persons.css';

/** The provisions the rules engine went through, in order, each applied or not, with its legal source. */
export function ExplanationList({ traces }: { traces: readonly ObligationCheckTrace[] }) {
  const { t, language } = useTranslation();
  return (
    <ol className="explanation">
      {traces.map((trace, index) => {
        const { provision, legalSource } = describeRule(trace, language);
        return (
          <li key={`${trace.rule ?? ''}-${index}`} className={trace.applied ? 'explanation__applied' : undefined}>
            <span className="explanation__applied-label">
              {trace.applied ? t('persons.assessment.applied') : t('persons.assessment.notApplied')}
            </span>{' '}
            {provision}
            {legalSource && <span className="explanation__source"> — {legalSource}</span>}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The verdict in one sentence: the outcome, the provision that decided it and the deadline ("Obligée : titre de
 * séjour de plus de trois mois (CWASS art. 152 §1), attestation à obtenir avant le 10 mars 2028.").
 */
export function VerdictSentence({ assessment }: { assessment: Assessment }) {
  const { t, language } = useTranslation();
  const decisive = [...(assessment.explanation ?? [])]
    .reverse()
    .find((trace) => trace.applied && trace.rule !== 'DEADLINE');
  const { provision, legalSource } = decisive ? describeRule(decisive, language) : { provision: '', legalSource: '' };
  const why = provision ? `${provision}${legalSource ? ` (${legalSource})` : ''}` : '';
  const key = assessment.deadline ? (why ? 'withDeadline' : 'deadlineOnly') : why ? 'withoutDeadline' : 'statusOnly';
  return (
    <p className="verdict" data-testid="verdict-sentence">
      <strong>{t(`persons.status.${assessment.status ?? 'OBLIGED'}`)}</strong>
      {assessment.code ? ` (${assessment.code})` : ''}
      {t(`persons.assessment.sentence.${key}`, {
        why,
        date: assessment.deadline ? formatDate(assessment.deadline, language) : '',
      })}
    </p>
  );
}

/** The latest obligation verdict in one sentence first, the provisions the rules engine examined folded below. */
export function AssessmentSection({ assessment }: { assessment: Assessment | null | undefined }) {
  const { t, language } = useTranslation();
  return (
    <section className="panel" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t('persons.assessment.title')}</h2>
      {!assessment?.status ? (
        <p>{t('persons.assessment.none')}</p>
      ) : (
        <>
          <VerdictSentence assessment={assessment} />
          <dl className="facts">
            {assessment.deadline && (
              <div>
                <dt>{t('persons.assessment.deadline')}</dt>
                <dd>{formatDate(assessment.deadline, language)}</dd>
              </div>
            )}
            {assessment.asOf && (
              <div>
                <dt>{t('persons.assessment.asOf')}</dt>
                <dd>{formatDate(assessment.asOf, language)}</dd>
              </div>
            )}
            {assessment.assessedBy && (
              <div>
                <dt>{t('persons.assessment.by')}</dt>
                <dd>{assessment.assessedBy}</dd>
              </div>
            )}
          </dl>
          {assessment.dispenseReasoning && <p>{assessment.dispenseReasoning}</p>}
          {(assessment.explanation ?? []).length > 0 && (
            <details className="explanation__examined">
              <summary>{t('persons.assessment.examined', { count: (assessment.explanation ?? []).length })}</summary>
              <ExplanationList traces={assessment.explanation ?? []} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** Who the person is: identity, contact and residence permit. */
export function PersonDetails({ person }: { person: Person }) {
  const { t, language } = useTranslation();
  const permit = person.permits?.[0];
  const names = useReferenceNames();
  const rows: [string, string | undefined | null][] = [
    [t('persons.fields.birthDate'), person.birthDate ? formatDate(person.birthDate, language) : undefined],
    [t('persons.fields.nationality'), names.country(person.nationality)],
    [t('persons.fields.communeNis'), names.commune(person.communeNis)],
    [t('persons.fields.preferredLanguage'), names.language(person.preferredLanguage)],
    [t('persons.fields.interpreterLanguage'), names.language(person.interpreterLanguage)],
    [t('persons.fields.cpasBeneficiary'), person.cpasBeneficiary ? t('persons.yes') : t('persons.no')],
    [t('persons.fields.permitType'), permit?.permitType ? t(`persons.permitTypes.${permit.permitType}`) : undefined],
    [t('persons.fields.orderDate'), permit?.orderDate ? formatDate(permit.orderDate, language) : undefined],
    [t('persons.fields.registeredByCri'), person.registeredByCri],
  ];
  return (
    <section className="panel" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('persons.page.identity')}</h2>
      <dl className="facts">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
