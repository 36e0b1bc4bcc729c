import { screen, within } from '@testing-library/react';
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
    const { requests } = mockFetch({ 'GET /api/v1/me': () => json(amina) });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Amina Lambert' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByText('Agent CRI')).toBeInTheDocument();
    expect(within(main).getByText('CRI CRIPEL')).toBeInTheDocument();
    expect(within(main).getByRole('heading', { name: 'Ce que vous pouvez faire dans Parcours' })).toBeInTheDocument();
    expect(within(main).getAllByRole('listitem').length).toBeGreaterThan(0);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Amina Lambert')).toBeInTheDocument();
    expect(within(banner).getByText('Agent CRI')).toBeInTheDocument();
    expect(requests[0]?.headers.get('Authorization')).toBe(`Bearer ${token}`);
    expect(document.title).toBe('Accueil · Parcours');
  });

  it('shows the commune of a commune client', async () => {
    saveAccessToken(validJwt());
    mockFetch({
      'GET /api/v1/me': () =>
        json({ ...amina, displayName: 'Marc Dupont', role: 'COMMUNE_CLIENT', cri: null, nis: '62063' }),
    });
    renderApp('/');

    expect(await screen.findByText('Commune (code INS 62063)')).toBeInTheDocument();
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
      'GET /api/v1/me': () =>
        problem({ type: 'urn:parcours:problem:forbidden', title: 'Accès refusé', status: 403 }),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Accès refusé' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
  });

  it('logs out', async () => {
    const user = userEvent.setup();
    saveAccessToken(validJwt());
    mockFetch({ 'GET /api/v1/me': () => json(amina) });
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
