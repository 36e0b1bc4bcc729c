import { type ReactNode, type SelectHTMLAttributes } from 'react';
import { type ProblemIssue } from '@/lib/api';
import { FieldFrame, useFieldState } from './field-frame';

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
export function SelectField({ name, label, options, placeholder, issues, id, ...rest }: SelectFieldProps) {
  const field = useFieldState(name, issues, id);
  return (
    <FieldFrame field={field} label={label}>
      <select {...rest} id={field.id} name={name} className="form-field__input" {...field.controlProps}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
