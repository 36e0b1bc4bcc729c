import { useEffect, useRef } from 'react';
import type { ProblemIssue } from '@/lib/api';
import './error-summary.css';

export interface ErrorSummaryProps {
  title: string;
  issues: readonly ProblemIssue[];
  /** The id of the control each field's link leads to. */
  targets: Readonly<Record<string, string>>;
}

/**
 * The errors of a form, above it, each a link to its field. Takes the focus when it appears, so
 * that keyboard and screen-reader users land on it after a failed submission.
 */
export function ErrorSummary({ title, issues, targets }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (issues.length > 0) ref.current?.focus();
  }, [issues]);
  if (issues.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {issues.map((issue) => {
          const target = issue.field ? targets[issue.field] : undefined;
          return (
            <li key={`${issue.field ?? ''}:${issue.message}`}>
              {target ? <a href={`#${target}`}>{issue.message}</a> : issue.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
