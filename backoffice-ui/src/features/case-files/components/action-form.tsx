import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, ProblemAlert } from '@/components';
import { useTranslation } from '@/lib/i18n';

export interface ActionFormProps {
  /** The summary line that opens the form. */
  title: string;
  submitLabel: string;
  /** The state of the mutation the form sends. */
  isPending: boolean;
  error: unknown;
  /** The fields the form shows issues next to; other issues are listed above it. */
  fields?: readonly string[];
  onSubmit: (done: () => void) => void;
  children?: ReactNode;
  open?: boolean;
}

/**
 * One action on the file, folded under its title: the form, what went wrong (a 412 says the file
 * was reloaded; a 409 gives the problem's detail) and a confirmation once it is recorded.
 */
export function ActionForm({
  title,
  submitLabel,
  isPending,
  error,
  fields,
  onSubmit,
  children,
  open,
}: ActionFormProps) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const handle = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    onSubmit(() => setDone(true));
  };
  return (
    <details className="action" open={open}>
      <summary className="action__summary">{title}</summary>
      <form className="action__form" onSubmit={handle} noValidate>
        {error ? <ProblemAlert error={error} fields={fields ?? []} /> : null}
        {done && !error && <Alert variant="success">{t('caseFile.actions.recorded')}</Alert>}
        {children}
        <Button type="submit" busy={isPending} busyLabel={t('caseFile.actions.sending')}>
          {submitLabel}
        </Button>
      </form>
    </details>
  );
}

/** Today as the API writes a day (the default of the date fields). */
export { today } from '@/lib/i18n';
