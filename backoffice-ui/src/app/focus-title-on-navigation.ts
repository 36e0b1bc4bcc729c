import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** How long a page may take to show its title (its data loading) before the focus stays where it is. */
const WAIT_FOR_TITLE_MS = 5000;

/**
 * After each navigation (a new path), the focus moves to the new page's title, its `h1`, as soon as it is shown: a
 * screen reader reads where the user arrived, and the keyboard continues from the top of the page rather than from a
 * link of the page before. A page still loading is waited for; if the user focuses something meanwhile, it is left.
 */
export function useFocusTitleOnNavigation(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const before = document.activeElement;
    const userMovedOn = () => {
      const now = document.activeElement;
      return now !== null && now !== before && now !== document.body;
    };
    const focusTitle = (): boolean => {
      if (userMovedOn()) return true;
      const title = document.querySelector<HTMLElement>('main h1');
      if (!title) return false;
      if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
      title.focus();
      return true;
    };
    if (focusTitle()) return;
    const main = document.querySelector('main') ?? document.body;
    const observer = new MutationObserver(() => {
      if (focusTitle()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_FOR_TITLE_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
}
