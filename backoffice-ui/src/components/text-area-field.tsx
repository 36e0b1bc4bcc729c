import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { issuesFor, type ProblemIssue } from '@/lib/api';
import './form-field.css';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'> {
  name: string;
  label: ReactNode;
  issues?: readonly ProblemIssue[];
}

/** A labelled multi-line text that shows, next to it, the problem issues about its field. */
export function TextAreaField({ name, label, issues, id: givenId, ...rest }: TextAreaFieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const errorId = `${id}-error`;
  const messages = issuesFor(issues, name);
  const invalid = messages.length > 0;
  return (
    <div className={['form-field', invalid && 'form-field--invalid'].filter(Boolean).join(' ')}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {invalid && (
        <p className="form-field__error" id={errorId}>
          {messages.map((message) => (
            <span key={message} className="form-field__error-line">
              {message}
            </span>
          ))}
        </p>
      )}
      <textarea
        rows={3}
        {...rest}
        id={id}
        name={name}
        className="form-field__input"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
    </div>
  );
}
