import type { TransmissionStatus } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import './deadline-badge.css';

/** The look of a deadline's badge with the same meaning: waiting, under way, done. */
const LOOK: Record<TransmissionStatus, string> = {
  PENDING: 'deadline-badge--due-soon',
  FETCHED: 'deadline-badge--on-time',
  ACKNOWLEDGED: 'deadline-badge--done',
};

export interface TransmissionStatusBadgeProps {
  status: TransmissionStatus | undefined;
}

/** Where a copy of an attestation stands for its commune or CPAS, in words: pending, downloaded, acknowledged. */
export function TransmissionStatusBadge({ status }: TransmissionStatusBadgeProps) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <span className={`deadline-badge ${LOOK[status]}`} data-status={status}>
      {t(`attestation.copyStatus.${status}`)}
    </span>
  );
}
