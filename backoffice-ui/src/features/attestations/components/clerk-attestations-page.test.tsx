import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import type { Transmission } from '@/lib/api/types';
import { json, mockFetch } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';

const clerk = {
  username: 'commune.liege',
  displayName: 'Guichet Liège',
  role: 'COMMUNE_CLIENT',
  cri: null,
  operator: null,
  nis: '62063',
};

function copy(id: string, number: string, lastName: string, overrides: Partial<Transmission> = {}): Transmission {
  return {
    id,
    cursor: Number(id.replace(/\D/g, '')),
    recipientKind: 'COMMUNE',
    nisCode: '62063',
    attestationNumber: number,
    issuedOn: '2026-11-20',
    cri: 'CRIPEL',
    person: { lastName, firstNames: 'Amal', birthDate: '1991-04-17', nationality: 'SY', nationalNumber: '91041712345' },
    attestationRevoked: false,
    status: 'PENDING',
    dueAt: '2026-11-20T09:00:00Z',
    firstFetchedAt: null,
    acknowledgedAt: null,
    ...overrides,
  };
}

/** A commune's feed: `acknowledged=false` gives the copies not acknowledged, without it every copy. */
function feed(copies: () => Transmission[]) {
  return (request: Request) => {
    const query = new URL(request.url).searchParams;
    const since = Number(query.get('since') ?? 0);
    const limit = Number(query.get('limit') ?? 50);
    const acknowledged = query.get('acknowledged');
    const items = copies()
      .filter((item) => (item.cursor ?? 0) > since)
      .filter((item) => acknowledged === null || (item.status === 'ACKNOWLEDGED') === (acknowledged === 'true'))
      .slice(0, limit);
    return json({ items, nextCursor: items.length > 0 ? items[items.length - 1]?.cursor : since });
  };
}

describe('clerk attestations', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('lands the clerk on the count of copies to acknowledge, a link to them', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(clerk),
      'GET /api/v1/transmissions': feed(() => [
        copy('t1', 'CRIPEL-2026-00001', 'Haddad'),
        copy('t2', 'CRIPEL-2026-00002', 'Nguyen', { status: 'ACKNOWLEDGED', acknowledgedAt: '2026-11-21T09:00:00Z' }),
        copy('t3', 'CRIPEL-2026-00003', 'Okafor', { status: 'FETCHED' }),
      ]),
    });
    renderApp('/');
    const due = await screen.findByRole('region', { name: 'Attestations à traiter' });
    expect(await within(due).findByTestId('attestations-due-count')).toHaveTextContent('2');
    expect(within(due).getByRole('link', { name: 'Voir les attestations reçues' })).toHaveAttribute(
      'href',
      '/attestations',
    );
  });

  it('lists the copies to acknowledge with who, which attestation and its status; acknowledging confirms it and takes it off the list', async () => {
    const user = userEvent.setup();
    const copies = [
      copy('t1', 'CRIPEL-2026-00001', 'Haddad'),
      copy('t2', 'CRIPEL-2026-00002', 'Nguyen', { status: 'ACKNOWLEDGED', acknowledgedAt: '2026-11-21T09:00:00Z' }),
      copy('t3', 'CRIPEL-2026-00003', 'Okafor', { status: 'FETCHED', attestationRevoked: true }),
    ];
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(clerk),
      'GET /api/v1/transmissions': feed(() => copies),
      'POST /api/v1/transmissions/t1/acknowledgements': () => {
        copies[0] = { ...copies[0], status: 'ACKNOWLEDGED', acknowledgedAt: '2026-11-23T10:00:00Z' };
        return json(copies[0]);
      },
    });
    renderApp('/attestations');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attestations dues à votre commune' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Attestations à accuser réception : 2' });
    const rows = within(table).getAllByTestId('clerk-copy');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Haddad Amal17 avril 1991CRIPEL-2026-0000120 novembre 2026CRIPELEn attente');
    expect(rows[1]).toHaveTextContent('Téléchargée');
    expect(rows[1]).toHaveTextContent('Révoquée par le CRI');
    expect(requests.find((request) => request.url.includes('/transmissions'))?.url).toContain('acknowledged=false');

    await user.click(
      within(rows[0] as HTMLElement).getByRole('button', {
        name: "Accuser réception de l'attestation CRIPEL-2026-00001",
      }),
    );
    const confirmation = await screen.findByText(
      "Réception de l'attestation CRIPEL-2026-00001 (Haddad Amal) confirmée au CRI.",
    );
    expect(confirmation.closest('[tabindex="-1"]')).toHaveFocus();
    expect(await screen.findByRole('table', { name: 'Attestations à accuser réception : 1' })).toBeInTheDocument();
    expect(screen.queryByText('CRIPEL-2026-00001')).not.toBeInTheDocument();

    // every copy, in the order they arrived: the acknowledged ones without the button
    await user.click(screen.getByLabelText("Toutes, dans l'ordre d'arrivée"));
    const all = await screen.findByRole('table', { name: 'Toutes les attestations reçues' });
    const allRows = within(all).getAllByTestId('clerk-copy');
    expect(allRows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Haddad Amal',
      'Nguyen Amal',
      'Okafor Amal',
    ]);
    expect(allRows[0]).toHaveTextContent('Réception confirmée');
    expect(
      within(allRows[0] as HTMLElement).queryByRole('button', { name: /Accuser réception/ }),
    ).not.toBeInTheDocument();
    expect(within(allRows[2] as HTMLElement).getByRole('button', { name: /Accuser réception/ })).toBeInTheDocument();
  });

  it('says so when nothing waits for an acknowledgement', async () => {
    mockFetch({
      'GET /api/v1/me': () => json({ ...clerk, role: 'CPAS_CLIENT' }),
      'GET /api/v1/transmissions': feed(() => []),
    });
    renderApp('/attestations');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attestations dues à votre CPAS' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Aucune attestation à accuser réception.')).toBeInTheDocument();
  });
});
