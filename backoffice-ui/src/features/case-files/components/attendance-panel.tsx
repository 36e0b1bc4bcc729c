import { errorMessage } from '@/lib/api';
import type { AttendanceEntry, Axis } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useAttendance } from '../api/get-attendance';
import { useEnrolments } from '../api/get-enrolments';

const AXES: readonly Axis[] = ['CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL', 'RECEPTION'];

function AxisEntries({
  axis,
  entries,
  operatorNames,
}: {
  axis: Axis;
  entries: readonly AttendanceEntry[];
  operatorNames: ReadonlyMap<string, string>;
}) {
  const { t, language } = useTranslation();
  const total = entries.reduce((sum, entry) => sum + (entry.hours ?? 0), 0);
  const hours = (value: number) => value.toLocaleString(language, { maximumFractionDigits: 2 });
  const axisName = t(`caseFile.axes.${axis}`);
  return (
    <div className="attendance-axis" data-testid={`attendance-${axis}`}>
      <p className="attendance-axis__total">
        <strong>{t('criScreens.attendance.axisTotal', { axis: axisName, hours: hours(total) })}</strong>
      </p>
      {/* The sessions one click away: a file at its end holds hundreds of lines. */}
      <details className="attendance-axis__sessions">
        <summary>{t('caseFile.attendanceLines', { count: entries.length, axis: axisName })}</summary>
        <table className="data-table">
          <caption className="visually-hidden">
            {t('criScreens.attendance.axisTotal', { axis: axisName, hours: hours(total) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('criScreens.attendance.sessionDate')}</th>
              <th scope="col">{t('criScreens.attendance.hours')}</th>
              <th scope="col">{t('caseFile.fields.operator')}</th>
              <th scope="col">{t('criScreens.attendance.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{entry.sessionDate ? formatDate(entry.sessionDate, language) : ''}</th>
                <td>
                  {entry.hours === undefined
                    ? ''
                    : `${entry.kind === 'CORRECTION' && entry.hours > 0 ? '+' : ''}${hours(entry.hours)}`}
                </td>
                <td>{operatorNames.get(entry.enrolmentId ?? '') ?? entry.operatorCode}</td>
                <td>
                  {entry.kind === 'CORRECTION'
                    ? t('criScreens.attendance.correction', { reason: entry.reason ?? '' })
                    : [entry.note, entry.reference].filter(Boolean).join(' · ')}
                  <span className="muted"> · {entry.recordedBy}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

/**
 * The hours recorded for the file: one total per axis, its sessions and corrections (by session date, with the
 * operator's name) folded under it, and the equivalences that completed an axis: a certificate of French, a work
 * release.
 */
export function AttendancePanel({ id }: { id: string }) {
  const { t, language } = useTranslation();
  const { data, error } = useAttendance(id);
  const enrolments = useEnrolments(id);
  const operatorNames = new Map(
    (enrolments.data ?? []).map((enrolment) => [
      enrolment.id ?? '',
      enrolment.operatorName ?? enrolment.operatorCode ?? '',
    ]),
  );
  const entries = data?.entries ?? [];
  const equivalences = data?.equivalences ?? [];
  const axes = AXES.filter((axis) => entries.some((entry) => entry.axis === axis));
  return (
    <section className="panel" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('criScreens.attendance.title')}</h2>
      {error && <p>{errorMessage(error, t)}</p>}
      {data && entries.length === 0 && <p>{t('criScreens.attendance.none')}</p>}
      {axes.map((axis) => (
        <AxisEntries
          key={axis}
          axis={axis}
          entries={entries.filter((entry) => entry.axis === axis)}
          operatorNames={operatorNames}
        />
      ))}
      {equivalences.length > 0 && (
        <>
          <h3>{t('criScreens.attendance.equivalences')}</h3>
          <ul>
            {equivalences.map((equivalence) => (
              <li key={equivalence.id}>
                {t(`criScreens.attendance.equivalence.${equivalence.kind ?? 'FRENCH_CERTIFICATE'}`, {
                  axis: equivalence.axis ? t(`caseFile.axes.${equivalence.axis}`) : '',
                  date: equivalence.effectiveOn ? formatDate(equivalence.effectiveOn, language) : '',
                  level: (equivalence.level ?? '').replace('_', '-'),
                  issuer: equivalence.issuer ?? '',
                  evidence: equivalence.evidence ?? '',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
