import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { issuesFor, type ProblemIssue } from '@/lib/api';
import './form-field.css';

export interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  /** The request property this input fills; a problem issue whose `field` equals it is shown here. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The `issues` of the last problem answer (or of local checks); only this field's are shown. */
  issues?: readonly ProblemIssue[];
}

/** A labelled input that shows, next to it, the problem issues about its field. */
export function FormField({ name, label, hint, issues, className, id: givenId, ...inputProps }: FormFieldProps) {
  const generatedId = useId();
  // An explicit id lets an error summary link to the input.
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const messages = issuesFor(issues, name);
  const invalid = messages.length > 0;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className={['form-field', invalid && 'form-field--invalid', className].filter(Boolean).join(' ')}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="form-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {invalid && (
        <p className="form-field__error" id={errorId}>
          {messages.map((message) => (
            <span key={message} className="form-field__error-line">
              {message}
            </span>
          ))}
        </p>
      )}
      <input
        {...inputProps}
        id={id}
        name={name}
        className="form-field__input"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}
