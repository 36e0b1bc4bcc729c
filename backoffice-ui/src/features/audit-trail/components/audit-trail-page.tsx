import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadStatus, Pager } from '@/components';
import type { AuditEvent } from '@/lib/api/types';
import { useCommuneName } from '@/features/reference';
import { LOCALES, useTranslation, type Language } from '@/lib/i18n';
import { roleLabel } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAuditTrail } from '../api/get-audit-trail';
import { resourceKind } from '../resource-kind';
import './audit-trail.css';

const PAGE_SIZE = 25;

/** An instant of the API written out in the language, in Belgian time: "23 nov. 2026, 16:05:12". */
export function formatInstant(instant: string, language: Language): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Europe/Brussels',
  }).format(date);
}

/** Where from: the CRI or the operator by its code, a commune or a CPAS by its commune's name, never its INS code alone. */
function Tenant({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const byCommune = event.role === 'COMMUNE_CLIENT' || event.role === 'CPAS_CLIENT';
  const commune = useCommuneName(byCommune ? event.tenant : null);
  if (!event.tenant) return <>{t('auditTrail.noTenant')}</>;
  return <>{byCommune ? commune : event.tenant}</>;
}

function AuditTrailRow({ event }: { event: AuditEvent }) {
  const { t, language } = useTranslation();
  return (
    <tr>
      <th scope="row">
        {event.occurredAt ? <time dateTime={event.occurredAt}>{formatInstant(event.occurredAt, language)}</time> : ''}
      </th>
      <td>
        <span className="audit-trail__actor">{event.actor}</span>
        <br />
        <span className="audit-trail__muted">{roleLabel(event.role, t)}</span>
      </td>
      <td>{event.action ? t(`auditTrail.actions.${event.action}`) : ''}</td>
      <td>
        {/* What was done as a sentence ("a consulté le dossier"), never the endpoint (`GET /caseFiles/{id}`). */}
        {event.action
          ? t(`auditTrail.sentence.${event.action}`, {
              object: t(`auditTrail.objects.${resourceKind(event.endpoint)}`),
            })
          : t(`auditTrail.resources.${resourceKind(event.endpoint)}`)}
      </td>
      <td>
        <Tenant event={event} />
      </td>
    </tr>
  );
}

export interface AuditTrailPageProps {
  /** CRI staff go back to the person's record; an administrator reads the log of any person, not the record. */
  withPersonLink?: boolean;
}

/** /persons/:id/audit — who read or changed the person's data: when, who with which role, what, from where. */
export function AuditTrailPage({ withPersonLink = true }: AuditTrailPageProps) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useAuditTrail(id, page, PAGE_SIZE);
  useDocumentTitle(t('auditTrail.pageTitle'));
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="page audit-trail">
      {withPersonLink && (
        <p>
          <Link to={`/persons/${id}`}>{t('auditTrail.back')}</Link>
        </p>
      )}
      <h1>{t('auditTrail.title')}</h1>
      <p>{t('auditTrail.intro')}</p>
      <LoadStatus isPending={isPending} error={error} />
      {data && (
        <>
          <p role="status">{total > 0 ? t('auditTrail.count', { count: total }) : t('auditTrail.empty')}</p>
          {total > 0 && (
            <div
              className="audit-trail__table-wrapper"
              role="region"
              aria-labelledby="audit-trail-caption"
              tabIndex={0}
            >
              <table className="data-table">
                <caption id="audit-trail-caption" className="visually-hidden">
                  {t('auditTrail.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('auditTrail.columns.when')}</th>
                    <th scope="col">{t('auditTrail.columns.who')}</th>
                    <th scope="col">{t('auditTrail.columns.action')}</th>
                    <th scope="col">{t('auditTrail.columns.resource')}</th>
                    <th scope="col">{t('auditTrail.columns.tenant')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(data.items ?? []).map((event) => (
                    <AuditTrailRow key={event.id} event={event} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={page} pages={pages} onPage={setPage} />
        </>
      )}
    </div>
  );
}
