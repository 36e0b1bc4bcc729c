import { Button } from '@/components';

export interface ActivitySectionProps {
  id: string;
  title: string;
  /** What (de)activating does, for the current state. */
  intro: string;
  action: string;
  busy: boolean;
  onToggle: () => void;
}

/** Deactivating or reactivating an account or an operator: a section of its own, after the form. */
export function ActivitySection({ id, title, intro, action, busy, onToggle }: ActivitySectionProps) {
  return (
    <section aria-labelledby={id} className="form-section">
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      <Button variant="secondary" busy={busy} onClick={onToggle}>
        {action}
      </Button>
    </section>
  );
}
