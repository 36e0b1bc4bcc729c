import { screen, within } from '@testing-library/react';
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
  evidence: { documentType: 'Certificat médical', documentDate: '2026-10-28', issuer: 'Dr. Lambert', decisionDate: '2026-11-23' },
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
    expect(within(section).getByText(/Seul·e un·e superviseur·e du CRI peut enregistrer une dispense/)).toBeInTheDocument();
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
            issues: [{ field: 'issuer', message: 'est obligatoire' }, { field: 'dispense', message: 'doit être une dispense, D1 à D8' }],
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
    expect(within(code).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual(['', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
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

    expect(await within(section).findByText('Dispense enregistrée. Le verdict et le dossier sont à jour.')).toBeInTheDocument();
    const sent = await requests.filter((request) => request.method === 'POST').at(-1)?.json();
    expect(sent).toMatchObject({ dispense: 'D1', documentType: 'Certificat médical', documentDate: '2026-10-28', issuer: 'Dr. Lambert', explanation: 'Incapacité durable attestée' });
    expect(sent.decisionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const history = screen.getByRole('region', { name: 'Historique des verdicts' });
    expect(await within(history).findByText(/dispense enregistrée/)).toBeInTheDocument();
    expect(within(history).getByText('Pièce : Certificat médical du 28 octobre 2026, délivrée par Dr. Lambert')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: "Verdict de l'obligation" })).getByText('Dispensé·e')).toBeInTheDocument();
  });
});
