import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import type { Attestation, CaseFile } from '@/lib/api/types';
import { agent, caseFile, events, FILE_ID, versioned } from '@/testing/case-file-fixtures';
import { json, mockFetch, problem, type Handler } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';

const FILE = `/api/v1/caseFiles/${FILE_ID}`;
const supervisor = {
  ...agent,
  username: 'superviseur.cripel',
  displayName: 'Françoise Lemaître',
  role: 'CRI_SUPERVISOR',
};
const completedAxes: CaseFile['axes'] = [
  { axis: 'RECEPTION', required: true, doneOn: '2026-05-02', hoursDone: 0, hoursRequired: 0, hoursRemaining: 0 },
  { axis: 'CITIZENSHIP', required: true, doneOn: '2026-10-30', hoursDone: 60, hoursRequired: 60, hoursRemaining: 0 },
];
/** As an agent reads it: issuing is a supervisor's decision, the API gives no next step. */
const completed = caseFile({
  state: 'COMPLETED',
  nextSteps: ['ATTESTATION_ISSUED', 'CLOSED'],
  axes: completedAxes,
  allowedActions: ['CLOSE'],
  nextStep: null,
});
/** As a supervisor reads it: the attestation is the next step. */
const completedForSupervisor = caseFile({
  ...completed,
  allowedActions: ['ISSUE_ATTESTATION', 'CLOSE'],
  nextStep: {
    action: 'ISSUE_ATTESTATION',
    deadline: { kind: 'FINAL', dueOn: '2028-03-10', doneOn: '2026-10-30', state: 'DONE', daysLeft: 473 },
  },
});
const issuedFile = caseFile({
  state: 'ATTESTATION_ISSUED',
  nextSteps: [],
  axes: completedAxes,
  allowedActions: [],
  nextStep: null,
});
const issuedForSupervisor = caseFile({ ...issuedFile, allowedActions: ['REVOKE_ATTESTATION'] });

function attestation(overrides: Partial<Attestation> = {}): Attestation {
  return {
    id: 'a1',
    caseFileId: FILE_ID,
    number: 'CRIPEL-2026-00042',
    issuedOn: '2026-11-23',
    issuedBy: 'superviseur.cripel',
    issuedAt: '2026-11-23T09:12:03Z',
    verificationCode: '7K3D-QX9M-2B4T',
    verificationUrl: 'http://localhost:8080/verify/7K3D-QX9M-2B4T',
    pdfSha256: 'ab12',
    revoked: false,
    revokedAt: null,
    revocationReason: null,
    content: { officerName: 'Françoise Lemaître' },
    transmissions: [
      {
        id: 't1',
        recipientKind: 'COMMUNE',
        nisCode: '62063',
        status: 'ACKNOWLEDGED',
        dueAt: '2026-11-23T09:12:03Z',
        firstFetchedAt: '2026-11-23T10:00:00Z',
        fetchCount: 2,
        acknowledgedAt: '2026-11-23T10:05:00Z',
      },
      {
        id: 't2',
        recipientKind: 'CPAS',
        nisCode: '62063',
        status: 'PENDING',
        dueAt: '2026-11-23T09:12:03Z',
        firstFetchedAt: null,
        fetchCount: 0,
        acknowledgedAt: null,
      },
    ],
    ...overrides,
  };
}

/** The answers of a case file page; `more` adds or replaces some. */
function page(file: () => Response, more: Record<string, Handler> = {}, user: object = agent) {
  return mockFetch({
    'GET /api/v1/me': () => json(user),
    [`GET ${FILE}`]: file,
    [`GET ${FILE}/events`]: () => json(events),
    [`GET ${FILE}/enrolments`]: () => json([]),
    [`GET ${FILE}/reception`]: () =>
      problem({ type: 'urn:parcours:problem:not-found', title: 'Introuvable', status: 404 }),
    [`GET ${FILE}/convention`]: () =>
      problem({ type: 'urn:parcours:problem:not-found', title: 'Introuvable', status: 404 }),
    ...more,
  });
}

describe('attestation panel', () => {
  beforeEach(() => saveAccessToken(validJwt()));
  afterEach(() => vi.unstubAllGlobals());

  it('shows nothing, and asks nothing, while the parcours is not complete', async () => {
    const { requests } = page(() =>
      versioned(caseFile({ state: 'IN_PROGRESS', nextSteps: ['COMPLETED', 'CLOSED'] }), '"3"'),
    );
    renderApp(`/case-files/${FILE_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Dossier de El Amrani Yasmina' });
    expect(screen.queryByRole('region', { name: 'Attestation de fréquentation' })).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/attestation'))).toBe(false);
  });

  it('tells an agent that a supervisor issues the attestation of a completed file, with no button to do it', async () => {
    page(() => versioned(completed, '"7"'));
    renderApp(`/case-files/${FILE_ID}`);
    const panel = await screen.findByRole('region', { name: 'Attestation de fréquentation' });
    expect(panel).toHaveTextContent("Un responsable du CRI doit maintenant délivrer l'attestation.");
    expect(within(panel).queryByRole('button', { name: "Délivrer l'attestation" })).not.toBeInTheDocument();
  });

  it('lets a supervisor issue it from the next-step card with If-Match, shows the unfinished axes of a 409, then the issued attestation', async () => {
    const user = userEvent.setup();
    let state: 'refused' | 'issued' | 'completed' = 'completed';
    const { requests } = page(
      () => (state === 'issued' ? versioned(issuedForSupervisor, '"9"') : versioned(completedForSupervisor, '"7"')),
      {
        [`POST ${FILE}/attestation`]: () => {
          if (state === 'completed') {
            state = 'refused';
            return problem({
              type: 'urn:parcours:problem:conflict',
              title: 'Refusé',
              status: 409,
              detail: "Le parcours n'est pas terminé (CITIZENSHIP (30/60 h)).",
              code: 'ATTESTATION.AXES_UNFINISHED',
            } as never);
          }
          state = 'issued';
          return versioned(attestation(), '"9"', 201);
        },
        [`GET ${FILE}/attestation`]: () => versioned(attestation(), '"9"'),
      },
      supervisor,
    );
    renderApp(`/case-files/${FILE_ID}`);

    const card = await screen.findByRole('region', { name: 'Prochaine étape' });
    expect(card).toHaveTextContent("Délivrer l'attestation de fréquentation");
    const panel = screen.getByRole('region', { name: 'Attestation de fréquentation' });
    // the form is in the card only, not twice
    expect(within(panel).queryByRole('button', { name: "Délivrer l'attestation" })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: "Délivrer l'attestation" }));
    const refusal = await within(card).findByRole('alert');
    expect(refusal).toHaveTextContent("L'attestation ne peut pas encore être délivrée");
    expect(refusal).toHaveTextContent("Le parcours n'est pas terminé (CITIZENSHIP (30/60 h)).");
    expect(requests.find((request) => request.method === 'POST')?.headers.get('If-Match')).toBe('"7"');

    await user.click(within(card).getByRole('button', { name: "Délivrer l'attestation" }));
    expect(
      await within(screen.getByRole('region', { name: 'Attestation de fréquentation' })).findByTestId(
        'attestation-number',
      ),
    ).toHaveTextContent('CRIPEL-2026-00042');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(2);
  });

  it('shows the issued attestation: number, date, verification link, each copy with its status and times, and downloads the PDF with the token', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:attestation');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { requests } = page(() => versioned(issuedFile, '"9"'), {
      [`GET ${FILE}/attestation`]: () => versioned(attestation(), '"9"'),
      'GET /api/v1/communes/62063': () => json({ nisCode: '62063', name: 'Liège' }),
      [`GET ${FILE}/attestation/pdf`]: () =>
        new Response('%PDF-1.7', {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': 'attachment; filename="CRIPEL-2026-00042.pdf"',
          },
        }),
    });
    renderApp(`/case-files/${FILE_ID}`);

    const panel = await screen.findByRole('region', { name: 'Attestation de fréquentation' });
    expect(await within(panel).findByTestId('attestation-number')).toHaveTextContent('CRIPEL-2026-00042');
    expect(panel).toHaveTextContent('23 novembre 2026');
    expect(within(panel).getByTestId('attestation-state')).toHaveTextContent('Valide');
    expect(within(panel).getByRole('link', { name: 'Vérifier en ligne' })).toHaveAttribute(
      'href',
      '/verify/7K3D-QX9M-2B4T',
    );
    const commune = within(panel).getByTestId('copy-COMMUNE');
    // the commune by its name, not its INS code alone
    await vi.waitFor(() => expect(commune).toHaveTextContent('Commune de Liège (62063)'));
    expect(commune).toHaveTextContent('Réception confirmée');
    expect(commune).toHaveTextContent('23 novembre 2026 à 11:05');
    expect(commune).toHaveTextContent('2 téléchargement(s)');
    const cpas = within(panel).getByTestId('copy-CPAS');
    expect(cpas).toHaveTextContent('CPAS de Liège (62063)En attente');
    // an agent neither revokes
    expect(within(panel).queryByText("Révoquer l'attestation")).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Télécharger le PDF' }));
    await vi.waitFor(() => expect(clicks, panel.textContent ?? '').toHaveBeenCalled());
    const download = requests.find((request) => request.url.endsWith('/attestation/pdf'));
    expect(download?.headers.get('Authorization')).toMatch(/^Bearer /);
    const saved = clicks.mock.contexts[0] as HTMLAnchorElement;
    expect(saved.download).toBe('CRIPEL-2026-00042.pdf');
    expect(createObjectURL).toHaveBeenCalledOnce();
  });

  it('makes a supervisor give a reason to revoke, sends it with If-Match, then shows the attestation revoked', async () => {
    const user = userEvent.setup();
    let revoked = false;
    const { requests } = page(
      () => versioned(issuedForSupervisor, revoked ? '"10"' : '"9"'),
      {
        [`GET ${FILE}/attestation`]: () =>
          versioned(
            revoked
              ? attestation({
                  revoked: true,
                  revokedAt: '2026-11-24T08:30:00Z',
                  revocationReason: 'Heures encodées en double',
                })
              : attestation(),
            revoked ? '"10"' : '"9"',
          ),
        [`POST ${FILE}/attestation/revocation`]: () => {
          revoked = true;
          return versioned(attestation({ revoked: true }), '"10"');
        },
      },
      supervisor,
    );
    renderApp(`/case-files/${FILE_ID}`);

    const panel = await screen.findByRole('region', { name: 'Attestation de fréquentation' });
    await user.click(await within(panel).findByText("Révoquer l'attestation", { selector: 'summary' }));
    await user.click(within(panel).getByRole('button', { name: "Révoquer l'attestation" }));
    expect(await within(panel).findByText('Indiquez la raison de la révocation.')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.type(within(panel).getByLabelText('Raison de la révocation'), 'Heures encodées en double');
    await user.click(within(panel).getByRole('button', { name: "Révoquer l'attestation" }));
    const alert = await within(panel).findByText('Attestation révoquée');
    expect(alert.closest('[role="alert"]')).toHaveTextContent('Raison : Heures encodées en double');
    const revocation = requests.find((request) => request.method === 'POST');
    expect(revocation?.headers.get('If-Match')).toBe('"9"');
    expect(await revocation?.json()).toEqual({ reason: 'Heures encodées en double' });
    expect(within(panel).getByTestId('attestation-state')).toHaveTextContent('Révoquée le 24 novembre 2026');
    expect(within(panel).queryByText("Révoquer l'attestation", { selector: 'summary' })).not.toBeInTheDocument();
  });
});
