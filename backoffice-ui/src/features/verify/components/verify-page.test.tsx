import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';
import { normalizeAttestationCode } from '../attestation-code';

const path = '/api/v1/public/attestations/7K3M-9QXR-2B4T';

describe('attestation codes', () => {
  it('accept Crockford base32, any case, dashes optional, O as 0 and I or L as 1', () => {
    expect(normalizeAttestationCode('7k3m9qxr2b4t')).toBe('7K3M-9QXR-2B4T');
    expect(normalizeAttestationCode(' 7K3M-9QXR-2B4T ')).toBe('7K3M-9QXR-2B4T');
    expect(normalizeAttestationCode('o0il-0000-0000')).toBe('0011-0000-0000');
    expect(normalizeAttestationCode('7K3M-9QXR-2B4')).toBeNull();
    expect(normalizeAttestationCode('UUUU-9QXR-2B4T')).toBeNull();
  });
});

describe('VerifyPage', () => {
  it('says when and by which CRI a valid attestation was issued', async () => {
    const { requests } = mockFetch({
      [`GET ${path}`]: () =>
        json({
          status: 'VALID',
          issuedOn: '2026-10-02',
          cri: { code: 'CRIPEL', name: "Centre régional d'intégration de Liège" },
          revokedOn: null,
        }),
    });
    renderApp('/verify/7k3m9qxr2b4t');

    const verdict = (await screen.findByText('Attestation valable')).closest('[role="status"]');
    expect(verdict).toHaveTextContent(
      "Cette attestation a été délivrée le 2 octobre 2026 par Centre régional d'intégration de Liège.",
    );
    expect(verdict).toHaveTextContent('7K3M-9QXR-2B4T');
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
    expect(screen.getByRole('link', { name: 'Vérifier un autre code' })).toHaveAttribute('href', '/verify');
  });

  it('says when an attestation was revoked', async () => {
    mockFetch({
      [`GET ${path}`]: () =>
        json({ status: 'REVOKED', issuedOn: '2026-10-02', cri: { code: 'CRIPEL', name: 'CRIPEL' }, revokedOn: '2026-11-05' }),
    });
    renderApp('/verify/7K3M-9QXR-2B4T');

    const verdict = await screen.findByRole('alert');
    expect(verdict).toHaveTextContent('Attestation révoquée');
    expect(verdict).toHaveTextContent('Cette attestation a été révoquée le 5 novembre 2026. Elle n\'est plus valable.');
  });

  it('says "unknown code" for a 404', async () => {
    mockFetch({
      [`GET ${path}`]: () => problem({ type: 'urn:parcours:problem:not-found', title: 'Introuvable', status: 404 }),
    });
    renderApp('/verify/7K3M-9QXR-2B4T');

    const verdict = await screen.findByRole('alert');
    expect(verdict).toHaveTextContent('Code inconnu');
    expect(verdict).toHaveTextContent('Aucune attestation ne correspond à ce code.');
  });

  it('takes a typed code, checks its format next to the field, then opens its page', async () => {
    const user = userEvent.setup();
    const { spy } = mockFetch({
      [`GET ${path}`]: () => problem({ status: 404, title: 'Not Found' }),
    });
    const { router } = renderApp('/verify');

    const field = await screen.findByLabelText("Code de l'attestation");
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Indiquez le code de l'attestation."));
    await user.type(field, '7K3M-9QXR');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Le code compte 12 lettres ou chiffres, au format XXXX-XXXX-XXXX.'),
    );
    expect(spy).not.toHaveBeenCalled();

    await user.type(field, '-2b4t');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));

    expect(await screen.findByText('Code inconnu')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/verify/7K3M-9QXR-2B4T');
  });

  it('speaks Arabic, right to left', async () => {
    setLanguage('ar');
    mockFetch({
      [`GET ${path}`]: () =>
        json({ status: 'VALID', issuedOn: '2026-10-02', cri: { code: 'CRIPEL', name: 'CRIPEL' }, revokedOn: null }),
    });
    renderApp('/verify/7K3M-9QXR-2B4T');

    expect(await screen.findByText('شهادة صالحة')).toBeInTheDocument();
    expect(screen.getByText('صدرت هذه الشهادة بتاريخ 2 أكتوبر 2026 عن CRIPEL.')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(within(screen.getByRole('group', { name: 'اللغة' })).getByRole('button', { name: 'العربية' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
