import { type InputHTMLAttributes, type ReactNode } from 'react';
import { type ProblemIssue } from '@/lib/api';
import { FieldFrame, useFieldState } from './field-frame';

export interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  /** The request property this input fills; a problem issue whose `field` equals it is shown here. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The `issues` of the last problem answer (or of local checks); only this field's are shown. */
  issues?: readonly ProblemIssue[];
}

/** A labelled input that shows, next to it, the problem issues about its field. */
export function FormField({ name, label, hint, issues, className, id, ...inputProps }: FormFieldProps) {
  // An explicit id lets an error summary link to the input.
  const field = useFieldState(name, issues, id, Boolean(hint));
  return (
    <FieldFrame field={field} label={label} hint={hint} className={className}>
      <input {...inputProps} id={field.id} name={name} className="form-field__input" {...field.controlProps} />
    </FieldFrame>
  );
}
