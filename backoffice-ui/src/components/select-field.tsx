import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import { issuesFor, type ProblemIssue } from '@/lib/api';
import './form-field.css';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'> {
  /** The request property this list fills; a problem issue whose `field` equals it is shown here. */
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** A first, empty choice ("—") for an optional field. */
  placeholder?: string;
  issues?: readonly ProblemIssue[];
}

/** A labelled drop-down list that shows, next to it, the problem issues about its field. */
export function SelectField({ name, label, options, placeholder, issues, id: givenId, ...rest }: SelectFieldProps) {
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
      <select
        {...rest}
        id={id}
        name={name}
        className="form-field__input"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
