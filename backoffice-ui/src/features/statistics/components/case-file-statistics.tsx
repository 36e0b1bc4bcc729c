import { useState } from 'react';
import { Link } from 'react-router';
import { LoadStatus, SelectField } from '@/components';
import type { CaseFileStatistics as Statistics } from '@/lib/api/types';
import { formatDate, useTranslation } from '@/lib/i18n';
import { useCaseFileStatistics } from '../api/get-case-file-statistics';
import { useCris } from '../api/get-cris';
import { everyState } from '../chart-data';
import { MonthlyChart } from './monthly-chart';
import '../statistics.css';

const PERIODS = [12, 24, 36] as const;

/** The files of today by state, compact; for CRI staff each count leads to the list of those files. */
export function StateCounts({ statistics, withQueueLinks }: { statistics: Statistics; withQueueLinks: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="state-counts" aria-labelledby="state-counts-title">
      {everyState(statistics.byState).map(({ state, count }) => {
        const content = (
          <>
            <span className="state-counts__count">{count}</span>{' '}
            <span className="state-counts__name">{t(`caseFile.states.${state}`)}</span>
          </>
        );
        return (
          <li key={state} className="state-counts__item" data-state={state}>
            {withQueueLinks ? (
              <Link to={`/case-files?state=${state}`} className="state-counts__link">
                {content}
              </Link>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}

export interface CaseFileStatisticsProps {
  /** Region analysts choose a CRI or the whole Region; CRI staff see their own CRI. */
  regional?: boolean;
}

/** The home's figures: files by state today, and a chart of the files opened by month by their state today. */
export function CaseFileStatisticsSection({ regional = false }: CaseFileStatisticsProps) {
  const { t, language } = useTranslation();
  const [months, setMonths] = useState<number>(12);
  const [cri, setCri] = useState('');
  const { data, error, isPending } = useCaseFileStatistics({ months, cri: regional && cri ? cri : undefined });
  const cris = useCris(regional);

  return (
    <section className="statistics" aria-labelledby="state-counts-title">
      <h2 id="state-counts-title">{t('statistics.title')}</h2>
      <div className="statistics__filters">
        {regional && (
          <SelectField
            name="cri"
            label={t('statistics.filters.cri')}
            placeholder={t('statistics.filters.wholeRegion')}
            value={cri}
            onChange={(event) => setCri(event.target.value)}
            options={(cris.data ?? []).map((one) => ({
              value: one.code ?? '',
              label: `${one.code} — ${one.name ?? ''}`,
            }))}
          />
        )}
        <SelectField
          name="months"
          label={t('statistics.filters.period')}
          value={String(months)}
          onChange={(event) => setMonths(Number(event.target.value))}
          options={PERIODS.map((count) => ({
            value: String(count),
            label: t('statistics.filters.lastMonths', { count }),
          }))}
        />
      </div>
      <LoadStatus isPending={isPending} error={error} />
      {data && (
        <>
          <p className="statistics__summary">
            {t(data.cri ? 'statistics.totalOfCri' : 'statistics.totalOfRegion', {
              count: data.total ?? 0,
              cri: data.cri ?? '',
              date: data.asOf ? formatDate(data.asOf, language) : '',
            })}
          </p>
          <StateCounts statistics={data} withQueueLinks={!regional} />
          <h3>{t('statistics.chart.heading')}</h3>
          <p className="statistics__hint">{t('statistics.chart.hint')}</p>
          <MonthlyChart statistics={data} />
        </>
      )}
    </section>
  );
}
