import { Link } from 'react-router';
import { errorMessage } from '@/lib/api';
import type { PersonQuery } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useSearchPersons } from '../api/search-persons';
import { useReferenceNames } from '@/features/reference';
import './persons.css';

/** The persons of the CRI whose current verdict is a dispense to confirm (POST /persons/query by status). */
const TO_CONFIRM: PersonQuery = { status: 'DISPENSE_TO_CONFIRM' };
const SHOWN = 50;

/**
 * "Dispenses à confirmer": the supervisor's list of the persons whose dispense waits for their decision, each a link to
 * the person, where they confirm it on evidence or reject it.
 */
export function DispensesToConfirm() {
  const { t, language } = useTranslation();
  const names = useReferenceNames();
  const { data, error } = useSearchPersons(TO_CONFIRM, 1, SHOWN);
  const items = data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="dispenses-to-confirm-title">
      <h2 id="dispenses-to-confirm-title">{t('criScreens.dispensesToConfirm.title')}</h2>
      <p>{t('criScreens.dispensesToConfirm.intro')}</p>
      {error && <p>{errorMessage(error, t)}</p>}
      {data && items.length === 0 && <p>{t('criScreens.dispensesToConfirm.none')}</p>}
      {items.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('criScreens.dispensesToConfirm.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('persons.fields.name')}</th>
              <th scope="col">{t('persons.fields.birthDate')}</th>
              <th scope="col">{t('persons.fields.nationality')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <Link to={`/persons/${person.id}`}>
                    {`${person.lastName ?? ''} ${person.firstNames ?? ''}`.trim()}
                  </Link>
                </th>
                <td>{person.birthDate ? formatDate(person.birthDate, language) : ''}</td>
                <td>{names.country(person.nationality)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(data?.total ?? 0) > items.length && (
        <p>{t('criScreens.dispensesToConfirm.more', { count: (data?.total ?? 0) - items.length })}</p>
      )}
    </section>
  );
}
