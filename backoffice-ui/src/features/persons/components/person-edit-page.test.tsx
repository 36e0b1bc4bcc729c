import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import type { ProblemIssue } from '@/lib/api';
import type { Assessment } from '@/lib/api/types';
import { agent, PERSON_ID, person, versioned } from '@/testing/case-file-fixtures';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { referenceHandlers } from '@/testing/reference-fixtures';
import { renderApp } from '@/testing/render-app';

const PERSON = `/api/v1/persons/${PERSON_ID}`;
const obliged = person().assessment as Assessment;
const dispensed: Assessment = {
  kind: 'RULES_ENGINE',
  status: 'DISPENSED',
  code: 'D1',
  deadline: null,
  asOf: '2026-11-24',
  assessedBy: 'agent.cripel',
  explanation: [
    { rule: 'D1', provision: 'Dispense D1 : certificat médical', legalSource: 'CWASS art. 152/7 §3', applied: true },
  ],
};
/** A record with what the form does not show: a second permit, a family link, a period of work. */
const recorded = person({
  permits: [
    { permitType: 'FAMILY_REUNIFICATION', orderDate: '2025-03-10', familyLink: 'BELGIAN' },
    { permitType: 'WORK', orderDate: '2026-01-05' },
  ],
  employment: [{ start: '2025-06-02', fraction: 0.5 }],
  dispenseFacts: { studyStatus: 'NONE', medicalCertificate: false },
});

/** The record, and a 400 with these issues to every edit. */
function editRefusedWith(issues: ProblemIssue[]) {
  return mockFetch({
    'GET /api/v1/me': () => json(agent),
    ...referenceHandlers,
    [`GET ${PERSON}`]: () => versioned(recorded, '"1"'),
    [`PUT ${PERSON}`]: () =>
      problem({
        type: 'urn:parcours:problem:invalid-request',
        title: 'Requête invalide',
        status: 400,
        detail: `La requête contient ${issues.length} erreur(s).`,
        issues,
      }),
  });
}

describe('person edit page', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('sends the whole record with If-Match, keeping what the form does not show, then shows the new verdict first in the history', async () => {
    const user = userEvent.setup();
    let saved = false;
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      ...referenceHandlers,
      [`GET ${PERSON}`]: () =>
        versioned(saved ? { ...recorded, assessment: dispensed } : recorded, saved ? '"2"' : '"1"'),
      [`PUT ${PERSON}`]: () => {
        saved = true;
        return versioned({ ...recorded, preferredLanguage: 'ar', assessment: dispensed }, '"2"');
      },
      [`GET ${PERSON}/caseFiles`]: () => json([]),
      [`GET ${PERSON}/assessments`]: () => json(saved ? [dispensed, obliged] : [obliged]),
    });
    renderApp(`/persons/${PERSON_ID}/edit`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Modifier la fiche de El Amrani Yasmina' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Nom')).toHaveValue('El Amrani');
    expect(screen.getByLabelText('Type de titre')).toHaveValue('FAMILY_REUNIFICATION');
    await user.type(screen.getByRole('combobox', { name: 'Langue de contact' }), 'arab');
    await user.click(await screen.findByRole('option', { name: 'Arabe' }));
    await user.click(screen.getByLabelText('Certificat médical : suivre le parcours est impossible (D1)'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'El Amrani Yasmina' })).toBeInTheDocument();
    expect(
      screen.getByText('Fiche enregistrée. Le verdict ci-dessous tient compte des modifications.'),
    ).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"1"');
    const body = await put?.json();
    expect(body.preferredLanguage).toBe('ar');
    expect(body.dispenseFacts).toEqual({
      studyStatus: 'NONE',
      belgianDiploma: false,
      medicalCertificate: true,
      priorAttestation: false,
    });
    expect(body.permits).toEqual([
      { permitType: 'FAMILY_REUNIFICATION', orderDate: '2025-03-10', familyLink: 'BELGIAN' },
      { permitType: 'WORK', orderDate: '2026-01-05' },
    ]);
    expect(body.employment).toEqual([{ start: '2025-06-02', fraction: 0.5 }]);
    expect(body).not.toHaveProperty('confirmedNotDuplicate');

    expect(
      within(screen.getByRole('region', { name: "Verdict de l'obligation" })).getByText('Dispensé·e'),
    ).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Historique des verdicts' });
    const entries = await within(history).findAllByRole('listitem');
    expect(entries[0]).toHaveTextContent('Dispensé·e (D1) · moteur de règles');
    expect(entries[0]).toHaveTextContent('Évalué au 24 novembre 2026');
    expect(within(history).getByText('Dispositions examinées (1)')).toBeInTheDocument();
    expect(within(history).getByText("Soumis·e à l'obligation")).toBeInTheDocument();
  });

  it('shows each issue of a 400 next to its field, the dispense facts included', async () => {
    const user = userEvent.setup();
    editRefusedWith([
      { field: 'communeNis', message: 'doit être un code NIS de 5 chiffres' },
      { field: 'dispenseFacts.studyStatus', message: 'valeur inconnue' },
    ]);
    renderApp(`/persons/${PERSON_ID}/edit`);

    const commune = await screen.findByRole('combobox', { name: 'Commune de résidence' });
    expect(await screen.findByDisplayValue('Liège (62063)')).toBe(commune);
    await user.clear(commune);
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await screen.findByText('doit être un code NIS de 5 chiffres')).toBeInTheDocument();
    expect(commune).toHaveAccessibleDescription(expect.stringContaining('doit être un code NIS de 5 chiffres'));
    expect(commune).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Études (dispense D5)')).toHaveAccessibleDescription('valeur inconnue');
    expect(screen.getByText('La requête contient 2 erreur(s).')).toBeInTheDocument();
  });

  it('adds a period of work (a decimal comma read as a point) and shows its issue next to its field', async () => {
    const user = userEvent.setup();
    const { requests } = editRefusedWith([{ field: 'employment[1].start', message: 'est obligatoire' }]);
    renderApp(`/persons/${PERSON_ID}/edit`);

    const work = await screen.findByRole('group', { name: 'Périodes de travail (dispense D4)' });
    expect(within(work).getByRole('group', { name: 'Période 1' })).toBeInTheDocument();
    await user.click(within(work).getByRole('button', { name: 'Ajouter une période de travail' }));
    const second = within(work).getByRole('group', { name: 'Période 2' });
    await user.type(within(second).getByLabelText('Temps de travail'), '0,8');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(await within(second).findByText('est obligatoire')).toBeInTheDocument();
    expect(within(second).getByLabelText('Début')).toHaveAccessibleDescription('est obligatoire');
    const body = await requests.find((request) => request.method === 'PUT')?.json();
    expect(body.employment).toEqual([{ start: '2025-06-02', fraction: 0.5 }, { fraction: 0.8 }]);

    await user.click(within(work).getByRole('button', { name: 'Retirer la période 1' }));
    expect(within(work).queryByRole('group', { name: 'Période 2' })).not.toBeInTheDocument();
  });

  it('says the record changed meanwhile on a 412 and fills the form again with the reloaded record', async () => {
    const user = userEvent.setup();
    let reads = 0;
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      ...referenceHandlers,
      [`GET ${PERSON}`]: () => {
        reads += 1;
        return versioned(reads === 1 ? recorded : { ...recorded, firstNames: 'Yasmine' }, `"${reads}"`);
      },
      [`PUT ${PERSON}`]: () => problem({ type: 'urn:parcours:problem:stale', title: 'Version périmée', status: 412 }),
    });
    renderApp(`/persons/${PERSON_ID}/edit`);

    await user.type(await screen.findByRole('combobox', { name: 'Langue de contact' }), 'ar');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await screen.findByText('La fiche a changé entre-temps')).toBeInTheDocument();
    expect(await screen.findByDisplayValue('Yasmine')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Langue de contact' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    const puts = requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.headers.get('If-Match'))).toEqual(['"1"', '"2"']);
  });
});
