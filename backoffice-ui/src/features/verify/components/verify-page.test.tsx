import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';
import { normalizeAttestationCode } from '../attestation-code';

const path = 'POST /api/v1/public/attestations/verifications';
const noMatch = { match: false, status: null, issuedOn: null, cri: null, revokedOn: null };

async function checkWithBirthDate(birthDate = '1988-11-23') {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Date de naissance du titulaire'), birthDate);
  await user.click(screen.getByRole('button', { name: 'Vérifier' }));
  return user;
}

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
  it('fills in the code from the QR code, asks for the birth date and sends both, without a session', async () => {
    const { requests } = mockFetch({
      [path]: () =>
        json({
          match: true,
          status: 'VALID',
          issuedOn: '2026-10-02',
          cri: { code: 'CRIPEL', name: "Centre régional d'intégration de Liège" },
          revokedOn: null,
        }),
    });
    renderApp('/verify/7k3m9qxr2b4t');

    expect(await screen.findByLabelText("Code de l'attestation")).toHaveValue('7K3M-9QXR-2B4T');
    expect(requests).toHaveLength(0);
    await checkWithBirthDate();

    const verdict = (await screen.findByText('Attestation valable')).closest('[role="status"]');
    expect(verdict).toHaveTextContent(
      "Cette attestation a été délivrée le 2 octobre 2026 par Centre régional d'intégration de Liège.",
    );
    expect(verdict).toHaveTextContent('7K3M-9QXR-2B4T');
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
    expect(await requests[0]?.clone().json()).toEqual({ code: '7K3M-9QXR-2B4T', birthDate: '1988-11-23' });
  });

  it('says when an attestation was revoked', async () => {
    mockFetch({
      [path]: () =>
        json({
          match: true,
          status: 'REVOKED',
          issuedOn: '2026-10-02',
          cri: { code: 'CRIPEL', name: 'CRIPEL' },
          revokedOn: '2026-11-05',
        }),
    });
    renderApp('/verify/7K3M-9QXR-2B4T');
    await checkWithBirthDate();

    const verdict = await screen.findByRole('alert');
    expect(verdict).toHaveTextContent('Attestation révoquée');
    expect(verdict).toHaveTextContent("Cette attestation a été révoquée le 5 novembre 2026. Elle n'est plus valable.");
  });

  it('says "no match" when the code and the birth date do not belong to one attestation', async () => {
    mockFetch({ [path]: () => json(noMatch) });
    renderApp('/verify/7K3M-9QXR-2B4T');
    await checkWithBirthDate('1975-02-14');

    const verdict = await screen.findByRole('alert');
    expect(verdict).toHaveTextContent('Aucune correspondance');
    expect(verdict).toHaveTextContent('Aucune attestation ne correspond à ce code et à cette date de naissance.');
  });

  it("shows the server's problem when too many checks were made", async () => {
    mockFetch({
      [path]: () =>
        problem({
          type: 'urn:parcours:problem:too-many-requests',
          title: 'Trop de requêtes',
          status: 429,
          detail: 'Réessayez dans un instant.',
        }),
    });
    renderApp('/verify/7K3M-9QXR-2B4T');
    await checkWithBirthDate();

    expect(await screen.findByRole('alert')).toHaveTextContent('Réessayez dans un instant.');
  });

  it('checks the code and the birth date next to their fields before asking anything', async () => {
    const user = userEvent.setup();
    const { spy } = mockFetch({ [path]: () => json(noMatch) });
    renderApp('/verify');

    const field = await screen.findByLabelText("Code de l'attestation");
    const birthDate = screen.getByLabelText('Date de naissance du titulaire');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining("Indiquez le code de l'attestation."));
    expect(birthDate).toHaveAccessibleDescription(
      expect.stringContaining("Indiquez la date de naissance imprimée sur l'attestation."),
    );
    await user.type(field, '7K3M-9QXR');
    await user.type(birthDate, '1988-11-23');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Le code compte 12 lettres ou chiffres, au format XXXX-XXXX-XXXX.'),
    );
    expect(spy).not.toHaveBeenCalled();

    await user.type(field, '-2b4t');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByText('Aucune correspondance')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vérifier une autre attestation' }));
    expect(await screen.findByLabelText("Code de l'attestation")).toHaveValue('');
  });

  it('speaks Arabic, right to left', async () => {
    setLanguage('ar');
    mockFetch({
      [path]: () =>
        json({
          match: true,
          status: 'VALID',
          issuedOn: '2026-10-02',
          cri: { code: 'CRIPEL', name: 'CRIPEL' },
          revokedOn: null,
        }),
    });
    renderApp('/verify/7K3M-9QXR-2B4T');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('تاريخ ميلاد صاحب الشهادة'), '1988-11-23');
    await user.click(screen.getByRole('button', { name: 'تحقّق' }));

    expect(await screen.findByText('شهادة صالحة')).toBeInTheDocument();
    expect(screen.getByText('صدرت هذه الشهادة بتاريخ 2 أكتوبر 2026 عن CRIPEL.')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(
      within(screen.getByRole('group', { name: 'اللغة' })).getByRole('button', { name: 'العربية' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});
