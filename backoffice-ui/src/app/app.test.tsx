import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { expiredJwt, validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';

const amina = {
  username: 'agent.cripel',
  displayName: 'Amina Lambert',
  role: 'CRI_AGENT',
  cri: 'CRIPEL',
  operator: null,
  nis: null,
};

describe('routes', () => {
  it('puts the focus on the first field of the sign-in page', async () => {
    renderApp('/login');
    const username = await screen.findByLabelText('Identifiant');
    await waitFor(() => expect(username).toHaveFocus());
  });

  it('puts the focus on the page title after each navigation', async () => {
    saveAccessToken(validJwt());
    mockFetch({ 'GET /api/v1/me': () => json(amina) });
    const { router } = renderApp('/persons');
    const search = await screen.findByRole('heading', { level: 1, name: 'Rechercher une personne' });
    await waitFor(() => expect(search).toHaveFocus());
    await act(() => router.navigate('/persons/new'));
    const intake = await screen.findByRole('heading', { level: 1, name: 'Enregistrer une personne' });
    await waitFor(() => expect(intake).toHaveFocus());
    expect(intake).toHaveAttribute('tabindex', '-1');
  });

  it('sends a visitor without a session to /login', async () => {
    const { router } = renderApp('/');

    expect(await screen.findByLabelText('Identifiant')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('treats an expired token as no session', async () => {
    saveAccessToken(expiredJwt());
    const { spy } = mockFetch({});
    const { router } = renderApp('/');

    expect(await screen.findByLabelText('Identifiant')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(spy).not.toHaveBeenCalled();
  });

  it('greets the signed-in user with their role, tenant and what the role can do', async () => {
    const token = validJwt();
    saveAccessToken(token);
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json({ ...amina, displayName: 'Luc Martin', role: 'REGION_ANALYST', cri: null }),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Luc Martin' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByText('Analyste régional')).toBeInTheDocument();
    expect(within(main).getByRole('heading', { name: 'Ce que vous pouvez faire dans Parcours' })).toBeInTheDocument();
    expect(within(main).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(main).queryByRole('heading', { name: 'Mes files de travail' })).not.toBeInTheDocument();
    expect(requests[0]?.headers.get('Authorization')).toBe(`Bearer ${token}`);
    expect(document.title).toBe('Accueil · Parcours');
  });

  it("shows a CRI agent each work queue's most urgent files, what is due and how late, with a link to the whole queue", async () => {
    saveAccessToken(validJwt());
    const totals: Record<string, number> = { atRisk: 12, overdue: 7, reviewDue: 3, new: 21 };
    const late = {
      id: '11111111-2222-4333-8444-555555555555',
      personId: 'p-1',
      lastName: 'El Amrani',
      firstNames: 'Yasmina',
      state: 'RECEPTION',
      openedOn: '2025-01-10',
      nextDue: { kind: 'RECEPTION_MODULE', dueOn: '2025-04-10', state: 'OVERDUE', daysLeft: -12 },
      queues: ['OVERDUE'],
    };
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(amina),
      'GET /api/v1/caseFiles': (request) => {
        const queue = new URL(request.url).searchParams.get('queue') ?? '';
        return json({ items: queue === 'overdue' ? [late] : [], page: 1, pageSize: 5, total: totals[queue] });
      },
      'GET /api/v1/statistics/caseFiles': () => json({ cri: 'CRIPEL', total: 0, byState: [], months: [] }),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Amina Lambert' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByText('Agent CRI')).toBeInTheDocument();
    expect(within(main).getByText('CRI CRIPEL')).toBeInTheDocument();
    expect(within(main).getByRole('heading', { name: 'Mes files de travail' })).toBeInTheDocument();
    const overdue = await within(main).findByRole('region', { name: /Échéances dépassées/ });
    expect(await within(overdue).findByRole('link', { name: 'El Amrani Yasmina' })).toHaveAttribute(
      'href',
      `/case-files/${late.id}`,
    );
    expect(within(overdue).getByText("Module d'accueil ·")).toBeInTheDocument();
    expect(within(overdue).getByText('En retard de 12 j')).toBeInTheDocument();
    expect(within(overdue).getByRole('link', { name: 'Voir les 7 dossiers' })).toHaveAttribute(
      'href',
      '/queues/overdue',
    );
    expect(await within(main).findByRole('link', { name: 'Voir les 12 dossiers' })).toHaveAttribute(
      'href',
      '/queues/atRisk',
    );
    expect(within(main).getByRole('link', { name: 'Voir les 21 dossiers' })).toHaveAttribute('href', '/queues/new');
    expect(within(main).queryByRole('region', { name: /Attestations à délivrer/ })).not.toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'Enregistrer une nouvelle personne' })).toHaveAttribute(
      'href',
      '/persons/new',
    );
    const queueRequests = requests.filter((request) => new URL(request.url).pathname === '/api/v1/caseFiles');
    expect(queueRequests.map((request) => new URL(request.url).searchParams.get('queue')).sort()).toEqual([
      'atRisk',
      'new',
      'overdue',
      'reviewDue',
    ]);
    expect(queueRequests.every((request) => new URL(request.url).searchParams.get('pageSize') === '5')).toBe(true);
  });

  it('shows a CRI supervisor the attestations to issue, the longest waiting first', async () => {
    saveAccessToken(validJwt());
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json({ ...amina, role: 'CRI_SUPERVISOR' }),
      'GET /api/v1/caseFiles': (request) =>
        json({
          items:
            new URL(request.url).searchParams.get('queue') === 'attestationsToIssue'
              ? [
                  {
                    id: 'f-9',
                    personId: 'p-9',
                    lastName: 'Haddad',
                    firstNames: 'Omar',
                    state: 'COMPLETED',
                    openedOn: '2024-02-01',
                    nextDue: null,
                    queues: [],
                  },
                ]
              : [],
          page: 1,
          pageSize: 5,
          total: 1,
        }),
      'GET /api/v1/statistics/caseFiles': () => json({ cri: 'CRIPEL', total: 0, byState: [], months: [] }),
      'POST /api/v1/persons/query': () => json({ items: [], page: 1, pageSize: 50, total: 0 }),
    });
    renderApp('/');

    const attestations = await screen.findByRole('region', { name: /Attestations à délivrer/ });
    expect(await within(attestations).findByRole('link', { name: 'Haddad Omar' })).toHaveAttribute(
      'href',
      '/case-files/f-9',
    );
    expect(within(attestations).getByText('Ouvert le 1 février 2024')).toBeInTheDocument();
    expect(requests.some((request) => new URL(request.url).searchParams.get('queue') === 'attestationsToIssue')).toBe(
      true,
    );
  });

  it('shows a CRI supervisor the dispenses to confirm, each a link to the person', async () => {
    saveAccessToken(validJwt());
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json({ ...amina, role: 'CRI_SUPERVISOR' }),
      'GET /api/v1/caseFiles': () => json({ items: [], page: 1, pageSize: 1, total: 0 }),
      'GET /api/v1/statistics/caseFiles': () => json({ cri: 'CRIPEL', total: 0, byState: [], months: [] }),
      'POST /api/v1/persons/query': () =>
        json({
          items: [
            {
              id: 'p-1',
              lastName: 'El Amrani',
              firstNames: 'Yasmina',
              birthDate: '1993-05-02',
              nationality: 'MA',
              status: 'DISPENSE_TO_CONFIRM',
            },
          ],
          page: 1,
          pageSize: 50,
          total: 1,
        }),
    });
    renderApp('/');

    const list = await screen.findByRole('region', { name: 'Dispenses à confirmer' });
    expect(await within(list).findByRole('link', { name: 'El Amrani Yasmina' })).toHaveAttribute(
      'href',
      '/persons/p-1',
    );
    const query = requests.find((request) => new URL(request.url).pathname === '/api/v1/persons/query');
    expect(await query?.json()).toEqual({ status: 'DISPENSE_TO_CONFIRM' });
  });

  it('shows the commune of a commune client by its name, never its INS code alone', async () => {
    saveAccessToken(validJwt());
    mockFetch({
      'GET /api/v1/me': () =>
        json({ ...amina, displayName: 'Marc Dupont', role: 'COMMUNE_CLIENT', cri: null, nis: '62063' }),
      'GET /api/v1/communes/62063': () => json({ nisCode: '62063', name: 'Liège' }),
    });
    renderApp('/');

    expect(await screen.findByText('Commune de Liège (62063)')).toBeInTheDocument();
  });

  it('clears the session and redirects to /login when the API answers 401', async () => {
    saveAccessToken(validJwt());
    mockFetch({
      'GET /api/v1/me': () =>
        problem({ type: 'urn:parcours:problem:unauthenticated', title: 'Non authentifié', status: 401 }),
    });
    const { router } = renderApp('/');

    expect(await screen.findByText('Votre session a expiré. Veuillez vous reconnecter.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(sessionStorage.getItem('parcours.accessToken')).toBeNull();
  });

  it('shows "access denied" when the API answers 403', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    saveAccessToken(validJwt());
    mockFetch({
      'GET /api/v1/me': () => problem({ type: 'urn:parcours:problem:forbidden', title: 'Accès refusé', status: 403 }),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Accès refusé' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
  });

  it('logs out', async () => {
    const user = userEvent.setup();
    saveAccessToken(validJwt());
    mockFetch({
      'GET /api/v1/me': () => json(amina),
      'GET /api/v1/caseFiles': () => json({ items: [], page: 1, pageSize: 1, total: 0 }),
    });
    const { router } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Se déconnecter' }));

    expect(await screen.findByText('Votre session est fermée.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(sessionStorage.getItem('parcours.accessToken')).toBeNull();
  });

  it('answers an unknown route with a 404 page', async () => {
    renderApp('/nimporte-quoi');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/');
  });
});
