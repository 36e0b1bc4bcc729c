import { useId, type ReactNode } from 'react';
import { issuesFor, type ProblemIssue } from '@/lib/api';
import './form-field.css';

/** The ids and the problem messages of one field, and the attributes its control needs to announce them. */
export interface FieldState {
  id: string;
  labelId: string;
  hintId: string;
  errorId: string;
  messages: string[];
  invalid: boolean;
  /** `aria-invalid` and `aria-describedby` for the control. */
  controlProps: { 'aria-invalid'?: true; 'aria-describedby'?: string };
}

/**
 * The state of the field `name`: an explicit id (so that an error summary can link to the control) or a generated one,
 * and the messages of the problem issues about that field.
 */
export function useFieldState(
  name: string,
  issues: readonly ProblemIssue[] | undefined,
  givenId?: string,
  hasHint = false,
): FieldState {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const messages = issuesFor(issues, name);
  const invalid = messages.length > 0;
  const describedBy = [hasHint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ');
  return {
    id,
    labelId,
    hintId,
    errorId,
    messages,
    invalid,
    controlProps: { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined },
  };
}

export interface FieldFrameProps {
  field: FieldState;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
  /** The control: an input, a select, a text area. */
  children: ReactNode;
}

/** A field's label, hint and problem messages around its control: the one layout every form field shares. */
export function FieldFrame({ field, label, hint, className, children }: FieldFrameProps) {
  return (
    <div className={['form-field', field.invalid && 'form-field--invalid', className].filter(Boolean).join(' ')}>
      <label className="form-field__label" htmlFor={field.id} id={field.labelId}>
        {label}
      </label>
      {hint && (
        <p className="form-field__hint" id={field.hintId}>
          {hint}
        </p>
      )}
      {field.invalid && (
        <p className="form-field__error" id={field.errorId}>
          {field.messages.map((message) => (
            <span key={message} className="form-field__error-line">
              {message}
            </span>
          ))}
        </p>
      )}
      {children}
    </div>
  );
}
