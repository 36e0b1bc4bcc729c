import { describe, expect, it } from 'vitest';
import type { CaseFileStatistics } from '@/lib/api/types';
import { statisticsSearch } from './api/get-case-file-statistics';
import {
  CASE_FILE_STATES,
  countScale,
  everyState,
  monthColumns,
  monthLabel,
  STATE_COLOURS,
  statesShown,
} from './chart-data';

const statistics: CaseFileStatistics = {
  cri: 'CRIPEL',
  from: '2026-09',
  to: '2026-11',
  months: [
    {
      month: '2026-09',
      total: 5,
      byState: [
        { state: 'CLOSED', count: 2 },
        { state: 'OPENED', count: 3 },
      ],
    },
    { month: '2026-10', total: 0, byState: [] },
    {
      month: '2026-11',
      total: 4,
      byState: [
        { state: 'RECEPTION', count: 4 },
        { state: 'IN_PROGRESS', count: 0 },
      ],
    },
  ],
};

/** The relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

describe('the chart of files by month', () => {
  it('counts every state in the order of the state machine, a state left out as zero', () => {
    const counts = everyState([
      { state: 'CLOSED', count: 2 },
      { state: 'OPENED', count: 3 },
    ]);
    expect(counts.map((c) => c.state)).toEqual([...CASE_FILE_STATES]);
    expect(counts[0]).toEqual({ state: 'OPENED', count: 3 });
    expect(counts[8]).toEqual({ state: 'CLOSED', count: 2 });
    expect(counts.filter((c) => c.count === 0)).toHaveLength(7);
  });

  it('stacks each month from the first state up, skipping the states without a file', () => {
    const [september, october, november] = monthColumns(statistics);
    expect(september?.segments).toEqual([
      { state: 'OPENED', count: 3, from: 0, to: 3 },
      { state: 'CLOSED', count: 2, from: 3, to: 5 },
    ]);
    expect(september?.total).toBe(5);
    expect(october).toMatchObject({ month: '2026-10', total: 0, segments: [] });
    expect(october?.counts.every((c) => c.count === 0)).toBe(true);
    expect(november?.segments).toEqual([{ state: 'RECEPTION', count: 4, from: 0, to: 4 }]);
  });

  it('shows in the legend only the states that have a file in one of the months', () => {
    expect(statesShown(monthColumns(statistics))).toEqual(['OPENED', 'RECEPTION', 'CLOSED']);
  });

  it('rounds the scale up to whole, round steps, and draws an empty chart from 0 to 4', () => {
    expect(countScale(0)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
    expect(countScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(countScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countScale(23)).toEqual({ top: 30, ticks: [0, 10, 20, 30] });
    expect(countScale(180)).toEqual({ top: 200, ticks: [0, 50, 100, 150, 200] });
  });

  it('gives every state a colour with at least 4.5:1 contrast on white', () => {
    for (const state of CASE_FILE_STATES) {
      expect(1.05 / (luminance(STATE_COLOURS[state]) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(Object.values(STATE_COLOURS)).size).toBe(CASE_FILE_STATES.length);
  });

  it('names a month in the language, long or short', () => {
    expect(monthLabel('2026-03', 'fr')).toBe('mars 2026');
    expect(monthLabel('2026-03', 'en')).toBe('March 2026');
    expect(monthLabel('2026-03', 'nl', 'short')).toMatch(/^mrt\.? 26$/);
    expect(monthLabel('garbage', 'fr')).toBe('garbage');
  });

  it('asks for the last months up to the current one, and a CRI only when one is chosen', () => {
    const today = new Date(2026, 10, 23);
    expect(statisticsSearch({ months: 12 }, today)).toBe('from=2025-12&to=2026-11');
    expect(statisticsSearch({ months: 36, cri: 'CAI' }, today)).toBe('from=2023-12&to=2026-11&cri=CAI');
  });
});
