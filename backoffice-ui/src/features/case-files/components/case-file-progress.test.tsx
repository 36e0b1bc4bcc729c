import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import type { CaseFile, Convention, Enrolment } from '@/lib/api/types';
import { agent, caseFile, events, FILE_ID, versioned } from '@/testing/case-file-fixtures';
import { json, mockFetch, problem, type Handler } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';

const FILE = `/api/v1/caseFiles/${FILE_ID}`;
const ENROLMENT = 'e1111111-2222-4c1f-9a51-2f0c6d7e8a90';
const inTraining = (overrides: Partial<CaseFile> = {}) =>
  caseFile({
    state: 'IN_PROGRESS',
    nextSteps: ['COMPLETED', 'SUSPENDED', 'CLOSED'],
    allowedActions: ['ENROL', 'RECORD_INTERVIEW', 'AMEND_CONVENTION', 'RECORD_FRENCH_CERTIFICATE', 'SUSPEND', 'CLOSE'],
    nextStep: null,
    deadlines: [
      { kind: 'FINAL', dueOn: '2028-03-10', doneOn: null, state: 'ON_TIME', daysLeft: 473 },
      { kind: 'EVALUATION_INTERVIEW', dueOn: '2027-05-20', doneOn: null, state: 'ON_TIME', daysLeft: 180 },
    ],
    axes: [
      { axis: 'RECEPTION', required: true, doneOn: '2026-11-20', hoursDone: 0, hoursRequired: 0 },
      { axis: 'CITIZENSHIP', required: true, doneOn: null, hoursDone: 3.5, hoursRequired: 60, hoursRemaining: 56.5 },
      { axis: 'FRENCH', required: true, doneOn: null, hoursDone: 0, hoursRequired: 400, hoursRemaining: 400 },
    ],
    ...overrides,
  });
const convention: Convention = {
  id: 'c1',
  caseFileId: FILE_ID,
  status: 'SIGNED',
  proposedOn: '2026-11-19',
  signedOn: '2026-11-20',
  endDate: '2028-03-10',
  requiredAxes: ['RECEPTION', 'CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL'],
  grounds: {},
  versions: [
    {
      number: 1,
      axes: ['RECEPTION', 'CITIZENSHIP', 'FRENCH', 'SOCIO_PROFESSIONAL'],
      effectiveOn: '2026-11-20',
      endDate: '2028-03-10',
      reason: 'Signature',
      recordedBy: 'agent.cripel',
    },
  ],
};
const enrolments: Enrolment[] = [
  {
    id: ENROLMENT,
    axis: 'CITIZENSHIP',
    operatorCode: 'ILI-LIEGE',
    operatorName: 'ILI Liège',
    startDate: '2026-11-21',
    status: 'ACTIVE',
  },
  {
    id: 'e2',
    axis: 'FRENCH',
    operatorCode: 'ILI-LIEGE',
    operatorName: 'ILI Liège',
    startDate: '2026-11-21',
    endDate: '2026-11-22',
    status: 'WITHDRAWN',
    withdrawalReason: 'Déménagement',
  },
];

/** The 400 of a request without `field`. */
function required(field: string) {
  return problem({
    type: 'urn:parcours:problem:invalid-request',
    title: 'Requête invalide',
    status: 400,
    issues: [{ field, message: 'est obligatoire' }],
  });
}

/** A file in training with its parts; `extra` adds or replaces handlers. */
function fileInTraining(extra: Record<string, Handler> = {}) {
  return mockFetch({
    'GET /api/v1/me': () => json(agent),
    [`GET ${FILE}`]: () => versioned(inTraining(), '"7"'),
    [`GET ${FILE}/events`]: () => json(events),
    [`GET ${FILE}/enrolments`]: () => json(enrolments),
    [`GET ${FILE}/reception`]: () => json({ caseFileId: FILE_ID, complete: true, completedOn: '2026-11-19' }),
    [`GET ${FILE}/convention`]: () => json(convention),
    [`GET ${FILE}/evaluationInterviews`]: () =>
      json([
        { id: 'i1', heldOn: '2026-05-02', conductedBy: 'agent.cripel', notes: 'Premier entretien' },
        { id: 'i2', heldOn: '2026-11-20', conductedBy: 'superviseur.cripel', notes: null },
      ]),
    [`GET ${FILE}/attendance`]: () =>
      json({
        entries: [
          {
            id: 'a1',
            kind: 'SESSION',
            axis: 'CITIZENSHIP',
            enrolmentId: ENROLMENT,
            operatorCode: 'ILI-LIEGE',
            sessionDate: '2026-11-22',
            hours: 2.5,
            note: 'Module 1',
            recordedBy: 'formateur.ili',
          },
          {
            id: 'a2',
            kind: 'SESSION',
            axis: 'CITIZENSHIP',
            enrolmentId: ENROLMENT,
            operatorCode: 'ILI-LIEGE',
            sessionDate: '2026-11-23',
            hours: 1.5,
            recordedBy: 'formateur.ili',
          },
          {
            id: 'a3',
            kind: 'CORRECTION',
            axis: 'CITIZENSHIP',
            enrolmentId: ENROLMENT,
            operatorCode: 'ILI-LIEGE',
            sessionDate: '2026-11-23',
            hours: -0.5,
            reason: 'Arrivée tardive',
            recordedBy: 'formateur.ili',
          },
        ],
        equivalences: [
          {
            id: 'q1',
            kind: 'WORK_RELEASE',
            axis: 'SOCIO_PROFESSIONAL',
            effectiveOn: '2026-11-21',
            evidence: 'Contrat CDI',
            recordedBy: 'agent.cripel',
          },
        ],
      }),
    ...extra,
  });
}

describe('case file in training', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('lists the evaluation interviews newest first with the next one due, and the attendance per axis with the equivalences', async () => {
    fileInTraining();
    renderApp(`/case-files/${FILE_ID}`);

    const interviews = await screen.findByRole('region', { name: "Entretiens d'évaluation" });
    expect(within(interviews).getByText('Prochain entretien dû le 20 mai 2027.')).toBeInTheDocument();
    const rows = await within(interviews).findAllByRole('row');
    expect(rows[1]).toHaveTextContent('20 novembre 2026superviseur.cripelPas de notes');
    expect(rows[2]).toHaveTextContent('2 mai 2026agent.cripelPremier entretien');

    const attendance = screen.getByRole('region', { name: 'Présences' });
    expect(await within(attendance).findByText('Citoyenneté : 3,5 h', { selector: 'strong' })).toBeInTheDocument();
    // the lines fold under the axis total, one click away
    const lines = within(attendance).getByText('Citoyenneté : voir les 3 lignes de présence', { selector: 'summary' });
    expect(lines.closest('details')).not.toHaveAttribute('open');
    // each line names its operator, not its code
    expect(within(attendance).getAllByRole('cell', { name: 'ILI Liège', hidden: true })).toHaveLength(3);
    await userEvent.setup().click(lines);
    expect(lines.closest('details')).toHaveAttribute('open');
    const table = within(attendance).getByRole('table', { name: 'Citoyenneté : 3,5 h' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText(/Correction : Arrivée tardive/)).toBeInTheDocument();
    expect(
      within(attendance).getByText(
        'Insertion socioprofessionnelle : dispense pour travail le 21 novembre 2026 (Contrat CDI)',
      ),
    ).toBeInTheDocument();
  });

  it('amends the convention with its axes and reason under If-Match, the reason next to its field when missing, and shows the versions', async () => {
    const user = userEvent.setup();
    let amended = false;
    const { requests } = fileInTraining({
      [`GET ${FILE}/convention`]: () =>
        json(
          amended
            ? {
                ...convention,
                requiredAxes: ['RECEPTION', 'CITIZENSHIP', 'FRENCH'],
                versions: [
                  ...(convention.versions ?? []),
                  {
                    number: 2,
                    axes: ['RECEPTION', 'CITIZENSHIP', 'FRENCH'],
                    effectiveOn: '2026-11-23',
                    endDate: '2028-03-10',
                    reason: 'Travaille à temps plein',
                    recordedBy: 'agent.cripel',
                  },
                ],
              }
            : convention,
        ),
      [`POST ${FILE}/convention/amendments`]: async (request) => {
        const body = await request.json();
        if (!body.reason) {
          return required('reason');
        }
        amended = true;
        return versioned(convention, '"8"', 201);
      },
    });
    renderApp(`/case-files/${FILE_ID}`);

    await user.click(await screen.findByText('Modifier la convention (avenant)', { selector: 'summary' }));
    const form = screen
      .getByText('Modifier la convention (avenant)', { selector: 'summary' })
      .closest('details') as HTMLElement;
    const axes = within(form).getByRole('group', { name: 'Axes' });
    expect(within(axes).getByLabelText("Module d'accueil")).toBeDisabled();
    expect(within(axes).getByLabelText("Module d'accueil")).toBeChecked();
    await user.click(within(axes).getByLabelText('Insertion socioprofessionnelle'));
    await user.click(within(form).getByRole('button', { name: "Enregistrer l'avenant" }));
    expect(await within(form).findByText('est obligatoire')).toBeInTheDocument();
    expect(within(form).getByLabelText('Motif')).toHaveAccessibleDescription('est obligatoire');

    await user.type(within(form).getByLabelText('Motif'), 'Travaille à temps plein');
    await user.click(within(form).getByRole('button', { name: "Enregistrer l'avenant" }));
    expect(await within(form).findByText('Enregistré. Le dossier est à jour.')).toBeInTheDocument();
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.headers.get('If-Match'))).toEqual(['"7"', '"7"']);
    expect(await posts[1]?.json()).toMatchObject({
      axes: ['RECEPTION', 'CITIZENSHIP', 'FRENCH'],
      reason: 'Travaille à temps plein',
    });
    const versions = within(screen.getByRole('region', { name: "Convention d'intégration" })).getAllByRole('table')[0]!;
    const rows = await within(versions).findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Travaille à temps plein');
  });

  it('withdraws an active enrolment from its row with a mandatory reason, and completes one', async () => {
    const user = userEvent.setup();
    let version = 7;
    const { requests } = fileInTraining({
      [`GET ${FILE}`]: () => versioned(inTraining(), `"${version}"`),
      [`POST ${FILE}/enrolments/${ENROLMENT}/withdrawal`]: async (request) => {
        const body = await request.json();
        if (!body.reason) {
          return required('reason');
        }
        version = 8;
        return versioned({ ...enrolments[0], status: 'WITHDRAWN' }, '"8"');
      },
      [`POST ${FILE}/enrolments/${ENROLMENT}/completion`]: () =>
        versioned({ ...enrolments[0], status: 'COMPLETED' }, '"9"'),
    });
    renderApp(`/case-files/${FILE_ID}`);

    const table = await screen.findByRole('region', { name: 'Inscriptions' });
    const [, active, withdrawn] = within(table).getAllByRole('row');
    expect(withdrawn).toHaveTextContent('abandonnée — Déménagement');
    expect(within(withdrawn!).queryByText("Abandonner l'inscription")).not.toBeInTheDocument();

    await user.click(within(active!).getByText("Abandonner l'inscription", { selector: 'summary' }));
    await user.click(within(active!).getByRole('button', { name: "Abandonner l'inscription" }));
    expect(await within(active!).findByText('est obligatoire')).toBeInTheDocument();
    expect(within(active!).getByLabelText("Motif de l'abandon")).toHaveAttribute('aria-invalid', 'true');
    await user.type(within(active!).getByLabelText("Motif de l'abandon"), "Changement d'opérateur");
    await user.click(within(active!).getByRole('button', { name: "Abandonner l'inscription" }));
    expect(await within(table).findByText('Inscription abandonnée. Le dossier est à jour.')).toBeInTheDocument();
    const withdrawal = requests.filter((request) => request.url.endsWith('/withdrawal')).at(-1);
    expect(withdrawal?.headers.get('If-Match')).toBe('"7"');
    expect(await withdrawal?.json()).toMatchObject({ reason: "Changement d'opérateur" });

    await user.click(within(active!).getByText("Terminer l'inscription", { selector: 'summary' }));
    await user.click(within(active!).getByRole('button', { name: "Terminer l'inscription" }));
    expect(await within(table).findByText('Inscription terminée. Le dossier est à jour.')).toBeInTheDocument();
    const completion = requests.find((request) => request.url.endsWith('/completion'));
    expect(completion?.headers.get('If-Match')).toBe('"8"');
  });

  it('records a certificate of French, and gives the detail of a refusal below A2', async () => {
    const user = userEvent.setup();
    const { requests } = fileInTraining({
      [`POST ${FILE}/frenchCertificates`]: async (request) => {
        const body = await request.json();
        if (body.level === 'A1') {
          return problem({
            type: 'urn:parcours:problem:conflict',
            title: 'Refusé',
            status: 409,
            detail: 'Un certificat de niveau inférieur à A2 ne dispense pas du français.',
          });
        }
        return versioned({ parcoursCompleted: false }, '"8"', 201);
      },
    });
    renderApp(`/case-files/${FILE_ID}`);

    await user.click(await screen.findByText('Certificat de français (A2 ou plus)', { selector: 'summary' }));
    const form = screen
      .getByText('Certificat de français (A2 ou plus)', { selector: 'summary' })
      .closest('details') as HTMLElement;
    expect(within(form).getByLabelText('Niveau (CECR)')).toHaveValue('A2');
    await user.selectOptions(within(form).getByLabelText('Niveau (CECR)'), 'A1');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(form).findByText('Un certificat de niveau inférieur à A2 ne dispense pas du français.'),
    ).toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText('Niveau (CECR)'), 'B1');
    await user.type(within(form).getByLabelText('Délivré par'), 'Alliance française');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText('Enregistré. Le dossier est à jour.')).toBeInTheDocument();
    const sent = await requests
      .filter((request) => request.method === 'POST')
      .at(-1)
      ?.json();
    expect(sent).toMatchObject({ level: 'B1', issuer: 'Alliance française' });
    // No socio-professional axis in this convention: no work release to record.
    expect(screen.queryByText("Dispense d'orientation socioprofessionnelle pour travail")).not.toBeInTheDocument();
  });

  it('records a work release when the convention requires socio-professional orientation, the evidence next to its field when missing', async () => {
    const user = userEvent.setup();
    const withOrientation = inTraining({
      allowedActions: [
        'ENROL',
        'RECORD_INTERVIEW',
        'AMEND_CONVENTION',
        'RECORD_FRENCH_CERTIFICATE',
        'RECORD_WORK_RELEASE',
        'SUSPEND',
        'CLOSE',
      ],
      axes: [
        ...(inTraining().axes ?? []),
        { axis: 'SOCIO_PROFESSIONAL', required: true, doneOn: null, hoursDone: 0, hoursRequired: 4, hoursRemaining: 4 },
      ],
    });
    const { requests } = fileInTraining({
      [`GET ${FILE}`]: () => versioned(withOrientation, '"7"'),
      [`POST ${FILE}/workReleases`]: async (request) => {
        const body = await request.json();
        if (!body.evidence) {
          return required('evidence');
        }
        return versioned({ parcoursCompleted: false }, '"8"', 201);
      },
    });
    renderApp(`/case-files/${FILE_ID}`);

    const title = "Dispense d'orientation socioprofessionnelle pour travail";
    await user.click(await screen.findByText(title, { selector: 'summary' }));
    const form = screen.getByText(title, { selector: 'summary' }).closest('details') as HTMLElement;
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText('est obligatoire')).toBeInTheDocument();
    expect(within(form).getByLabelText('Preuve du travail')).toHaveAccessibleDescription('est obligatoire');
    await user.type(within(form).getByLabelText('Preuve du travail'), 'Contrat CDI du 2026-11-02');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText('Enregistré. Le dossier est à jour.')).toBeInTheDocument();
    const sent = requests.filter((request) => request.method === 'POST').at(-1);
    expect(sent?.headers.get('If-Match')).toBe('"7"');
    expect(await sent?.json()).toMatchObject({ evidence: 'Contrat CDI du 2026-11-02' });
  });

  it('still shows the interviews and the hours of a completed file, but no longer lets its enrolments change', async () => {
    fileInTraining({
      [`GET ${FILE}`]: () =>
        versioned(
          inTraining({
            state: 'COMPLETED',
            nextSteps: ['ATTESTATION_ISSUED'],
            allowedActions: ['CLOSE'],
            nextStep: null,
          }),
          '"9"',
        ),
    });
    renderApp(`/case-files/${FILE_ID}`);

    expect(await screen.findByRole('region', { name: "Entretiens d'évaluation" })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Présences' })).toBeInTheDocument();
    const enrolmentsPanel = await screen.findByRole('region', { name: 'Inscriptions' });
    expect(within(enrolmentsPanel).queryByText("Abandonner l'inscription")).not.toBeInTheDocument();
    expect(screen.queryByText('Modifier la convention (avenant)')).not.toBeInTheDocument();
  });

  it('offers neither the amendment nor the equivalences before the convention is signed', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${FILE}`]: () =>
        versioned(
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
            nextStep: { action: 'RECORD_SOCIAL_REVIEW', deadline: null },
          }),
          '"2"',
        ),
      [`GET ${FILE}/events`]: () => json(events),
      [`GET ${FILE}/enrolments`]: () => json([]),
      [`GET ${FILE}/reception`]: () => json({ caseFileId: FILE_ID, complete: false }),
      [`GET ${FILE}/convention`]: () => json({ ...convention, status: 'PROPOSED', signedOn: null, versions: [] }),
    });
    renderApp(`/case-files/${FILE_ID}`);

    expect(await screen.findByText('Signer la convention', { selector: 'summary' })).toBeInTheDocument();
    expect(screen.queryByText('Modifier la convention (avenant)')).not.toBeInTheDocument();
    expect(screen.queryByText('Certificat de français (A2 ou plus)')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Présences' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: "Entretiens d'évaluation" })).not.toBeInTheDocument();
  });
});
