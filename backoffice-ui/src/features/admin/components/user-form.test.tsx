import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';

const admin = {
  username: 'admin',
  displayName: 'Administrateur Parcours',
  role: 'ADMINISTRATOR',
  cri: null,
  operator: null,
  nis: null,
};
const USER_ID = '7d3c1e2a-4a5d-4c1f-9a51-2f0c6d7e8a90';

const referenceData = {
  'GET /api/v1/me': () => json(admin),
  'GET /api/v1/cris': () =>
    json([
      { code: 'CRIPEL', name: 'CRIPEL Liège' },
      { code: 'CAI', name: 'CAI Namur' },
    ]),
  'GET /api/v1/operators': () =>
    json([
      { code: 'ILI-LIEGE', name: 'ILI Liège', kind: 'ILI', recognisedAxes: ['CITIZENSHIP'], active: true },
      { code: 'CISP-OLD', name: 'CISP fermé', kind: 'CISP', recognisedAxes: ['FRENCH'], active: false },
    ]),
  'GET /api/v1/communes': () =>
    json({ items: [{ nisCode: '62063', name: 'Liège', inScope: true }], page: 1, pageSize: 200, total: 1 }),
};

describe('user form', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('offers the tenant list of the chosen role: CRIs, operators (inactive ones marked), communes, or none', async () => {
    const user = userEvent.setup();
    mockFetch(referenceData);
    renderApp('/admin/users/new');

    const role = await screen.findByLabelText('Rôle');
    expect(screen.queryByLabelText('CRI')).not.toBeInTheDocument();

    await user.selectOptions(role, 'CRI_AGENT');
    expect(await screen.findByRole('option', { name: 'CRIPEL — CRIPEL Liège' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('CRI'), 'CRIPEL');

    await user.selectOptions(role, 'OPERATOR_TRAINER');
    expect(screen.queryByLabelText('CRI')).not.toBeInTheDocument();
    const operator = screen.getByLabelText('Opérateur');
    expect(operator).toHaveValue('');
    expect(await screen.findByRole('option', { name: 'CISP fermé (CISP-OLD) — désactivé' })).toBeInTheDocument();

    await user.selectOptions(role, 'CPAS_CLIENT');
    expect(await screen.findByRole('option', { name: 'Liège (62063)' })).toBeInTheDocument();

    await user.selectOptions(role, 'REGION_ANALYST');
    expect(screen.getByText(/Ce rôle est régional/)).toBeInTheDocument();
  });

  it('sends only the tenant of the role and shows each issue of a 422 next to its field', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      ...referenceData,
      'POST /api/v1/users': () =>
        problem({
          type: 'urn:parcours:problem:unprocessable',
          title: 'Demande impossible',
          status: 422,
          detail: 'La requête contient 1 erreur.',
          issues: [{ field: 'operator', message: 'opérateur inconnu' }],
        }),
    });
    renderApp('/admin/users/new');

    await user.type(await screen.findByLabelText("Nom d'utilisateur", { exact: false }), 'formateur.ili.2');
    await user.type(screen.getByLabelText('Nom affiché'), 'Claire Dumont');
    await user.selectOptions(screen.getByLabelText('Rôle'), 'OPERATOR_TRAINER');
    await screen.findByRole('option', { name: 'ILI Liège (ILI-LIEGE)' });
    await user.selectOptions(screen.getByLabelText('Opérateur'), 'ILI-LIEGE');
    await user.type(screen.getByLabelText('Mot de passe initial', { exact: false }), 'Trois-mots-au-hasard-2026');
    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));

    expect(await screen.findByLabelText('Opérateur')).toHaveAccessibleDescription(
      expect.stringContaining('opérateur inconnu'),
    );
    const post = requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({
      username: 'formateur.ili.2',
      displayName: 'Claire Dumont',
      role: 'OPERATOR_TRAINER',
      operator: 'ILI-LIEGE',
      password: 'Trois-mots-au-hasard-2026',
    });
  });

  it('shows a 409 refusal above the form and a taken username next to its field', async () => {
    const user = userEvent.setup();
    mockFetch({
      ...referenceData,
      'POST /api/v1/users': () =>
        problem({
          type: 'urn:parcours:problem:conflict',
          title: 'Conflit',
          status: 409,
          detail: "Un compte porte déjà ce nom d'utilisateur.",
          issues: [{ field: 'username', message: "ce nom d'utilisateur est déjà pris" }],
        }),
    });
    renderApp('/admin/users/new');
    await user.selectOptions(await screen.findByLabelText('Rôle'), 'ADMINISTRATOR');
    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));

    expect(await screen.findByText("Un compte porte déjà ce nom d'utilisateur.")).toBeInTheDocument();
    expect(screen.getByLabelText("Nom d'utilisateur", { exact: false })).toHaveAccessibleDescription(
      expect.stringContaining("ce nom d'utilisateur est déjà pris"),
    );
  });

  it('deactivates an account with its ETag in If-Match and says it changed meanwhile on a 412', async () => {
    const user = userEvent.setup();
    const account = {
      id: USER_ID,
      username: 'formateur.ili.2',
      displayName: 'Claire Dumont',
      role: 'OPERATOR_TRAINER',
      operator: 'ILI-LIEGE',
      active: true,
      createdAt: '2026-03-02T09:00:00Z',
    };
    const { requests } = mockFetch({
      ...referenceData,
      [`GET /api/v1/users/${USER_ID}`]: () =>
        new Response(JSON.stringify(account), {
          status: 200,
          headers: { 'Content-Type': 'application/json', ETag: '"4"' },
        }),
      [`PUT /api/v1/users/${USER_ID}`]: () =>
        problem({ type: 'urn:parcours:problem:precondition-failed', title: 'Version périmée', status: 412 }),
    });
    renderApp(`/admin/users/${USER_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Désactiver le compte' }));
    expect(await screen.findByText(/a été rechargé/)).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"4"');
    expect(await put?.json()).toEqual({
      displayName: 'Claire Dumont',
      role: 'OPERATOR_TRAINER',
      operator: 'ILI-LIEGE',
      active: false,
    });
  });
});
