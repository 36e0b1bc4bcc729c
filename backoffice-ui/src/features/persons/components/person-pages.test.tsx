import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import { agent, FILE_ID, PERSON_ID, person, caseFile, versioned } from '@/testing/case-file-fixtures';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { referenceHandlers } from '@/testing/reference-fixtures';
import { renderApp } from '@/testing/render-app';

type User = ReturnType<typeof userEvent.setup>;

async function fillIntake(user: User) {
  await user.type(await screen.findByLabelText('Nom'), 'El Amrani');
  await user.type(screen.getByLabelText('Prénoms'), 'Yasmina');
  await user.type(screen.getByLabelText('Date de naissance'), '1993-05-02');
  await user.type(screen.getByRole('combobox', { name: 'Nationalité' }), 'maro');
  await user.click(await screen.findByRole('option', { name: 'Maroc' }));
  // A commune is found by its postal code as well as by its name.
  await user.type(screen.getByRole('combobox', { name: 'Commune de résidence' }), '4000');
  await user.click(await screen.findByRole('option', { name: 'Liège (62063)' }));
  await user.selectOptions(screen.getByLabelText('Type de titre'), 'FAMILY_REUNIFICATION');
  await user.type(screen.getByLabelText('Date de commande du titre par la commune'), '2025-03-10');
}

describe('person pages', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('searches by name fragment in the body, refusing fewer than 3 characters without asking', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      'POST /api/v1/persons/query': () =>
        json({
          items: [
            {
              id: PERSON_ID,
              lastName: 'El Amrani',
              firstNames: 'Yasmina',
              birthDate: '1993-05-02',
              nationality: 'MA',
              status: 'OBLIGED',
            },
          ],
          page: 1,
          pageSize: 20,
          total: 1,
        }),
    });
    renderApp('/persons');

    const name = await screen.findByLabelText('Nom ou prénom');
    await user.type(name, 'el');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Saisissez au moins 3 lettres ou chiffres.'));
    expect(requests.filter((request) => request.url.includes('/persons/query'))).toHaveLength(0);

    await user.type(name, ' amr');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByRole('heading', { name: '1 personne(s) trouvée(s)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'El Amrani Yasmina' })).toHaveAttribute('href', `/persons/${PERSON_ID}`);
    expect(screen.getByText("Soumis·e à l'obligation")).toBeInTheDocument();
    const search = requests.find((request) => request.url.includes('/persons/query'));
    expect(new URL(search?.url ?? '').search).toBe('?page=1&pageSize=20');
    expect(await search?.json()).toEqual({ nameFragment: 'el amr' });
  });

  it('shows each issue of a 400 next to its field and in a focused summary whose links lead to the fields', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      ...referenceHandlers,
      'POST /api/v1/persons': () =>
        problem({
          type: 'urn:parcours:problem:invalid-request',
          title: 'Requête invalide',
          status: 400,
          detail: 'La requête contient 2 erreurs.',
          issues: [
            { field: 'communeNis', message: "n'est pas un code INS connu" },
            { field: 'permits[0].orderDate', message: 'ne peut être dans le futur' },
          ],
        }),
    });
    renderApp('/persons/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Enregistrer une personne' })).toBeInTheDocument();
    expect(document.title).toBe('Nouvelle personne · Parcours');

    await fillIntake(user);
    await user.click(screen.getByRole('button', { name: 'Enregistrer la personne' }));

    expect(await screen.findByRole('combobox', { name: 'Commune de résidence' })).toHaveAccessibleDescription(
      expect.stringContaining("n'est pas un code INS connu"),
    );
    expect(screen.getByLabelText('Date de commande du titre par la commune')).toHaveAccessibleDescription(
      'ne peut être dans le futur',
    );
    expect(screen.getByLabelText('Nom')).not.toHaveAttribute('aria-invalid');

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('La requête contient 2 erreurs.');
    const link = within(summary).getByRole('link', {
      name: 'Date de commande du titre par la commune : ne peut être dans le futur',
    });
    expect(
      within(summary).getByRole('link', { name: "Commune de résidence : n'est pas un code INS connu" }),
    ).toBeInTheDocument();
    await user.click(link);
    expect(screen.getByLabelText('Date de commande du titre par la commune')).toHaveFocus();
    expect(summary).not.toHaveTextContent('communeNis');
  });

  it('shows a likely duplicate as a person card, focused, and records another person on confirmation', async () => {
    const user = userEvent.setup();
    const other = '9a9a9a9a-4a5d-4c1f-9a51-2f0c6d7e8a90';
    let attempts = 0;
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      ...referenceHandlers,
      [`GET /api/v1/persons/${other}/caseFiles`]: () => json([{ id: FILE_ID, personId: other, state: 'RECEPTION' }]),
      [`GET /api/v1/persons/${other}`]: () => versioned(person({ id: other, firstNames: 'Yasmine' }), '"3"'),
      [`GET /api/v1/persons/${PERSON_ID}`]: () => versioned(person(), '"0"'),
      [`GET /api/v1/persons/${PERSON_ID}/assessments`]: () => json([]),
      [`GET /api/v1/persons/${PERSON_ID}/caseFiles`]: () => json([]),
      'POST /api/v1/persons': () => {
        attempts += 1;
        return attempts === 1
          ? problem({
              type: 'urn:parcours:problem:likely-duplicate',
              title: 'Doublon probable',
              status: 409,
              detail: '1 personne enregistrée ressemble à celle-ci.',
              candidates: [other],
            } as never)
          : versioned(person(), '"0"', 201);
      },
    });
    const { router } = renderApp('/persons/new');

    await fillIntake(user);
    await user.click(screen.getByRole('button', { name: 'Enregistrer la personne' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('Cette personne est peut-être déjà enregistrée');
    const card = await within(alert).findByTestId('duplicate-candidate');
    expect(await within(card).findByText('El Amrani Yasmine', { selector: 'p' })).toBeInTheDocument();
    expect(card).toHaveTextContent('2 mai 1993');
    expect(await within(card).findByText('Liège')).toBeInTheDocument();
    expect(card).toHaveTextContent('CRIPEL');
    expect(await within(card).findByText('Accueil en cours')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /^Ouvrir cette personne\s*El Amrani Yasmine$/ })).toHaveAttribute(
      'href',
      `/persons/${other}`,
    );
    expect(alert).not.toHaveTextContent('confirmedNotDuplicate');
    await user.click(within(alert).getByRole('button', { name: "C'est une autre personne" }));

    expect(await screen.findByRole('heading', { level: 1, name: 'El Amrani Yasmina' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/persons/${PERSON_ID}`);
    const posts = requests.filter((request) => request.method === 'POST');
    expect((await posts[0]?.json())?.confirmedNotDuplicate).toBeUndefined();
    expect((await posts[1]?.json())?.confirmedNotDuplicate).toBe(true);
  });

  it('shows the person who has the national number already, to open, with no way to record a second one', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      ...referenceHandlers,
      [`GET /api/v1/persons/${PERSON_ID}`]: () => versioned(person(), '"0"'),
      [`GET /api/v1/persons/${PERSON_ID}/caseFiles`]: () => json([]),
      ...referenceHandlers,
      'POST /api/v1/persons': () =>
        problem({
          type: 'urn:parcours:problem:duplicate-person',
          title: 'Personne déjà enregistrée',
          status: 409,
          detail: 'Ce numéro national est déjà enregistré.',
          existingPersonId: PERSON_ID,
        } as never),
    });
    renderApp('/persons/new');
    await fillIntake(user);
    await user.click(screen.getByRole('button', { name: 'Enregistrer la personne' }));

    expect(await screen.findByRole('link', { name: /^Ouvrir cette personne\s*El Amrani Yasmina$/ })).toHaveAttribute(
      'href',
      `/persons/${PERSON_ID}`,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Aucun dossier');
    expect(screen.queryByRole('button', { name: "C'est une autre personne" })).not.toBeInTheDocument();
  });

  it("shows the person's verdict with the provisions, the case files, and opens a new file", async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET /api/v1/persons/${PERSON_ID}`]: () => versioned(person(), '"0"'),
      [`GET /api/v1/persons/${PERSON_ID}/assessments`]: () => json([]),
      [`GET /api/v1/persons/${PERSON_ID}/caseFiles`]: () => json([]),
      'POST /api/v1/caseFiles': () => versioned(caseFile(), '"0"', 201),
      [`GET /api/v1/caseFiles/${FILE_ID}`]: () => versioned(caseFile(), '"0"'),
      [`GET /api/v1/caseFiles/${FILE_ID}/events`]: () => json([]),
    });
    const { router } = renderApp(`/persons/${PERSON_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'El Amrani Yasmina' })).toBeInTheDocument();
    const verdict = screen.getByRole('region', { name: "Verdict de l'obligation" });
    expect(within(verdict).getByText("Soumis·e à l'obligation")).toBeInTheDocument();
    expect(within(verdict).getByText('10 mars 2028')).toBeInTheDocument();
    // the verdict in one sentence first: the provision applied and the deadline; the examined ones folded below
    expect(within(verdict).getByTestId('verdict-sentence')).toHaveTextContent(
      "Soumis·e à l'obligation : Art. 152 §1 : titre de séjour de plus de trois mois (CWASS art. 152), attestation à obtenir avant le 10 mars 2028.",
    );
    const examined = within(verdict).getByText('Voir les 2 dispositions examinées', { selector: 'summary' });
    expect(examined.closest('details')).not.toHaveAttribute('open');
    const provisions = within(verdict).getAllByRole('listitem');
    expect(provisions[0]).toHaveTextContent(
      'Appliquée : Art. 152 §1 : titre de séjour de plus de trois mois — CWASS art. 152',
    );
    // A known rule is written in the interface language by its code, not in the engine's words.
    expect(provisions[1]).toHaveTextContent(
      "Non appliquée : Moins de 18 ans à la date de commande du titre, ou 65 ans ou plus (à cette date ou depuis) — CWASS art. 152/7, §3, et CRWASS (dispense en raison de l'âge)",
    );
    expect(await screen.findByText('Aucun dossier dans votre CRI.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ouvrir un dossier' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier de El Amrani Yasmina' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/case-files/${FILE_ID}`);
    const open = requests.find((request) => request.method === 'POST');
    expect(await open?.json()).toEqual({ personId: PERSON_ID });
  });

  it("answers another CRI's person (404) with the not-found page", async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET /api/v1/persons/${PERSON_ID}`]: () =>
        problem({ type: 'urn:parcours:problem:not-found', title: 'Introuvable', status: 404 }),
      [`GET /api/v1/persons/${PERSON_ID}/assessments`]: () => json([]),
      [`GET /api/v1/persons/${PERSON_ID}/caseFiles`]: () =>
        problem({ type: 'urn:parcours:problem:not-found', title: 'Introuvable', status: 404 }),
    });
    renderApp(`/persons/${PERSON_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
  });
});
