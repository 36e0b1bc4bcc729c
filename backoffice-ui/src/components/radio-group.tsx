import { useId, type ReactNode } from 'react';
import { issuesFor, type ProblemIssue } from '@/lib/api';
import './radio-group.css';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  /** The request property this group fills; issues whose `field` equals it are shown here. */
  name: string;
  legend: ReactNode;
  options: readonly RadioOption<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  issues?: readonly ProblemIssue[];
  /** The id of the first radio, for an error summary's link. */
  firstOptionId?: string;
}

/** A question with exclusive answers: a fieldset whose legend is the question, large touch targets. */
export function RadioGroup<V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  issues,
  firstOptionId,
}: RadioGroupProps<V>) {
  const id = useId();
  const errorId = `${id}-error`;
  const messages = issuesFor(issues, name);
  const invalid = messages.length > 0;
  return (
    <fieldset
      className={['radio-group', invalid && 'radio-group--invalid'].filter(Boolean).join(' ')}
      aria-describedby={invalid ? errorId : undefined}
    >
      <legend className="radio-group__legend">{legend}</legend>
      {invalid && (
        <p className="radio-group__error" id={errorId}>
          {messages.map((message) => (
            <span key={message} className="radio-group__error-line">
              {message}
            </span>
          ))}
        </p>
      )}
      <div className="radio-group__options">
        {options.map((option, index) => {
          const optionId = index === 0 && firstOptionId ? firstOptionId : `${id}-${option.value}`;
          return (
            <div key={option.value} className="radio-group__option">
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                className="radio-group__input"
              />
              <label htmlFor={optionId} className="radio-group__label">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
