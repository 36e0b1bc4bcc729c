import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import type { Assessment } from '@/lib/api/types';
import { agent, PERSON_ID, person, versioned } from '@/testing/case-file-fixtures';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';

const PERSON = `/api/v1/persons/${PERSON_ID}`;
const supervisor = { ...agent, username: 'superviseur.cripel', displayName: 'Marc Dubois', role: 'CRI_SUPERVISOR' };
const dispense: Assessment = {
  kind: 'RECORDED_DISPENSE',
  status: 'DISPENSED',
  code: 'D1',
  asOf: '2026-11-23',
  assessedBy: 'superviseur.cripel',
  dispenseReasoning: 'Incapacité durable attestée',
  evidence: {
    documentType: 'Certificat médical',
    documentDate: '2026-10-28',
    issuer: 'Dr. Lambert',
    decisionDate: '2026-11-23',
  },
};

describe('dispense on the person page', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('tells an agent that a supervisor must record a dispense, and offers no form', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${PERSON}`]: () => versioned(person(), '"1"'),
      [`GET ${PERSON}/caseFiles`]: () => json([]),
      [`GET ${PERSON}/assessments`]: () => json([person().assessment]),
    });
    renderApp(`/persons/${PERSON_ID}`);

    const section = await screen.findByRole('region', { name: 'Dispense' });
    expect(
      within(section).getByText(/Seul·e un·e superviseur·e du CRI peut enregistrer une dispense/),
    ).toBeInTheDocument();
    expect(within(section).queryByText('Enregistrer une dispense')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets a supervisor record one: issues next to their fields, then the dispense as the verdict and in the history', async () => {
    const user = userEvent.setup();
    let recorded = false;
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(supervisor),
      [`GET ${PERSON}`]: () => versioned(person(recorded ? { assessment: dispense } : {}), '"1"'),
      [`GET ${PERSON}/caseFiles`]: () => json([]),
      [`GET ${PERSON}/assessments`]: () => json(recorded ? [dispense, person().assessment] : [person().assessment]),
      [`POST ${PERSON}/dispenses`]: async (request) => {
        const body = await request.json();
        if (!body.issuer) {
          return problem({
            type: 'urn:parcours:problem:invalid-request',
            title: 'Requête invalide',
            status: 400,
            issues: [
              { field: 'issuer', message: 'est obligatoire' },
              { field: 'dispense', message: 'doit être une dispense, D1 à D8' },
            ],
          });
        }
        recorded = true;
        return json(dispense, 201);
      },
    });
    renderApp(`/persons/${PERSON_ID}`);

    const section = await screen.findByRole('region', { name: 'Dispense' });
    await user.click(within(section).getByText('Enregistrer une dispense', { selector: 'summary' }));
    const code = within(section).getByLabelText('Motif de dispense');
    expect(
      within(code)
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    await user.click(within(section).getByRole('button', { name: 'Enregistrer la dispense' }));
    expect(await within(section).findByText('est obligatoire')).toBeInTheDocument();
    expect(within(section).getByLabelText('Délivrée par')).toHaveAccessibleDescription('est obligatoire');
    expect(code).toHaveAccessibleDescription('doit être une dispense, D1 à D8');

    await user.selectOptions(code, 'D1');
    await user.type(within(section).getByLabelText('Pièce justificative'), 'Certificat médical');
    await user.type(within(section).getByLabelText('Date de la pièce'), '2026-10-28');
    await user.type(within(section).getByLabelText('Délivrée par'), 'Dr. Lambert');
    await user.type(within(section).getByLabelText('Motivation'), 'Incapacité durable attestée');
    await user.click(within(section).getByRole('button', { name: 'Enregistrer la dispense' }));

    expect(
      await within(section).findByText('Dispense enregistrée. Le verdict et le dossier sont à jour.'),
    ).toBeInTheDocument();
    const sent = await requests
      .filter((request) => request.method === 'POST')
      .at(-1)
      ?.json();
    expect(sent).toMatchObject({
      dispense: 'D1',
      documentType: 'Certificat médical',
      documentDate: '2026-10-28',
      issuer: 'Dr. Lambert',
      explanation: 'Incapacité durable attestée',
    });
    expect(sent.decisionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const history = screen.getByRole('region', { name: 'Historique des verdicts' });
    expect(await within(history).findByText(/dispense enregistrée/)).toBeInTheDocument();
    expect(
      within(history).getByText('Pièce : Certificat médical du 28 octobre 2026, délivrée par Dr. Lambert'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: "Verdict de l'obligation" })).getByText('Dispensé·e'),
    ).toBeInTheDocument();
  });

  const toConfirm: Assessment = {
    id: '7d3c1c9e-4d7e-4a8b-9f0e-2b1a3c4d5e6f',
    kind: 'RULES_ENGINE',
    status: 'DISPENSE_TO_CONFIRM',
    code: 'D1',
    deadline: '2028-03-10',
    asOf: '2026-11-23',
    assessedBy: 'agent.cripel',
  };
  const DECISION = `${PERSON}/dispenses/${toConfirm.id}`;

  it('shows an agent the dispense to confirm: the person still obliged with the deadline, and no form', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${PERSON}`]: () => versioned(person({ assessment: toConfirm }), '"2"'),
      [`GET ${PERSON}/caseFiles`]: () => json([]),
      [`GET ${PERSON}/assessments`]: () => json([toConfirm, person().assessment]),
    });
    renderApp(`/persons/${PERSON_ID}`);

    const verdict = await screen.findByRole('region', { name: "Verdict de l'obligation" });
    expect(await within(verdict).findByText('Dispense à confirmer')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Dispense' });
    expect(within(section).getByText('Dispense à confirmer (D1)')).toBeInTheDocument();
    expect(within(section).getByText(/reste soumise à l'obligation : échéance le 10 mars 2028/)).toBeInTheDocument();
    expect(within(section).getByText(/Seul·e un·e superviseur·e du CRI peut confirmer ou refuser/)).toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets a supervisor confirm it on evidence, and the history shows who entered and who confirmed', async () => {
    const user = userEvent.setup();
    let confirmed = false;
    const confirmation: Assessment = { ...dispense, id: 'c0ffee00-0000-4000-8000-000000000001', decides: toConfirm.id };
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(supervisor),
      [`GET ${PERSON}`]: () => versioned(person({ assessment: confirmed ? confirmation : toConfirm }), '"2"'),
      [`GET ${PERSON}/caseFiles`]: () => json([]),
      [`GET ${PERSON}/assessments`]: () => json(confirmed ? [confirmation, toConfirm] : [toConfirm]),
      [`POST ${DECISION}/confirmation`]: () => {
        confirmed = true;
        return json(confirmation, 201);
      },
    });
    renderApp(`/persons/${PERSON_ID}`);

    const section = await screen.findByRole('region', { name: 'Dispense' });
    await user.click(await within(section).findByText('Confirmer la dispense', { selector: 'summary' }));
    await user.type(within(section).getByLabelText('Pièce justificative'), 'Certificat médical');
    await user.type(within(section).getByLabelText('Date de la pièce'), '2026-10-28');
    await user.type(within(section).getByLabelText('Délivrée par'), 'Dr. Lambert');
    await user.type(within(section).getByLabelText('Motivation'), 'Incapacité durable attestée');
    await user.click(within(section).getByRole('button', { name: 'Confirmer la dispense' }));

    const history = screen.getByRole('region', { name: 'Historique des verdicts' });
    expect(await within(history).findByText(/dispense confirmée/)).toBeInTheDocument();
    const entries = within(history).getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('superviseur.cripel');
    expect(entries[1]).toHaveTextContent('Dispense à confirmer (D1)');
    expect(entries[1]).toHaveTextContent('agent.cripel');
    const sent = await requests
      .filter((request) => request.method === 'POST')
      .at(-1)
      ?.json();
    expect(sent).toMatchObject({
      documentType: 'Certificat médical',
      documentDate: '2026-10-28',
      issuer: 'Dr. Lambert',
      explanation: 'Incapacité durable attestée',
    });
  });

  it('lets a supervisor reject it with a reason, shown next to the field when missing', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(supervisor),
      [`GET ${PERSON}`]: () => versioned(person({ assessment: toConfirm }), '"2"'),
      [`GET ${PERSON}/caseFiles`]: () => json([]),
      [`GET ${PERSON}/assessments`]: () => json([toConfirm]),
      [`POST ${DECISION}/rejection`]: async (request) => {
        const body = await request.json();
        if (!body.reason) {
          return problem({
            type: 'urn:parcours:problem:invalid-request',
            title: 'Requête invalide',
            status: 400,
            issues: [{ field: 'reason', message: 'est obligatoire' }],
          });
        }
        return json(
          { ...toConfirm, kind: 'REJECTED_DISPENSE', status: 'OBLIGED', code: null, decides: toConfirm.id },
          201,
        );
      },
    });
    renderApp(`/persons/${PERSON_ID}`);

    const section = await screen.findByRole('region', { name: 'Dispense' });
    await user.click(await within(section).findByText('Refuser la dispense', { selector: 'summary' }));
    await user.click(within(section).getByRole('button', { name: 'Refuser la dispense' }));
    expect(await within(section).findByText('est obligatoire')).toBeInTheDocument();
    expect(within(section).getByLabelText('Motif du refus')).toHaveAccessibleDescription('est obligatoire');
    await user.type(within(section).getByLabelText('Motif du refus'), 'Aucun certificat fourni');
    await user.click(within(section).getByRole('button', { name: 'Refuser la dispense' }));

    await waitFor(() => expect(requests.filter((request) => request.method === 'POST')).toHaveLength(2));
    expect(
      await requests
        .filter((request) => request.method === 'POST')
        .at(-1)
        ?.json(),
    ).toEqual({ reason: 'Aucun certificat fourni' });
  });
});
