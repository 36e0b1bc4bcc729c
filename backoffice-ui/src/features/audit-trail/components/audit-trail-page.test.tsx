import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import type { AuditEvent } from '@/lib/api/types';
import { agent, PERSON_ID } from '@/testing/case-file-fixtures';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';
import { resourceKind } from '../resource-kind';

const TRAIL = `/api/v1/persons/${PERSON_ID}/auditTrail`;

function event(overrides: Partial<AuditEvent>): AuditEvent {
  return {
    id: crypto.randomUUID(),
    occurredAt: '2026-11-23T15:05:12Z',
    actor: 'agent.cripel',
    role: 'CRI_AGENT',
    tenant: 'CRIPEL',
    endpoint: 'GET /persons/{id}',
    personId: PERSON_ID,
    action: 'READ',
    outcome: 'SUCCESS',
    ...overrides,
  };
}

describe('the access log of a person', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('lists who did what, when and from where, the latest first, each access as a sentence and never an endpoint', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      'GET /api/v1/communes/62063': () => json({ nisCode: '62063', name: 'Liège' }),
      [`GET ${TRAIL}`]: () =>
        json({
          items: [
            event({
              endpoint: 'POST /caseFiles',
              action: 'CREATE',
              actor: 'superviseur.cripel',
              role: 'CRI_SUPERVISOR',
            }),
            event({
              endpoint: 'GET /transmissions/{id}',
              action: 'DISCLOSE',
              actor: 'commune-62063',
              role: 'COMMUNE_CLIENT',
              tenant: '62063',
            }),
            event({
              endpoint: 'GET /persons/{id}/auditTrail',
              actor: 'admin',
              role: 'ADMINISTRATOR',
              tenant: null,
              occurredAt: '2026-11-20T08:00:00Z',
            }),
          ],
          page: 1,
          pageSize: 25,
          total: 3,
        }),
    });
    renderApp(`/persons/${PERSON_ID}/audit`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Journal des accès aux données de la personne' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('3 accès enregistré(s)')).toBeInTheDocument();
    expect(document.title).toBe('Journal des accès · Parcours');
    const table = screen.getByRole('table', { name: "Accès aux données de la personne, le plus récent d'abord" });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('23 nov. 2026, 16:05:12');
    expect(cells(rows[0] as HTMLElement)).toEqual([
      'superviseur.cripelSuperviseur CRI',
      'Création',
      'a créé le dossier',
      'CRIPEL',
    ]);
    // a commune's access by the commune's name, not its INS code alone
    await vi.waitFor(() =>
      expect(cells(rows[1] as HTMLElement)).toEqual([
        'commune-62063Commune',
        'Communication à un tiers',
        'a communiqué la copie à la commune ou au CPAS',
        'Liège (62063)',
      ]),
    );
    expect(cells(rows[2] as HTMLElement)).toEqual([
      'adminAdministrateur',
      'Consultation',
      'a consulté le journal des accès',
      'La Région (aucun périmètre)',
    ]);
    expect(table).not.toHaveTextContent(/GET |POST |\/caseFiles/);
    expect(screen.getByRole('link', { name: 'Retour à la fiche de la personne' })).toHaveAttribute(
      'href',
      `/persons/${PERSON_ID}`,
    );
  });

  it('pages through a long log', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${TRAIL}`]: (request) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return json({ items: [event({ actor: `agent-page-${page}` })], page, pageSize: 25, total: 30 });
      },
    });
    renderApp(`/persons/${PERSON_ID}/audit`);

    expect(await screen.findByText('agent-page-1')).toBeInTheDocument();
    expect(screen.getByText('Page 1 sur 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Page suivante' }));
    expect(await screen.findByText('agent-page-2')).toBeInTheDocument();
    expect(requests.map((request) => new URL(request.url).search).filter((search) => search.includes('page='))).toEqual(
      ['?page=1&pageSize=25', '?page=2&pageSize=25'],
    );
  });

  it("says so when the person is another CRI's", async () => {
    mockFetch({
      'GET /api/v1/me': () => json(agent),
      [`GET ${TRAIL}`]: () =>
        problem({
          type: 'urn:parcours:problem:not-found',
          title: 'Introuvable',
          status: 404,
          detail: "Cette ressource n'existe pas.",
        }),
    });
    renderApp(`/persons/${PERSON_ID}/audit`);
    expect(await screen.findByText("Cette ressource n'existe pas.")).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('names the resource of every audited endpoint', () => {
    expect(resourceKind('GET /persons/{id}')).toBe('person');
    expect(resourceKind('PUT /persons/{id}')).toBe('person');
    expect(resourceKind('POST /persons')).toBe('person');
    expect(resourceKind('POST /persons/query')).toBe('personSearch');
    expect(resourceKind('POST /persons/{id}/dispenses')).toBe('assessment');
    expect(resourceKind('GET /persons/{id}/caseFiles')).toBe('caseFile');
    expect(resourceKind('PUT /caseFiles/{id}/reception/socialReview')).toBe('reception');
    expect(resourceKind('POST /caseFiles/{id}/convention/signature')).toBe('convention');
    expect(resourceKind('POST /caseFiles/{id}/enrolments/{enrolmentId}/withdrawal')).toBe('enrolment');
    expect(resourceKind('GET /enrolments/{id}')).toBe('enrolment');
    expect(resourceKind('POST /enrolments/{id}/attendance/{entryId}/corrections')).toBe('attendance');
    expect(resourceKind('POST /operators/{code}/attendanceImports')).toBe('attendance');
    expect(resourceKind('POST /caseFiles/{id}/workReleases')).toBe('attendance');
    expect(resourceKind('GET /caseFiles/{id}/attestation/pdf')).toBe('attestation');
    expect(resourceKind('POST /transmissions/{id}/acknowledgements')).toBe('transmission');
    expect(resourceKind('GET /caseFiles/{id}/evaluationInterviews')).toBe('interview');
    expect(resourceKind('GET /caseFiles/{id}/events')).toBe('timeline');
    expect(resourceKind('POST /caseFiles/{id}/suspensions')).toBe('caseFile');
    expect(resourceKind('GET /somethingNew')).toBe('other');
  });
});
