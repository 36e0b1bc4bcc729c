import type { TransmissionStatus } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import './transmission-status-badge.css';

export interface TransmissionStatusBadgeProps {
  status: TransmissionStatus | undefined;
}

/** Where a copy of an attestation stands for its commune or CPAS, in words: pending, downloaded, acknowledged. */
export function TransmissionStatusBadge({ status }: TransmissionStatusBadgeProps) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <span className={`transmission-status transmission-status--${status.toLowerCase()}`} data-status={status}>
      {t(`attestation.copyStatus.${status}`)}
    </span>
  );
}
