import { useEffect } from 'react';

/** Sets the tab title, so that each page announces itself to screen readers and in history. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Parcours`;
  }, [title]);
}
