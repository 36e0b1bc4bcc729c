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

describe('the case files by stage', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('lists the files of the stage named in the address and asks the API for that stage only', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': () => json({ items: [completedFile], page: 1, pageSize: 20, total: 1 }),
    });
    renderApp('/case-files?state=COMPLETED');

    expect(await screen.findByRole('heading', { level: 1, name: "Dossiers à l'étape « Parcours achevé »" })).toBeInTheDocument();
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
});
