import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { CaseFileStatistics } from '@/lib/api/types';

export interface StatisticsQuery {
  /** How many months the chart covers, this one included (the API allows 1 to 36). */
  months: number;
  /** Region analysts: one CRI, or undefined for the whole Region. CRI staff always get their own CRI. */
  cri?: string;
}

/** "2026-11" for a day, in the calendar of the browser. */
export function monthOf(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}`;
}

/** The query string of GET /statistics/caseFiles: the last `months` months up to `today`'s. */
export function statisticsSearch({ months, cri }: StatisticsQuery, today: Date = new Date()): string {
  const first = new Date(today.getFullYear(), today.getMonth() - (months - 1), 1);
  const query = new URLSearchParams({ from: monthOf(first), to: monthOf(today) });
  if (cri) query.set('cri', cri);
  return query.toString();
}

export function getCaseFileStatistics(query: StatisticsQuery, signal?: AbortSignal) {
  return api.get<CaseFileStatistics>(`/statistics/caseFiles?${statisticsSearch(query)}`, { signal });
}

/** The case files counted by state today and opened by month (GET /api/v1/statistics/caseFiles). */
export function useCaseFileStatistics(query: StatisticsQuery) {
  return useQuery({
    queryKey: ['statistics', 'caseFiles', query.cri ?? '', query.months] as const,
    queryFn: ({ signal }) => getCaseFileStatistics(query, signal),
  });
}
