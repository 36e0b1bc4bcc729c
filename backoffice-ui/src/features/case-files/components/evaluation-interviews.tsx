import { errorMessage } from '@/lib/api';
import type { Due } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useEvaluationInterviews } from '../api/get-evaluation-interviews';

/**
 * The evaluation interviews held, the latest first (who held each and its notes), and when the next one is due (six
 * months after the last, as the file's deadlines say).
 */
export function EvaluationInterviews({ id, deadlines }: { id: string; deadlines: readonly Due[] }) {
  const { t, language } = useTranslation();
  const { data, error } = useEvaluationInterviews(id);
  const next = deadlines.find((due) => due.kind === 'EVALUATION_INTERVIEW' && !due.doneOn);
  const interviews = [...(data ?? [])].sort((a, b) => (b.heldOn ?? '').localeCompare(a.heldOn ?? ''));
  return (
    <section className="panel" aria-labelledby="interviews-title">
      <h2 id="interviews-title">{t('criScreens.interviews.title')}</h2>
      {next?.dueOn && <p>{t('criScreens.interviews.nextDue', { date: formatDate(next.dueOn, language) })}</p>}
      {error && <p>{errorMessage(error, t)}</p>}
      {data && interviews.length === 0 && <p>{t('criScreens.interviews.none')}</p>}
      {interviews.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('criScreens.interviews.heldOn')}</th>
              <th scope="col">{t('criScreens.interviews.by')}</th>
              <th scope="col">{t('criScreens.interviews.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {interviews.map((interview) => (
              <tr key={interview.id}>
                <th scope="row">{interview.heldOn ? formatDate(interview.heldOn, language) : ''}</th>
                <td>{interview.conductedBy}</td>
                <td>{interview.notes || <span className="muted">{t('criScreens.interviews.noNotes')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
