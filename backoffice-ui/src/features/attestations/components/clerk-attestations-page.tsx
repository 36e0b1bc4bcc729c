import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DownloadButton, ProblemAlert, RadioGroup, TransmissionStatusBadge } from '@/components';
import type { RecipientKind, Transmission } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import {
  downloadCopyPdf,
  transmissionKeys,
  useAcknowledgeCopy,
  useCopiesFeed,
  useCopiesToAcknowledge,
} from '../api/transmissions';
import './attestations.css';

type View = 'toAcknowledge' | 'all';

function personName(copy: Transmission): string {
  return `${copy.person?.lastName ?? ''} ${copy.person?.firstNames ?? ''}`.trim();
}

interface CopyTableProps {
  copies: readonly Transmission[];
  caption: string;
  acknowledging: string | undefined;
  onAcknowledge: (copy: Transmission) => void;
}

function CopyTable({ copies, caption, acknowledging, onAcknowledge }: CopyTableProps) {
  const { t, language } = useTranslation();
  const queryClient = useQueryClient();
  const day = (value: string | undefined) => (value ? formatDate(value, language) : '');
  return (
    <table className="data-table clerk-copies">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('clerk.person')}</th>
          <th scope="col">{t('clerk.birthDate')}</th>
          <th scope="col">{t('clerk.number')}</th>
          <th scope="col">{t('clerk.issuedOn')}</th>
          <th scope="col">{t('clerk.cri')}</th>
          <th scope="col">{t('clerk.status')}</th>
          <th scope="col">{t('clerk.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {copies.map((copy) => {
          const number = copy.attestationNumber ?? '';
          return (
            <tr key={copy.id} data-testid="clerk-copy">
              <th scope="row">{personName(copy)}</th>
              <td>{day(copy.person?.birthDate)}</td>
              <td>{number}</td>
              <td>{day(copy.issuedOn)}</td>
              <td>{copy.cri}</td>
              <td>
                <TransmissionStatusBadge status={copy.status} />
                {copy.attestationRevoked && <p className="clerk-copies__revoked">{t('clerk.revoked')}</p>}
              </td>
              <td className="clerk-copies__actions">
                <DownloadButton
                  download={() => downloadCopyPdf(copy.id ?? '')}
                  filename={`${number}.pdf`}
                  busyLabel={t('attestation.downloading')}
                  aria-label={t('attestation.downloadPdfOf', { number })}
                  // The download counts as a fetch: the copy now shows as downloaded.
                  onDownloaded={() => void queryClient.invalidateQueries({ queryKey: transmissionKeys.all })}
                >
                  {t('attestation.downloadPdf')}
                </DownloadButton>
                {copy.status !== 'ACKNOWLEDGED' && (
                  <Button
                    busy={acknowledging === copy.id}
                    busyLabel={t('clerk.acknowledging')}
                    aria-label={t('clerk.acknowledgeOf', { number })}
                    onClick={() => onAcknowledge(copy)}
                  >
                    {t('clerk.acknowledge')}
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function ToAcknowledge(props: Omit<CopyTableProps, 'copies' | 'caption'>) {
  const { t } = useTranslation();
  const { data, error, isPending } = useCopiesToAcknowledge();
  if (isPending) return <p role="status">{t('clerk.loading')}</p>;
  if (!data) return <ProblemAlert error={error} />;
  if (data.items.length === 0) return <p>{t('clerk.noneToAcknowledge')}</p>;
  const count = data.complete ? String(data.items.length) : t('clerk.atLeast', { count: data.items.length });
  return <CopyTable {...props} copies={data.items} caption={t('clerk.captionToAcknowledge', { count })} />;
}

function AllCopies(props: Omit<CopyTableProps, 'copies' | 'caption'>) {
  const { t } = useTranslation();
  const { data, error, isPending, hasNextPage, fetchNextPage, isFetchingNextPage } = useCopiesFeed(true);
  if (isPending) return <p role="status">{t('clerk.loading')}</p>;
  if (!data) return <ProblemAlert error={error} />;
  const copies = data.pages.flatMap((page) => page.items ?? []);
  if (copies.length === 0) return <p>{t('clerk.none')}</p>;
  return (
    <>
      <CopyTable {...props} copies={copies} caption={t('clerk.captionAll')} />
      {hasNextPage && (
        <p>
          <Button
            variant="secondary"
            busy={isFetchingNextPage}
            busyLabel={t('clerk.loading')}
            onClick={() => void fetchNextPage()}
          >
            {t('clerk.more')}
          </Button>
        </p>
      )}
    </>
  );
}

export interface ClerkAttestationsPageProps {
  /** Whose clerk is signed in: the commune or its CPAS (the title says which). */
  recipientKind: RecipientKind | undefined;
}

/**
 * /attestations — the copies of attestations due to the clerk's commune or CPAS: those to acknowledge
 * first (or all of them, in the order they arrived), each with its PDF and its acknowledgement.
 */
export function ClerkAttestationsPage({ recipientKind }: ClerkAttestationsPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('clerk.pageTitle'));
  const [view, setView] = useState<View>('toAcknowledge');
  const acknowledge = useAcknowledgeCopy();
  const [confirmed, setConfirmed] = useState<Transmission | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The acknowledged row may leave the list: the focus goes to the confirmation, not to nowhere.
    if (confirmed) confirmation.current?.focus();
  }, [confirmed]);

  const onAcknowledge = (copy: Transmission) => {
    setConfirmed(null);
    acknowledge.mutate(copy, { onSuccess: () => setConfirmed(copy) });
  };
  const tableProps = {
    acknowledging: acknowledge.isPending ? acknowledge.variables?.id : undefined,
    onAcknowledge,
  };
  return (
    <div className="page clerk">
      <h1>{recipientKind === 'CPAS' ? t('clerk.titleCpas') : t('clerk.titleCommune')}</h1>
      <p>{t('clerk.intro')}</p>
      <RadioGroup<View>
        name="view"
        legend={t('clerk.filter')}
        options={[
          { value: 'toAcknowledge', label: t('clerk.filters.toAcknowledge') },
          { value: 'all', label: t('clerk.filters.all') },
        ]}
        value={view}
        onChange={setView}
      />
      {acknowledge.error ? <ProblemAlert error={acknowledge.error} /> : null}
      {confirmed && (
        <div ref={confirmation} tabIndex={-1} className="clerk__confirmation">
          <Alert variant="success">
            {t('clerk.acknowledged', { number: confirmed.attestationNumber ?? '', name: personName(confirmed) })}
          </Alert>
        </div>
      )}
      {view === 'toAcknowledge' ? <ToAcknowledge {...tableProps} /> : <AllCopies {...tableProps} />}
    </div>
  );
}
