import { useId } from 'react';
import type { CaseFileStatistics } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { CASE_FILE_STATES, countScale, monthColumns, monthLabel, STATE_COLOURS, statesShown } from '../chart-data';

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 44;

/**
 * The files opened each month, one bar per month stacked by the state they are in today. The SVG is
 * one image for assistive technologies (role="img" with a title and a description); the legend
 * names the colours, and the table under it gives every figure.
 */
export function MonthlyChart({ statistics }: { statistics: CaseFileStatistics }) {
  const { t, language } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const columns = monthColumns(statistics);
  const shown = statesShown(columns);
  const opened = columns.reduce((sum, column) => sum + column.total, 0);
  const busiest = columns.reduce<(typeof columns)[number] | undefined>(
    (best, column) => (column.total > (best?.total ?? 0) ? column : best),
    undefined,
  );
  const { top, ticks } = countScale(busiest?.total ?? 0);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(1, columns.length);
  const barWidth = Math.min(40, slot * 0.7);
  const labelEvery = Math.ceil(columns.length / 12);
  const y = (count: number) => TOP + plotHeight - (count / top) * plotHeight;
  const first = columns[0]?.month ?? '';
  const last = columns[columns.length - 1]?.month ?? '';

  return (
    <figure className="monthly-chart">
      <svg
        className="monthly-chart__svg"
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{t('statistics.chart.title')}</title>
        <desc id={descriptionId}>
          {busiest
            ? t('statistics.chart.description', {
                from: monthLabel(first, language),
                to: monthLabel(last, language),
                count: opened,
                busiest: monthLabel(busiest.month, language),
                busiestCount: busiest.total,
              })
            : t('statistics.chart.descriptionEmpty', {
                from: monthLabel(first, language),
                to: monthLabel(last, language),
              })}
        </desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(tick)}
              y2={y(tick)}
              className={tick === 0 ? 'monthly-chart__axis' : 'monthly-chart__grid'}
            />
            <text x={LEFT - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="monthly-chart__tick">
              {tick}
            </text>
          </g>
        ))}
        {columns.map((column, index) => {
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          return (
            <g key={column.month}>
              {column.segments.map((segment) => (
                <rect
                  key={segment.state}
                  x={x}
                  width={barWidth}
                  y={y(segment.to)}
                  height={y(segment.from) - y(segment.to)}
                  fill={STATE_COLOURS[segment.state]}
                  className="monthly-chart__segment"
                  data-state={segment.state}
                >
                  <title>
                    {t('statistics.chart.segment', {
                      month: monthLabel(column.month, language),
                      state: t(`caseFile.states.${segment.state}`),
                      count: segment.count,
                    })}
                  </title>
                </rect>
              ))}
              {column.total > 0 && (
                <text x={x + barWidth / 2} y={y(column.total) - 4} textAnchor="middle" className="monthly-chart__total">
                  {column.total}
                </text>
              )}
              {index % labelEvery === 0 && (
                <text
                  x={x + barWidth / 2}
                  y={HEIGHT - BOTTOM + 18}
                  textAnchor="middle"
                  className="monthly-chart__month"
                >
                  {monthLabel(column.month, language, 'short')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {shown.length > 0 && (
        <figcaption>
          <ul className="monthly-chart__legend" aria-label={t('statistics.chart.legend')}>
            {shown.map((state) => (
              <li key={state}>
                <span
                  className="monthly-chart__swatch"
                  style={{ background: STATE_COLOURS[state] }}
                  aria-hidden="true"
                />
                {t(`caseFile.states.${state}`)}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
      <MonthlyTable statistics={statistics} />
    </figure>
  );
}

/** The chart's figures as a table, behind a disclosure: every month and every state. */
export function MonthlyTable({ statistics }: { statistics: CaseFileStatistics }) {
  const { t, language } = useTranslation();
  const captionId = useId();
  const columns = monthColumns(statistics);
  return (
    <details className="monthly-chart__details">
      <summary>{t('statistics.table.show')}</summary>
      <div className="monthly-chart__table-wrapper" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table monthly-chart__table">
          <caption id={captionId}>{t('statistics.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.table.month')}</th>
              {CASE_FILE_STATES.map((state) => (
                <th scope="col" key={state}>
                  {t(`caseFile.states.${state}`)}
                </th>
              ))}
              <th scope="col">{t('statistics.table.total')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.month}>
                <th scope="row">{monthLabel(column.month, language)}</th>
                {column.counts.map(({ state, count }) => (
                  <td key={state}>{count}</td>
                ))}
                <td>{column.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
