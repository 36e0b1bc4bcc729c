import { type ReactNode, type TextareaHTMLAttributes } from 'react';
import { type ProblemIssue } from '@/lib/api';
import { FieldFrame, useFieldState } from './field-frame';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'> {
  name: string;
  label: ReactNode;
  issues?: readonly ProblemIssue[];
}

/** A labelled multi-line text that shows, next to it, the problem issues about its field. */
export function TextAreaField({ name, label, issues, id, ...rest }: TextAreaFieldProps) {
  const field = useFieldState(name, issues, id);
  return (
    <FieldFrame field={field} label={label}>
      <textarea rows={3} {...rest} id={field.id} name={name} className="form-field__input" {...field.controlProps} />
    </FieldFrame>
  );
}
