import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import { agent, FILE_ID, PERSON_ID } from '@/testing/case-file-fixtures';
import { json, mockFetch } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';

const completedFile = {
  id: FILE_ID,
  personId: PERSON_ID,
  lastName: 'El Amrani',
  firstNames: 'Yasmina',
  birthDate: '1993-05-02',
  state: 'COMPLETED',
  participation: 'OBLIGED',
  openedOn: '2025-01-10',
  finalDeadline: '2027-12-01',
  nextDue: null,
  queues: [],
};

const communes = {
  items: [
    { nisCode: '62096', name: 'Seraing', arrondissement: 'Liège', province: 'Liège', cri: 'CRIPEL' },
    { nisCode: '62063', name: 'Liège', arrondissement: 'Liège', province: 'Liège', cri: 'CRIPEL' },
  ],
  page: 1,
  pageSize: 100,
  total: 2,
};

describe('the case files by stage', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('lists the files of the stage named in the address and asks the API for that stage only', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': () => json({ items: [completedFile], page: 1, pageSize: 20, total: 1 }),
      'GET /api/v1/communes': () => json(communes),
    });
    renderApp('/case-files?state=COMPLETED');

    expect(
      await screen.findByRole('heading', { level: 1, name: "Dossiers à l'étape « Parcours achevé »" }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: /El Amrani/ })).toHaveAttribute('href', `/case-files/${FILE_ID}`);
    expect(screen.getByText(/un superviseur délivre l'attestation/)).toBeInTheDocument();
    const listing = requests.find((request) => new URL(request.url).pathname === '/api/v1/caseFiles');
    expect(new URL(listing!.url).searchParams.get('state')).toBe('COMPLETED');
  });

  it('changes the stage from the list and shows every stage when none is chosen', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': () => json({ items: [], page: 1, pageSize: 20, total: 0 }),
      'GET /api/v1/communes': () => json(communes),
    });
    const { router } = renderApp('/case-files');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossiers du CRI' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Étape'), 'SUSPENDED');

    expect(router.state.location.search).toBe('?state=SUSPENDED');
    await screen.findByRole('heading', { level: 1, name: /Suspendu/ });
    const states = requests.map((request) => new URL(request.url).searchParams.get('state'));
    expect(states).toContain(null);
    expect(states).toContain('SUSPENDED');
  });

  it('opens a bookmarked list with its filters and sends them to the API', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': () => json({ items: [completedFile], page: 1, pageSize: 20, total: 1 }),
      'GET /api/v1/communes': () => json(communes),
    });
    renderApp('/case-files?commune=62096&axis=FRENCH&late=true&sort=deadline');

    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Seraing (62096)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Commune')).toHaveValue('62096');
    expect(screen.getByLabelText('Axe à terminer')).toHaveValue('FRENCH');
    expect(screen.getByLabelText('Retard')).toHaveValue('true');
    expect(screen.getByLabelText('Trier par')).toHaveValue('deadline');
    const listing = requests.find((request) => new URL(request.url).pathname === '/api/v1/caseFiles');
    const sent = new URL(listing!.url).searchParams;
    expect([sent.get('commune'), sent.get('axis'), sent.get('late'), sent.get('sort')]).toEqual([
      '62096',
      'FRENCH',
      'true',
      'deadline',
    ]);
    expect(screen.getByRole('link', { name: 'Effacer les filtres' })).toHaveAttribute('href', '/case-files');
  });

  it('puts a chosen filter in the address, so that the list can be bookmarked', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': () => json({ items: [], page: 1, pageSize: 20, total: 0 }),
      'GET /api/v1/communes': () => json(communes),
    });
    const { router } = renderApp('/case-files?state=IN_PROGRESS');
    await screen.findByRole('option', { name: 'Liège (62063)' });

    await user.selectOptions(screen.getByLabelText('Commune'), '62063');
    await user.selectOptions(screen.getByLabelText('Trier par'), 'deadline');

    expect(router.state.location.search).toBe('?state=IN_PROGRESS&commune=62063&sort=deadline');
  });

  it('downloads the same list as CSV', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': () => json({ items: [], page: 1, pageSize: 20, total: 0 }),
      'GET /api/v1/communes': () => json(communes),
      'GET /api/v1/caseFiles.csv': () =>
        new Response('\uFEFFN° de dossier;Nom\r\n', { headers: { 'Content-Type': 'text/csv; charset=UTF-8' } }),
    });
    URL.createObjectURL = () => 'blob:csv';
    URL.revokeObjectURL = () => undefined;
    renderApp('/case-files?late=true&sort=deadline');

    await user.click(await screen.findByRole('button', { name: 'Exporter en CSV (Excel)' }));

    const download = requests.find((request) => new URL(request.url).pathname === '/api/v1/caseFiles.csv');
    expect(new URL(download!.url).search).toBe('?late=true&sort=deadline');
    expect(download!.headers.get('Accept')).toContain('text/csv');
  });
});
