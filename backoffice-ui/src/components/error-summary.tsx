import { useId, useLayoutEffect, useState, type MouseEvent, type ReactNode } from 'react';
import type { ProblemIssue } from '@/lib/api';
import { bringIntoView, useFocusOnAppear } from './use-focus-on-appear';
import './error-summary.css';

export interface ErrorSummaryProps {
  title: string;
  issues: readonly ProblemIssue[];
  /** The id of the control an issue's link leads to; by default the control named like the field in the form. */
  targets?: Readonly<Record<string, string>>;
  /** What to say before the list: the refusal's detail. */
  children?: ReactNode;
  /**
   * A new value (a new error, a new submit) each time the outcome is new: the summary takes the focus again. By
   * default the issues' words, so that a render with the same issues leaves the focus where the user put it.
   */
  focusKey?: unknown;
}

/** The control an issue is about and the words of its label. */
interface Target {
  control: HTMLElement;
  label: string;
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}

/** Where a summary's fields are: the form it is in, or the first form after it in its section, or its section. */
function scopeOf(summary: HTMLElement): ParentNode {
  const form = summary.closest('form');
  if (form) return form;
  for (let next = summary.nextElementSibling; next; next = next.nextElementSibling) {
    if (next instanceof HTMLFormElement) return next;
    const inner = next.querySelector('form');
    if (inner) return inner;
  }
  return summary.parentElement ?? document;
}

function labelOf(control: HTMLElement): string {
  const group = control.closest('fieldset');
  const isChoice = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');
  if (
    isChoice &&
    group?.querySelector('legend') &&
    group.querySelectorAll(`[name="${cssEscape(control.getAttribute('name') ?? '')}"]`).length > 1
  ) {
    return group.querySelector('legend')?.textContent?.trim() ?? '';
  }
  const label = (control as HTMLInputElement).labels?.[0]?.textContent ?? control.getAttribute('aria-label');
  return label?.trim() ?? '';
}

function findTarget(summary: HTMLElement, field: string, targets?: Readonly<Record<string, string>>): Target | null {
  const byId = targets?.[field] ? document.getElementById(targets[field]) : null;
  const control = byId ?? (scopeOf(summary).querySelector(`[name="${cssEscape(field)}"]`) as HTMLElement | null);
  return control ? { control, label: labelOf(control) } : null;
}

/**
 * The outcome of a refused submit, above its form: a title, what the server said, and each issue as a link that
 * focuses its field ("Date de naissance : obligatoire"). Takes the focus and scrolls into view when it appears, so that
 * keyboard, screen-reader and mouse users all land on it. An issue about no field of the form is listed as text; a
 * field's request name is never shown.
 */
export function ErrorSummary({ title, issues, targets, children, focusKey }: ErrorSummaryProps) {
  const shown = issues.length > 0 || Boolean(children);
  const signature = issues.map((issue) => `${issue.field ?? ''}:${issue.message}`).join('\n');
  const ref = useFocusOnAppear<HTMLDivElement>(shown ? (focusKey ?? (signature || true)) : null);
  const targetsKey = JSON.stringify(targets ?? {});
  const [found, setFound] = useState<(Target | null)[]>([]);
  const titleId = useId();
  useLayoutEffect(() => {
    const summary = ref.current;
    setFound(summary ? issues.map((issue) => (issue.field ? findTarget(summary, issue.field, targets) : null)) : []);
    // The issues' words decide, not the identity of an array rebuilt at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, targetsKey, ref]);
  if (!shown) return null;
  const go = (target: Target) => (event: MouseEvent) => {
    event.preventDefault();
    bringIntoView(target.control);
  };
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 className="error-summary__title" id={titleId}>
        {title}
      </h2>
      {children}
      {issues.length > 0 && (
        <ul className="error-summary__list">
          {issues.map((issue, index) => {
            const target = found[index];
            const text = target?.label ? `${target.label} : ${issue.message}` : issue.message;
            return (
              <li key={`${issue.field ?? ''}:${issue.message}`}>
                {target ? (
                  <a href={target.control.id ? `#${target.control.id}` : '#'} onClick={go(target)}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
