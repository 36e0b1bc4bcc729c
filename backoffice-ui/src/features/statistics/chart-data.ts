import type { CaseFileState, CaseFileStatistics } from '@/lib/api/types';
import { CASE_FILE_STATES } from '@/lib/case-file-states';
import { LOCALES, type Language } from '@/lib/i18n';

export { CASE_FILE_STATES };

/**
 * The colour of each state in the chart and its legend. Each reaches at least 4.5:1 on white
 * (WCAG 1.4.11 asks 3:1 of graphics), and neighbours in a bar are also told apart by a white gap;
 * the table under the chart gives every figure without colour.
 */
export const STATE_COLOURS: Record<CaseFileState, string> = {
  OPENED: '#0b4f8a',
  RECEPTION: '#1d6b32',
  CONVENTION_SIGNED: '#8a5a00',
  IN_PROGRESS: '#6a3d9a',
  COMPLETED: '#00727a',
  ATTESTATION_ISSUED: '#9d1c20',
  SUSPENDED: '#c2185b',
  TRANSFERRED: '#5b6770',
  CLOSED: '#1b1b1b',
};

export interface StateCount {
  state: CaseFileState;
  count: number;
}

/** One part of a month's bar: a state's files, stacked from `from` to `to` (counts, not pixels). */
export interface BarSegment extends StateCount {
  from: number;
  to: number;
}

/** One month of the chart: its files by state (every state, zeros included) and its stacked bar. */
export interface MonthColumn {
  month: string;
  total: number;
  counts: StateCount[];
  /** The states with files that month, bottom first. */
  segments: BarSegment[];
}

/** Every state in the state machine's order, a state the answer leaves out counted 0. */
export function everyState(byState: readonly { state?: CaseFileState; count?: number }[] | undefined): StateCount[] {
  return CASE_FILE_STATES.map((state) => ({
    state,
    count: byState?.find((entry) => entry.state === state)?.count ?? 0,
  }));
}

/** The months of the answer, oldest first, each with its stacked bar. */
export function monthColumns(statistics: CaseFileStatistics): MonthColumn[] {
  return (statistics.months ?? []).map((month) => {
    const counts = everyState(month.byState);
    let base = 0;
    const segments: BarSegment[] = [];
    for (const { state, count } of counts) {
      if (count > 0) {
        segments.push({ state, count, from: base, to: base + count });
        base += count;
      }
    }
    return { month: month.month ?? '', total: base, counts, segments };
  });
}

/** The states with at least one file in one of the months: the chart's legend. */
export function statesShown(columns: readonly MonthColumn[]): CaseFileState[] {
  return CASE_FILE_STATES.filter((state) =>
    columns.some((column) => column.counts.some((c) => c.state === state && c.count > 0)),
  );
}

/** The vertical scale: a round top at or above `max`, and its ticks (whole numbers, at most `ticks` + 1). */
export function countScale(max: number, ticks = 4): { top: number; ticks: number[] } {
  if (max <= 0) return { top: ticks, ticks: Array.from({ length: ticks + 1 }, (_, i) => i) };
  const rough = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? magnitude * 10,
  );
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

/** "2026-03" written out: "mars 2026" (long) or "mars 26" (short, under a bar). */
export function monthLabel(month: string, language: Language, style: 'long' | 'short' = 'long'): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return new Intl.DateTimeFormat(LOCALES[language], {
    month: style === 'long' ? 'long' : 'short',
    year: style === 'long' ? 'numeric' : '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}
