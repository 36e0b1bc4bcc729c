import { DeadlineBadge } from '@/components';
import type { Due } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';

/** A deadline in one line: what, when, and its state in words. */
export function NextDue({ due }: { due: Due | null | undefined }) {
  const { t, language } = useTranslation();
  if (!due?.dueOn) return <span>{t('deadlines.none')}</span>;
  return (
    <span className="next-due">
      {due.kind ? `${t(`deadlines.kind.${due.kind}`)} · ` : ''}
      {formatDate(due.dueOn, language)} <DeadlineBadge state={due.state} daysLeft={due.daysLeft} />
    </span>
  );
}
