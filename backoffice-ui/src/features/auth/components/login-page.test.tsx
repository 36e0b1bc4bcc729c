import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';

const amina = {
  username: 'agent.cripel',
  displayName: 'Amina Lambert',
  role: 'CRI_AGENT',
  cri: 'CRIPEL',
  operator: null,
  nis: null,
};

describe('LoginPage', () => {
  it('is a French form with labelled fields', async () => {
    renderApp('/login');

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      "Parcours d'intégrationEspace des professionnels",
    );
    expect(screen.getByLabelText('Identifiant')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeEnabled();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('offers newcomers the public self-check', async () => {
    renderApp('/login');

    expect(await screen.findByRole('link', { name: 'Suis-je concerné·e ?' })).toHaveAttribute('href', '/self-check');
  });

  it('submits the credentials and shows the problem detail on 401', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'POST /api/v1/auth/token': () =>
        problem({
          type: 'urn:parcours:problem:invalid-credentials',
          title: 'Identifiants invalides',
          status: 401,
          detail: 'Identifiant ou mot de passe incorrect.',
        }),
    });
    renderApp('/login');

    await user.type(await screen.findByLabelText('Identifiant'), 'agent.cripel');
    await user.type(screen.getByLabelText('Mot de passe'), 'mauvais');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La connexion a échoué.');
    expect(alert).toHaveTextContent('Identifiant ou mot de passe incorrect.');
    expect(requests).toHaveLength(1);
    const request = requests[0] as Request;
    expect(await request.json()).toEqual({ grantType: 'password', username: 'agent.cripel', password: 'mauvais' });
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(request.headers.get('Accept-Language')).toBe('fr');
    expect(request.headers.has('Authorization')).toBe(false);
    expect(sessionStorage.length).toBe(0);
  });

  it('shows the issues of a 400 next to their fields', async () => {
    const user = userEvent.setup();
    mockFetch({
      'POST /api/v1/auth/token': () =>
        problem({
          type: 'urn:parcours:problem:invalid-request',
          title: 'Requête invalide',
          status: 400,
          detail: 'La requête contient des erreurs.',
          issues: [{ field: 'username', message: "L'identifiant ne peut pas contenir d'espace." }],
        }),
    });
    renderApp('/login');

    await user.type(await screen.findByLabelText('Identifiant'), 'agent cripel');
    await user.type(screen.getByLabelText('Mot de passe'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('La requête contient des erreurs.');
    expect(screen.getByLabelText('Identifiant')).toHaveAccessibleDescription(
      "L'identifiant ne peut pas contenir d'espace.",
    );
    expect(screen.getByLabelText('Mot de passe')).not.toHaveAttribute('aria-invalid');
  });

  it('asks for missing fields without calling the API', async () => {
    const user = userEvent.setup();
    const { spy } = mockFetch({});
    renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Se connecter' }));

    expect(screen.getByLabelText('Identifiant')).toHaveAccessibleDescription('Indiquez votre identifiant.');
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription('Indiquez votre mot de passe.');
    expect(spy).not.toHaveBeenCalled();
  });

  it('switches language, sets <html lang> and sends it as Accept-Language', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'POST /api/v1/auth/token': () =>
        problem({ status: 401, title: 'Ongeldige gegevens', detail: 'Gebruikersnaam of wachtwoord onjuist.' }),
    });
    renderApp('/login');

    const languages = await screen.findByRole('group', { name: 'Langue' });
    await user.click(within(languages).getByRole('button', { name: 'Nederlands' }));

    expect(document.documentElement).toHaveAttribute('lang', 'nl');
    expect(
      within(screen.getByRole('group', { name: 'Taal' })).getByRole('button', { name: 'Nederlands' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await user.type(screen.getByLabelText('Gebruikersnaam'), 'agent.cripel');
    await user.type(screen.getByLabelText('Wachtwoord'), 'fout');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Gebruikersnaam of wachtwoord onjuist.');
    expect(requests[0]?.headers.get('Accept-Language')).toBe('nl');
  });

  it('starts the session and opens the home page on success', async () => {
    const user = userEvent.setup();
    const token = validJwt();
    mockFetch({
      'POST /api/v1/auth/token': () => json({ accessToken: token, tokenType: 'Bearer', expiresIn: 900 }),
      'GET /api/v1/me': () => json(amina),
    });
    const { router } = renderApp('/login');

    await user.type(await screen.findByLabelText('Identifiant'), 'agent.cripel');
    await user.type(screen.getByLabelText('Mot de passe'), 'correct');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('heading', { name: 'Bonjour Amina Lambert' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(sessionStorage.getItem('parcours.accessToken')).toBe(token);
  });
});
