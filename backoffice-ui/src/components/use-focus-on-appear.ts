import { useEffect, useRef } from 'react';

/** Moves the focus to `element` and scrolls it into view (at the top of the viewport when it is taller). */
export function bringIntoView(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  // jsdom has no scrollIntoView; every browser has.
  element.scrollIntoView?.({ block: 'start' });
}

/**
 * The ref of an outcome (an error summary, a duplicate warning, a confirmation): each time `trigger` takes a new
 * truthy value, the element it is attached to takes the focus and is scrolled into view, so that what a submit
 * produced is where the user is looking, and screen readers read it.
 */
export function useFocusOnAppear<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (trigger) bringIntoView(ref.current);
  }, [trigger]);
  return ref;
}
