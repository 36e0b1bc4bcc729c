import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import { agent, caseFile, events, FILE_ID, versioned } from '@/testing/case-file-fixtures';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';

const FILE = `/api/v1/caseFiles/${FILE_ID}`;
const reception = {
  caseFileId: FILE_ID,
  socialReview: null,
  rightsAndDutiesSession: { heldOn: '2026-11-20', format: 'GROUP', interpreterLanguage: null },
  frenchTest: null,
  frenchTestWaiver: null,
  complete: false,
  completedOn: null,
};
const convention = {
  id: 'c1',
  caseFileId: FILE_ID,
  status: 'PROPOSED',
  proposedOn: '2026-11-21',
  signedOn: null,
  endDate: null,
  requiredAxes: ['RECEPTION', 'CITIZENSHIP', 'FRENCH'],
  grounds: {
    RECEPTION: 'toujours le premier axe',
    CITIZENSHIP: "toujours requise d'une personne obligée",
    FRENCH: 'niveau A1 au test de français, sous le niveau A2',
  },
};

describe('case file page', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('shows the header, the deadlines with their state, the progress per axis and the timeline', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${FILE}`]: () => versioned(caseFile(), '"4"'),
      [`GET ${FILE}/events`]: () => json(events),
      [`GET ${FILE}/enrolments`]: () => json([]),
    });
    renderApp(`/case-files/${FILE_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier de El Amrani Yasmina' })).toBeInTheDocument();
    expect(screen.getByTestId('case-file-state')).toHaveTextContent('Ouvert');
    expect(screen.getByText('Obligatoire')).toBeInTheDocument();
    const deadlines = screen.getByRole('region', { name: 'Échéances' });
    const rows = within(deadlines).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Échéance finale10 mars 2028Dans les temps');
    expect(rows[2]).toHaveTextContent("Module d'accueil2 décembre 2026Bientôt dû (J-9)");
    expect(screen.getByRole('progressbar', { name: 'Citoyenneté 12 h sur 60 h' })).toHaveAttribute('value', '12');
    expect(screen.getByText('Reste 48 h')).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Historique' });
    expect(await within(timeline).findByText('Dossier ouvert (personne obligée)')).toBeInTheDocument();
    expect(document.title).toBe('Dossier · Parcours');
  });

  it('leads with the next step the API gives: what to do, why, by when, and its button', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${FILE}`]: () => versioned(caseFile(), '"4"'),
      [`GET ${FILE}/events`]: () => json(events),
      [`GET ${FILE}/enrolments`]: () => json([]),
    });
    renderApp(`/case-files/${FILE_ID}`);

    const card = await screen.findByRole('region', { name: 'Prochaine étape' });
    expect(card).toHaveTextContent("Commencer le module d'accueil");
    expect(card).toHaveTextContent("Le dossier est ouvert : le module d'accueil doit être achevé dans les 3 mois.");
    expect(card).toHaveTextContent('À faire avant le 2 décembre 2026.');
    expect(within(card).getByRole('button', { name: "Commencer le module d'accueil" })).toBeInTheDocument();
    const cardFirst = card.compareDocumentPosition(screen.getByRole('region', { name: 'Échéances' }));
    expect(cardFirst & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const others = screen.getByRole('region', { name: 'Autres actions' });
    expect(within(others).queryByText("Commencer le module d'accueil")).not.toBeInTheDocument();
    expect(within(others).getByText('Suspendre le dossier', { selector: 'summary' })).toBeInTheDocument();
  });

  it('offers only the actions the API allows, whatever the state', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${FILE}`]: () =>
        versioned(caseFile({ state: 'RECEPTION', allowedActions: ['CLOSE'], nextStep: null }), '"4"'),
      [`GET ${FILE}/events`]: () => json(events),
      [`GET ${FILE}/enrolments`]: () => json([]),
      [`GET ${FILE}/reception`]: () => json(reception),
      [`GET ${FILE}/convention`]: () => json(convention),
    });
    renderApp(`/case-files/${FILE_ID}`);

    const actions = await screen.findByRole('region', { name: 'Actions' });
    expect(within(actions).getByText('Clôturer le dossier', { selector: 'summary' })).toBeInTheDocument();
    expect(screen.queryByText('Bilan social', { selector: 'summary' })).not.toBeInTheDocument();
    expect(screen.queryByText('Signer la convention', { selector: 'summary' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Prochaine étape' })).toHaveTextContent(
      "Rien ne vous attend sur ce dossier pour l'instant.",
    );
  });

  it('sends a change with If-Match, keeps the new ETag and reloads the file', async () => {
    const user = userEvent.setup();
    let state: 'OPENED' | 'RECEPTION' = 'OPENED';
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${FILE}`]: () =>
        state === 'OPENED'
          ? versioned(caseFile(), '"4"')
          : versioned(
              caseFile({
                state: 'RECEPTION',
                nextSteps: ['CONVENTION_SIGNED', 'SUSPENDED', 'CLOSED'],
                allowedActions: [
                  'RECORD_SOCIAL_REVIEW',
                  'RECORD_RIGHTS_SESSION',
                  'RECORD_FRENCH_TEST',
                  'SUSPEND',
                  'CLOSE',
                ],
                nextStep: { action: 'RECORD_SOCIAL_REVIEW', deadline: null },
              }),
              '"5"',
            ),
      [`GET ${FILE}/events`]: () => json(events),
      [`GET ${FILE}/enrolments`]: () => json([]),
      [`GET ${FILE}/reception`]: () => json({ ...reception, rightsAndDutiesSession: null }),
      [`GET ${FILE}/convention`]: () =>
        problem({ type: 'urn:parcours:problem:not-found', title: 'Introuvable', status: 404 }),
      [`POST ${FILE}/reception`]: () => {
        state = 'RECEPTION';
        return versioned({ ...reception, rightsAndDutiesSession: null }, '"5"', 201);
      },
      [`PUT ${FILE}/reception/socialReview`]: () => versioned(reception, '"6"'),
    });
    renderApp(`/case-files/${FILE_ID}`);

    await user.click(await screen.findByRole('button', { name: "Commencer le module d'accueil" }));
    expect(await screen.findByText('Accueil en cours', { selector: 'dd' })).toBeInTheDocument();
    const start = requests.find((request) => request.method === 'POST');
    expect(start?.headers.get('If-Match')).toBe('"4"');

    await user.click(screen.getByText('Bilan social', { selector: 'summary' }));
    const housing = screen.getByRole('group', { name: 'Logement' });
    await user.selectOptions(within(housing).getByLabelText('Besoin'), 'MODERATE');
    await user.type(within(housing).getByLabelText('Remarques'), 'Cherche un logement');
    await user.click(screen.getByLabelText('Recommande une orientation socioprofessionnelle'));
    await user.click(screen.getAllByRole('button', { name: 'Enregistrer' })[0]!);

    expect(await screen.findByText('Enregistré. Le dossier est à jour.')).toBeInTheDocument();
    const review = requests.find((request) => request.method === 'PUT');
    expect(review?.headers.get('If-Match')).toBe('"5"');
    const body = await review?.json();
    expect(body.needs).toHaveProperty('HOUSING', { level: 'MODERATE', notes: 'Cherche un logement' });
    expect(Object.keys(body.needs)).toHaveLength(6);
    expect(body.recommendsSocioProfessionalOrientation).toBe(true);
  });

  it('says the file changed meanwhile on a 412 and reloads it; gives the detail of a 409', async () => {
    const user = userEvent.setup();
    let reads = 0;
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${FILE}`]: () => {
        reads += 1;
        return versioned(
          caseFile({
            state: 'RECEPTION',
            nextSteps: ['CONVENTION_SIGNED', 'CLOSED'],
            allowedActions: [
              'RECORD_SOCIAL_REVIEW',
              'RECORD_RIGHTS_SESSION',
              'RECORD_FRENCH_TEST',
              'SIGN_CONVENTION',
              'CLOSE',
            ],
            nextStep: { action: 'SIGN_CONVENTION', deadline: null },
          }),
          `"${reads}"`,
        );
      },
      [`GET ${FILE}/events`]: () => json(events),
      [`GET ${FILE}/enrolments`]: () => json([]),
      [`GET ${FILE}/reception`]: () => json(reception),
      [`GET ${FILE}/convention`]: () => json(convention),
      [`POST ${FILE}/convention/signature`]: () =>
        problem({
          type: 'urn:parcours:problem:conflict',
          title: 'Refusé',
          status: 409,
          detail: 'La convention ne peut être signée avant le bilan social.',
          code: 'CONVENTION.SIGNED_BEFORE_SOCIAL_REVIEW',
        } as never),
      [`PUT ${FILE}/reception/frenchTest`]: () =>
        problem({ type: 'urn:parcours:problem:precondition-failed', title: 'Version périmée', status: 412 }),
    });
    renderApp(`/case-files/${FILE_ID}`);

    const grounds = await screen.findByRole('region', { name: "Convention d'intégration" });
    expect(within(grounds).getByText(/niveau A1 au test de français, sous le niveau A2/)).toBeInTheDocument();

    // the signature is the next step: its form is open in the card, its button in view
    const card = screen.getByRole('region', { name: 'Prochaine étape' });
    await user.click(within(card).getByRole('button', { name: 'Signer la convention' }));
    expect(await screen.findByText('La convention ne peut être signée avant le bilan social.')).toBeInTheDocument();

    await user.click(screen.getByText('Test de français', { selector: 'summary' }));
    await user.selectOptions(screen.getByLabelText('Niveau (CECR)'), 'A1');
    const readsBefore = reads;
    const french = screen.getByText('Test de français', { selector: 'summary' }).closest('details') as HTMLElement;
    await user.click(within(french).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(french).findByText(/il a été rechargé/)).toBeInTheDocument();
    await vi.waitFor(() => expect(reads).toBeGreaterThan(readsBefore));
  });

  it('lists the operators of the chosen axis to enrol with', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${FILE}`]: () =>
        versioned(
          caseFile({
            state: 'CONVENTION_SIGNED',
            nextSteps: ['IN_PROGRESS', 'SUSPENDED', 'CLOSED'],
            allowedActions: [
              'ENROL',
              'RECORD_INTERVIEW',
              'AMEND_CONVENTION',
              'RECORD_FRENCH_CERTIFICATE',
              'SUSPEND',
              'CLOSE',
            ],
            nextStep: {
              action: 'ENROL',
              deadline: { kind: 'FINAL', dueOn: '2028-03-10', doneOn: null, state: 'ON_TIME', daysLeft: 473 },
            },
            axes: [
              { axis: 'CITIZENSHIP', required: true, hoursDone: 0, hoursRequired: 60, hoursRemaining: 60 },
              { axis: 'FRENCH', required: true, hoursDone: 0, hoursRequired: 400, hoursRemaining: 400 },
            ],
          }),
          '"8"',
        ),
      [`GET ${FILE}/events`]: () => json(events),
      [`GET ${FILE}/enrolments`]: () => json([]),
      [`GET ${FILE}/reception`]: () => json(reception),
      [`GET ${FILE}/convention`]: () => json({ ...convention, status: 'SIGNED', signedOn: '2026-11-22' }),
      'GET /api/v1/operators': (request) =>
        json(
          new URL(request.url).searchParams.get('axis') === 'FRENCH'
            ? [
                { code: 'ILI-LIEGE', name: 'Espace Citoyen Liège' },
                { code: 'FOREM-LIEGE', name: 'Forem Liège' },
              ]
            : [{ code: 'ILI-LIEGE', name: 'Espace Citoyen Liège' }],
        ),
      [`POST ${FILE}/enrolments`]: () =>
        versioned({ id: 'e1', axis: 'FRENCH', operatorCode: 'FOREM-LIEGE' }, '"9"', 201),
    });
    renderApp(`/case-files/${FILE_ID}`);

    await user.click(await screen.findByText('Inscrire à une formation', { selector: 'summary' }));
    await user.selectOptions(screen.getByLabelText('Axe'), 'FRENCH');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Opérateur' }), 'FOREM-LIEGE');
    await user.click(screen.getByRole('button', { name: 'Inscrire à une formation' }));

    expect(await screen.findByText('Enregistré. Le dossier est à jour.')).toBeInTheDocument();
    const enrol = requests.find((request) => request.method === 'POST');
    expect(enrol?.headers.get('If-Match')).toBe('"8"');
    expect(await enrol?.json()).toMatchObject({ axis: 'FRENCH', operatorCode: 'FOREM-LIEGE' });
  });

  it("answers another CRI's file (404) with the not-found page, not its content", async () => {
    mockFetch({
      'GET /api/v1/me': () => json({ ...agent, username: 'agent.cai', cri: 'CAI' }),
      [`GET ${FILE}`]: () => problem({ type: 'urn:parcours:problem:not-found', title: 'Introuvable', status: 404 }),
    });
    renderApp(`/case-files/${FILE_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.queryByText(/El Amrani/)).not.toBeInTheDocument();
  });
});

describe('work queue page', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('lists the files of a queue with their state and next deadline, each a link to the file', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/caseFiles': () =>
        json({
          items: [
            {
              id: FILE_ID,
              lastName: 'El Amrani',
              firstNames: 'Yasmina',
              state: 'IN_PROGRESS',
              nextDue: { kind: 'CITIZENSHIP', dueOn: '2026-11-01', state: 'OVERDUE', daysLeft: -22 },
            },
          ],
          page: 1,
          pageSize: 20,
          total: 1,
        }),
    });
    renderApp('/queues/overdue');

    expect(await screen.findByRole('heading', { level: 1, name: 'Échéances dépassées' })).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'El Amrani Yasmina' })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/case-files/${FILE_ID}`);
    expect(row).toHaveTextContent('En formation');
    expect(row).toHaveTextContent('Citoyenneté · 1 novembre 2026 En retard de 22 j');
    expect(new URL(requests.find((request) => request.url.includes('/caseFiles'))?.url ?? '').search).toBe(
      '?queue=overdue&page=1&pageSize=20',
    );
  });

  it('answers an unknown queue with the not-found page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    mockFetch({ 'GET /api/v1/me': () => json(agent) });
    renderApp('/queues/nimporte');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
  });
});
