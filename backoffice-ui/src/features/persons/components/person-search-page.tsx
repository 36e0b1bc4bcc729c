import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ErrorSummary, FormField, Pager, ProblemAlert, problemIssues } from '@/components';
import type { ObligationStatus, PersonQuery } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSearchPersons } from '../api/search-persons';
import { useReferenceNames } from '@/features/reference';
import './persons.css';

const PAGE_SIZE = 20;

/** /persons — search the persons of the CRI by name fragment (3 characters at least), paged. */
export function PersonSearchPage() {
  const { t, language } = useTranslation();
  const names = useReferenceNames();
  useDocumentTitle(t('persons.search.pageTitle'));
  const [fragment, setFragment] = useState('');
  const [query, setQuery] = useState<PersonQuery | null>(null);
  const [page, setPage] = useState(1);
  const [localIssue, setLocalIssue] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { data, error, isFetching } = useSearchPersons(query, page, PAGE_SIZE);
  const issues = localIssue ? [{ field: 'nameFragment', message: localIssue }] : problemIssues(error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = fragment.trim();
    if (trimmed.replace(/[^\p{L}\p{N}]/gu, '').length < 3) {
      setLocalIssue(t('persons.search.tooShort'));
      setAttempt((old) => old + 1);
      return;
    }
    setLocalIssue(null);
    setPage(1);
    setQuery({ nameFragment: trimmed });
  };
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="page">
      <h1>{t('persons.search.title')}</h1>
      <p>
        <Link to="/persons/new" className="button button--primary">
          {t('persons.search.create')}
        </Link>
      </p>
      <form role="search" onSubmit={onSubmit} noValidate className="search-form">
        <FormField
          id="person-search-name"
          name="nameFragment"
          label={t('persons.search.name')}
          hint={t('persons.search.nameHint')}
          value={fragment}
          onChange={(event) => setFragment(event.target.value)}
          issues={issues}
        />
        <Button type="submit" busy={isFetching} busyLabel={t('persons.search.searching')}>
          {t('persons.search.submit')}
        </Button>
      </form>
      {localIssue ? (
        <ErrorSummary title={t('forms.summary.title')} issues={issues} focusKey={attempt} />
      ) : (
        error && <ProblemAlert error={error} fields={['nameFragment']} />
      )}
      {data && query && (
        <section aria-labelledby="person-results-title">
          <h2 id="person-results-title">{t('persons.search.results', { count: total })}</h2>
          {total > 0 && (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('persons.fields.name')}</th>
                  <th scope="col">{t('persons.fields.birthDate')}</th>
                  <th scope="col">{t('persons.fields.nationality')}</th>
                  <th scope="col">{t('persons.fields.status')}</th>
                </tr>
              </thead>
              <tbody>
                {(data.items ?? []).map((person) => (
                  <tr key={person.id}>
                    <th scope="row">
                      <Link to={`/persons/${person.id}`}>
                        {`${person.lastName ?? ''} ${person.firstNames ?? ''}`.trim()}
                      </Link>
                    </th>
                    <td>{person.birthDate ? formatDate(person.birthDate, language) : ''}</td>
                    <td>{names.country(person.nationality)}</td>
                    <td>
                      {person.status
                        ? t(`persons.status.${person.status as ObligationStatus}`)
                        : t('persons.status.none')}
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
