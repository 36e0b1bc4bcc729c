import { Link } from 'react-router';
import { Button, useFocusOnAppear } from '@/components';
import { usePersonCaseFiles } from '@/features/case-files';
import { useReferenceNames } from '@/features/reference';
import { formatDate, useTranslation } from '@/lib/i18n';
import { usePersons } from '../api/get-person';
import './persons.css';

/** One registered person who looks like the one being recorded: who they are, where they live, where their file is. */
function PersonCard({ id, data }: { id: string; data: ReturnType<typeof usePersons>[number]['data'] }) {
  const { t, language } = useTranslation();
  const names = useReferenceNames();
  const files = usePersonCaseFiles(id);
  const person = data?.data;
  const file = files.data?.[0];
  const name = person ? [person.lastName, person.firstNames].filter(Boolean).join(' ') : t('common.loading');
  return (
    <li className="person-card" data-testid="duplicate-candidate">
      <p className="person-card__name">{name}</p>
      {person && (
        <dl className="facts person-card__facts">
          <div>
            <dt>{t('persons.fields.birthDate')}</dt>
            <dd>{person.birthDate ? formatDate(person.birthDate, language) : '—'}</dd>
          </div>
          <div>
            <dt>{t('persons.fields.communeNis')}</dt>
            <dd>{names.commune(person.communeNis) || '—'}</dd>
          </div>
          <div>
            <dt>{t('forms.duplicate.cri')}</dt>
            <dd>{person.registeredByCri ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('forms.duplicate.file')}</dt>
            <dd>{file?.state ? t(`caseFile.states.${file.state}`) : t('forms.duplicate.noFile')}</dd>
          </div>
        </dl>
      )}
      <Link className="button button--secondary" to={`/persons/${id}`}>
        {t('forms.duplicate.open')} <span className="visually-hidden">{name}</span>
      </Link>
    </li>
  );
}

export interface DuplicateWarningProps {
  /** The persons who look like this one (a likely duplicate), or the one with the same national number. */
  ids: readonly string[];
  /** Records the person anyway, as another person; absent when the national number is taken (it cannot be). */
  onAnotherPerson?: () => void;
  busy?: boolean;
  /** The refusal: a new one takes the focus again. */
  focusKey: unknown;
}

/**
 * The person (or persons) already registered who look like the one being recorded, as cards, with the two ways on:
 * "C'est une autre personne" (record it anyway) or "Ouvrir cette personne". Focused and scrolled into view when it
 * appears.
 */
export function DuplicateWarning({ ids, onAnotherPerson, busy, focusKey }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const ref = useFocusOnAppear<HTMLElement>(focusKey);
  const persons = usePersons(ids);
  const sure = onAnotherPerson === undefined;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="duplicate-warning"
      role="alert"
      aria-labelledby="duplicate-warning-title"
    >
      <h2 id="duplicate-warning-title">
        {t(sure ? 'persons.form.duplicateTitle' : 'persons.form.likelyDuplicateTitle')}
      </h2>
      <p>{t(sure ? 'forms.duplicate.sameNationalNumber' : 'forms.duplicate.lookAlike', { count: ids.length })}</p>
      <ul className="person-cards">
        {ids.map((id, index) => (
          <PersonCard key={id} id={id} data={persons[index]?.data} />
        ))}
      </ul>
      {onAnotherPerson && (
        <Button onClick={onAnotherPerson} busy={busy} busyLabel={t('persons.form.saving')}>
          {t('forms.duplicate.another')}
        </Button>
      )}
    </section>
  );
}
