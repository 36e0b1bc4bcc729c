/**
 * The case files the user opened in this tab, the latest first: their ids only, in sessionStorage (gone when the tab
 * closes, never shared with another tab or written to disk as personal data). Names are read from the API when shown.
 */
const PREFIX = 'parcours.recentCaseFiles';
/** One list per user of the tab: a colleague who signs in after a logout does not see the previous user's. */
const key = (owner: string) => `${PREFIX}.${owner}`;
export const RECENT_LIMIT = 5;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function recentFiles(owner: string, storage: Storage | undefined = globalThis.sessionStorage): string[] {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(key(owner)) ?? '[]');
    return Array.isArray(stored)
      ? stored.filter((id): id is string => typeof id === 'string' && ID.test(id)).slice(0, RECENT_LIMIT)
      : [];
  } catch {
    return [];
  }
}

/** Puts the file first; an id that is not a file's is ignored. */
export function rememberFile(
  owner: string,
  id: string,
  storage: Storage | undefined = globalThis.sessionStorage,
): void {
  if (!ID.test(id)) return;
  const ids = [id, ...recentFiles(owner, storage).filter((other) => other !== id)].slice(0, RECENT_LIMIT);
  try {
    storage?.setItem(key(owner), JSON.stringify(ids));
  } catch {
    // a full or refused storage only loses the list
  }
}

/** Forgets the user's files. */
export function forgetFiles(owner: string, storage: Storage | undefined = globalThis.sessionStorage): void {
  storage?.removeItem(key(owner));
}

/** The file a path of the back office shows, if it is a case file's page. */
export function caseFileOfPath(pathname: string): string | undefined {
  const match = /^\/case-files\/([0-9a-f-]{36})\/?$/.exec(pathname);
  return match?.[1];
}
