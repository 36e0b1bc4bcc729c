import type { DeadlineState } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import './deadline-badge.css';

export interface DeadlineBadgeProps {
  state: DeadlineState | undefined;
  /** Days until the deadline (negative once passed); said for DUE_SOON and OVERDUE. */
  daysLeft?: number;
}

/** The state of a deadline in words (never by colour alone): on time, due soon, overdue, done. */
export function DeadlineBadge({ state, daysLeft }: DeadlineBadgeProps) {
  const { t } = useTranslation();
  if (!state) return null;
  let text = t(`deadlines.state.${state}`);
  if (state === 'DUE_SOON' && daysLeft !== undefined) text = t('deadlines.dueIn', { state: text, days: daysLeft });
  if (state === 'OVERDUE' && daysLeft !== undefined) text = t('deadlines.lateBy', { state: text, days: -daysLeft });
  return <span className={`deadline-badge deadline-badge--${state.toLowerCase().replace('_', '-')}`}>{text}</span>;
}
