import { useQueries } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { caseFileKeys, getCaseFile, SEARCH_MINIMUM, useSearchCaseFiles } from '@/features/case-files';
import { formatDate, useTranslation } from '@/lib/i18n';
import { caseFileOfPath, recentFiles, rememberFile } from '../recent-files';
import './header-search.css';

/** How long the box waits after the last key before it searches. */
export const DEBOUNCE_MILLIS = 250;

function useDebounced(value: string, millis: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), millis);
    return () => clearTimeout(timer);
  }, [value, millis]);
  return debounced;
}

interface Line {
  id: string;
  name: string;
  detail: string;
}

/** The files the user opened in this tab, their names read from the API (the shared cache of the file's page). */
function useRecentLines(owner: string, open: boolean): Line[] {
  const { t, language } = useTranslation();
  const ids = open ? recentFiles(owner) : [];
  const files = useQueries({
    queries: ids.map((id) => ({
      queryKey: caseFileKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getCaseFile(id, signal),
      staleTime: 60_000,
      retry: false,
    })),
  });
  return files.flatMap((file, index) => {
    const caseFile = file.data?.data;
    if (!caseFile) return [];
    const person = caseFile.person;
    return [
      {
        id: ids[index] ?? '',
        name: `${person?.lastName ?? ''} ${person?.firstNames ?? ''}`.trim(),
        detail: `${caseFile.state ? t(`caseFile.states.${caseFile.state}`) : ''} · ${t('lists.openedOn', {
          date: caseFile.openedOn ? formatDate(caseFile.openedOn, language) : '',
        })}`,
      },
    ];
  });
}

export interface HeaderSearchProps {
  /** Whose recently viewed files to show (the signed-in user's name). */
  owner: string;
}

/**
 * The search box of the header (CRI staff): a file by its person's name, national number or phone, or by its number,
 * as one types; empty, the files viewed recently in this tab. Arrow down goes to the results, Escape closes them.
 */
export function HeaderSearch({ owner }: HeaderSearchProps) {
  const { t, language } = useTranslation();
  const { pathname } = useLocation();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const debounced = useDebounced(text, DEBOUNCE_MILLIS);
  const searching = debounced.trim().replace(/[^\p{L}\p{N}]/gu, '').length >= SEARCH_MINIMUM;
  const search = useSearchCaseFiles(searching ? debounced : '');
  const recent = useRecentLines(owner, open && !searching);

  // a file's page puts it first among the recent ones; leaving a page closes the results
  useEffect(() => {
    const id = caseFileOfPath(pathname);
    if (id) rememberFile(owner, id);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the route changed: the results of the last page close
    setOpen(false);
  }, [pathname, owner]);

  const found: Line[] = (search.data?.items ?? []).map((file) => ({
    id: file.id ?? '',
    name: `${file.lastName ?? ''} ${file.firstNames ?? ''}`.trim(),
    detail: [
      file.birthDate ? formatDate(file.birthDate, language) : '',
      file.state ? t(`caseFile.states.${file.state}`) : '',
      t('lists.number', { number: (file.id ?? '').slice(0, 8) }),
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const lines = searching ? found : recent;
  const total = search.data?.total ?? 0;

  const links = () => Array.from(root.current?.querySelectorAll<HTMLAnchorElement>('.header-search__link') ?? []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      // back to the box first (its focus opens the results), then closed
      input.current?.focus();
      setOpen(false);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (all.length === 0) return;
    event.preventDefault();
    const current = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
    if (next < 0) input.current?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };

  let status = '';
  if (searching && search.isFetching && !search.data) status = t('common.loading');
  else if (searching && search.isError) status = t('search.failed');
  else if (searching) status = total === 0 ? t('search.none') : t('search.found', { count: total });
  else if (text.trim().length > 0) status = t('search.tooShort', { count: SEARCH_MINIMUM });

  return (
    // the search landmark handles the arrow keys and Escape for the box and its result links together
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="header-search"
      ref={root}
      role="search"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={`${panelId}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={`${panelId}-input`}
        type="search"
        className="header-search__input"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-controls={open ? panelId : undefined}
        aria-describedby={`${panelId}-status`}
        onFocus={() => setOpen(true)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
      />
      <p id={`${panelId}-status`} className="visually-hidden" role="status">
        {open ? status : ''}
      </p>
      {open && (
        <div id={panelId} className="header-search__panel">
          {!searching && lines.length > 0 && <p className="header-search__heading">{t('search.recent')}</p>}
          {status && <p className="header-search__status">{status}</p>}
          {lines.length > 0 && (
            <ul className="header-search__list">
              {lines.map((line) => (
                <li key={line.id}>
                  <Link to={`/case-files/${line.id}`} className="header-search__link">
                    <span className="header-search__name">{line.name}</span>
                    <span className="header-search__detail">{line.detail}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {searching && total > lines.length && (
            <p className="header-search__status">{t('search.more', { count: total - lines.length })}</p>
          )}
          {!searching && lines.length === 0 && text.trim().length === 0 && (
            <p className="header-search__status">{t('search.hint')}</p>
          )}
        </div>
      )}
    </div>
  );
}
