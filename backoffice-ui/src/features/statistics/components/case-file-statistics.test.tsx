import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import type { CaseFileStatistics } from '@/lib/api/types';
import { agent } from '@/testing/case-file-fixtures';
import { json, mockFetch } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';
import { CASE_FILE_STATES } from '../chart-data';

const analyst = {
  username: 'analyste.region',
  displayName: 'Analyste',
  role: 'REGION_ANALYST',
  cri: null,
  operator: null,
  nis: null,
};

function figures(overrides: Partial<CaseFileStatistics> = {}): CaseFileStatistics {
  const zeros = CASE_FILE_STATES.map((state) => ({ state, count: 0 }));
  return {
    cri: 'CRIPEL',
    asOf: '2026-11-23',
    from: '2026-10',
    to: '2026-11',
    monthlyBasis: 'OPENED_IN_MONTH_BY_CURRENT_STATE',
    total: 9,
    byState: CASE_FILE_STATES.map((state) => ({
      state,
      count: state === 'OPENED' ? 4 : state === 'RECEPTION' ? 5 : 0,
    })),
    months: [
      { month: '2026-10', total: 0, byState: zeros },
      {
        month: '2026-11',
        total: 3,
        byState: zeros.map((zero) =>
          zero.state === 'OPENED'
            ? { state: 'OPENED', count: 2 }
            : zero.state === 'RECEPTION'
              ? { state: 'RECEPTION', count: 1 }
              : zero,
        ),
      },
    ],
    ...overrides,
  };
}

const emptyQueue = () => json({ items: [], page: 1, pageSize: 1, total: 0 });

describe('the figures of the home page', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('shows a CRI agent the files by stage, the new ones linking to their queue', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': emptyQueue,
      'GET /api/v1/statistics/caseFiles': () => json(figures()),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 2, name: 'Dossiers par étape' })).toBeInTheDocument();
    expect(await screen.findByText('9 dossier(s) du CRI CRIPEL au 23 novembre 2026')).toBeInTheDocument();
    const counts = within(screen.getByRole('list', { name: 'Dossiers par étape' }));
    expect(counts.getAllByRole('listitem')).toHaveLength(9);
    expect(counts.getByRole('link', { name: '4 Ouvert' })).toHaveAttribute('href', '/case-files?state=OPENED');
    expect(counts.getByText('Accueil en cours').parentElement).toHaveTextContent('5 Accueil en cours');
    expect(counts.getByText('Clôturé').parentElement).toHaveTextContent('0 Clôturé');
  });

  it('draws the months as an image named by its title and description, with a legend', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': emptyQueue,
      'GET /api/v1/statistics/caseFiles': () => json(figures()),
    });
    const { container } = renderApp('/');

    const chart = await screen.findByRole('img', { name: /Dossiers ouverts par mois, selon leur étape actuelle/ });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        'De octobre 2026 à novembre 2026 : 3 dossier(s) ouvert(s), le plus en novembre 2026 (3).',
      ),
    );
    expect(container.querySelectorAll('rect[data-state]')).toHaveLength(2);
    const legend = within(screen.getByRole('list', { name: 'Légende des étapes' }));
    expect(legend.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Ouvert', 'Accueil en cours']);
  });

  it('gives every figure of the chart in a table, months without a file included', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': emptyQueue,
      'GET /api/v1/statistics/caseFiles': () => json(figures()),
    });
    renderApp('/');

    await user.click(await screen.findByText('Voir les chiffres sous forme de tableau'));
    const table = screen.getByRole('table', { name: 'Dossiers ouverts par mois, selon leur étape actuelle' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Mois',
      'Ouvert',
      'Accueil en cours',
      'Convention signée',
      'En formation',
      'Parcours achevé',
      'Attestation délivrée',
      'Suspendu',
      'Transféré',
      'Clôturé',
      'Total',
    ]);
    const october = within(table).getByRole('rowheader', { name: 'octobre 2026' }).closest('tr');
    expect(
      within(october as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(Array(10).fill('0'));
    const november = within(table).getByRole('rowheader', { name: 'novembre 2026' }).closest('tr');
    expect(
      within(november as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1', '0', '0', '0', '0', '0', '0', '0', '3']);
  });

  it('lets a region analyst see the whole Region or choose one CRI, and a longer period', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(analyst),
      'GET /api/v1/cris': () =>
        json([
          { code: 'CAI', name: 'CAI Namur' },
          { code: 'CRIPEL', name: 'CRIPEL Liège' },
        ]),
      'GET /api/v1/statistics/caseFiles': (request) => {
        const cri = new URL(request.url).searchParams.get('cri');
        return json(figures({ cri, total: cri ? 2 : 40 }));
      },
    });
    renderApp('/');

    expect(await screen.findByText('40 dossier(s) dans toute la Région au 23 novembre 2026')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '4 Ouvert' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('CRI'), 'CAI');
    expect(await screen.findByText('2 dossier(s) du CRI CAI au 23 novembre 2026')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Période'), '36');
    await screen.findByText('2 dossier(s) du CRI CAI au 23 novembre 2026');
    const asked = requests
      .filter((request) => request.url.includes('/statistics/'))
      .map((request) => new URL(request.url).searchParams);
    expect(asked[0]?.get('cri')).toBeNull();
    expect(asked.some((params) => params.get('cri') === 'CAI')).toBe(true);
    const last = asked[asked.length - 1];
    const [fromYear, fromMonth] = (last?.get('from') ?? '').split('-').map(Number);
    const [toYear, toMonth] = (last?.get('to') ?? '').split('-').map(Number);
    expect(((toYear ?? 0) - (fromYear ?? 0)) * 12 + (toMonth ?? 0) - (fromMonth ?? 0) + 1).toBe(36);
  });
});
