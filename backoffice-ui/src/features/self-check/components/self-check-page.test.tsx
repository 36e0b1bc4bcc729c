import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';
import { selfCheckResult } from '@/testing/self-check-fixtures';

type User = ReturnType<typeof userEvent.setup>;

/** Picks an answer in the radio group whose legend is `question`. */
async function answer(user: User, question: string, choice: string) {
  await user.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: choice }));
}

async function next(user: User) {
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
}

describe('SelfCheckPage', () => {
  it('asks the questions page by page, with fieldsets, legends and a progress line', async () => {
    renderApp('/self-check');

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      "Où en êtes-vous dans votre parcours d'intégration ?",
    );
    expect(screen.getByText('Étape 1 sur 5')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Votre situation' })).toBeInTheDocument();
    const question = screen.getByRole('group', {
      name: "Votre commune vous a-t-elle informé·e que vous devez suivre le parcours d'intégration ?",
    });
    expect(
      within(question)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['YES', 'NO', 'DONT_KNOW']);
    expect(within(question).getByLabelText('Je ne sais pas')).not.toBeChecked();
    expect(document.title).toBe('Suis-je concerné·e ? · Parcours');
  });

  it('shows each missing answer next to its question and in an error summary that takes the focus', async () => {
    const user = userEvent.setup();
    const { spy } = mockFetch({});
    renderApp('/self-check');

    await answer(user, 'Avez-vous reçu votre titre de séjour ?', 'Oui');
    await next(user);

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'Vérifiez vos réponses' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', { name: /Choisissez une réponse/ });
    const mustParticipate = screen.getByRole('group', {
      name: "Votre commune vous a-t-elle informé·e que vous devez suivre le parcours d'intégration ?",
    });
    expect(mustParticipate).toHaveAccessibleDescription(
      'Choisissez une réponse : « Oui », « Non » ou « Je ne sais pas ».',
    );
    expect(link).toHaveAttribute('href', `#${within(mustParticipate).getByRole('radio', { name: 'Oui' }).id}`);
    expect(
      screen.getByRole('group', { name: 'Avez-vous reçu votre titre de séjour ?' }),
    ).not.toHaveAccessibleDescription();
    expect(screen.getByText('Étape 1 sur 5')).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
  });

  it('checks the date and the postal code next to their fields', async () => {
    const user = userEvent.setup();
    renderApp('/self-check');

    await answer(
      user,
      "Votre commune vous a-t-elle informé·e que vous devez suivre le parcours d'intégration ?",
      'Oui',
    );
    await answer(user, 'Avez-vous reçu votre titre de séjour ?', 'Oui');
    await next(user);
    await answer(user, "Êtes-vous déjà allé·e au centre régional d'intégration (CRI) ?", 'Non');
    await next(user);

    expect(screen.getByText('Étape 3 sur 3')).toBeInTheDocument();
    const date = screen.getByLabelText('Date à laquelle la commune a commandé votre titre de séjour (facultatif)');
    expect(date).toHaveAttribute('type', 'date');
    await user.type(date, '2999-01-01');
    await user.type(screen.getByLabelText('Code postal de votre domicile (facultatif)'), '40');
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));

    expect(date).toHaveAccessibleDescription(expect.stringContaining('La date ne peut pas être dans le futur.'));
    expect(screen.getByLabelText('Code postal de votre domicile (facultatif)')).toHaveAccessibleDescription(
      expect.stringContaining('Indiquez un code postal de 4 chiffres, par exemple 4000.'),
    );
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(2);
  });

  it('skips the CRI questions for someone who never went there, and shows the result', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({ 'POST /api/v1/public/selfChecks': () => json(selfCheckResult()) });
    renderApp('/self-check');

    await answer(
      user,
      "Votre commune vous a-t-elle informé·e que vous devez suivre le parcours d'intégration ?",
      'Oui',
    );
    await answer(user, 'Avez-vous reçu votre titre de séjour ?', 'Oui');
    await next(user);
    expect(screen.getByText('Étape 2 sur 5')).toBeInTheDocument();
    await answer(user, "Êtes-vous déjà allé·e au centre régional d'intégration (CRI) ?", 'Non');
    expect(screen.getByText('Étape 2 sur 3')).toBeInTheDocument();
    await next(user);

    expect(screen.getByRole('heading', { level: 2, name: 'Votre domicile et votre titre de séjour' })).toHaveFocus();
    await user.type(
      screen.getByLabelText('Date à laquelle la commune a commandé votre titre de séjour (facultatif)'),
      '2023-08-31',
    );
    await user.type(screen.getByLabelText('Code postal de votre domicile (facultatif)'), '4000');
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Votre résultat' })).toHaveFocus();
    expect(await requests[0]?.json()).toEqual({
      mustParticipate: 'YES',
      permitReceived: 'YES',
      visitedCri: 'NO',
      permitOrderDate: '2023-08-31',
      postalCode: '4000',
    });
    expect(requests[0]?.headers.get('Accept-Language')).toBe('fr');
    expect(screen.getByRole('heading', { name: "Vous devez suivre le parcours d'intégration" })).toBeInTheDocument();
    expect(
      screen.getByText('Vous devez obtenir votre attestation au plus tard le 28 février 2025.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Délai de 18 mois à partir de la commande de votre titre de séjour.')).toBeInTheDocument();
    const cri = screen.getByRole('region', { name: 'Le CRI à contacter' });
    expect(within(cri).getByText(/Centre Régional pour l'Intégration/)).toBeInTheDocument();
    expect(within(cri).getByText('Place Xavier Neujean 19B, 4000 Liège')).toBeInTheDocument();
    expect(within(cri).getByRole('link', { name: '04 220 01 20' })).toHaveAttribute('href', 'tel:042200120');
    expect(within(cri).getByRole('link', { name: 'cripel.be' })).toHaveAttribute('href', 'https://cripel.be');
    const steps = screen.getByRole('region', { name: 'Les étapes du parcours' });
    expect(within(steps).getByText('Il vous reste 2 étape(s) à faire.')).toBeInTheDocument();
    expect(
      within(steps).getByRole('heading', { level: 3, name: /Validé.*Premier rendez-vous au CRI/ }),
    ).toBeInTheDocument();
    expect(within(steps).getByRole('heading', { level: 3, name: /À faire.*Bilan social/ })).toBeInTheDocument();
    expect(within(steps).getByText('Bilan social : comment')).toBeInTheDocument();
    expect(document.title).toBe('Votre résultat · Parcours');
  });

  it('goes straight to the postal code when the programme is not compulsory, and says so', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'POST /api/v1/public/selfChecks': () => json(selfCheckResult({ maxEndDate: null, regime: null })),
    });
    renderApp('/self-check');

    await answer(
      user,
      "Votre commune vous a-t-elle informé·e que vous devez suivre le parcours d'intégration ?",
      'Non',
    );
    await answer(user, 'Avez-vous reçu votre titre de séjour ?', 'Oui');
    await next(user);

    expect(screen.getByText('Étape 2 sur 2')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Date à laquelle la commune/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Code postal de votre domicile (facultatif)'), '5000');
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));

    expect(
      await screen.findByRole('heading', { name: "Vous n'êtes pas obligé·e de suivre le parcours" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/vous pouvez le suivre volontairement/)).toBeInTheDocument();
    expect(screen.getByText(/Vos réponses ne permettent pas de calculer une date limite/)).toBeInTheDocument();
    expect(await requests[0]?.json()).toEqual({ mustParticipate: 'NO', permitReceived: 'YES', postalCode: '5000' });
  });

  it('says "not concerned" in the German-language region', async () => {
    const user = userEvent.setup();
    mockFetch({
      'POST /api/v1/public/selfChecks': () =>
        json(selfCheckResult({ outOfScope: true, steps: [], cri: null, maxEndDate: null, regime: null })),
    });
    renderApp('/self-check');

    await answer(
      user,
      "Votre commune vous a-t-elle informé·e que vous devez suivre le parcours d'intégration ?",
      'Non',
    );
    await answer(user, 'Avez-vous reçu votre titre de séjour ?', 'Oui');
    await next(user);
    await user.type(screen.getByLabelText('Code postal de votre domicile (facultatif)'), '4700');
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));

    expect(
      await screen.findByRole('heading', { name: "Vous n'êtes pas concerné·e par ce parcours" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Date limite' })).not.toBeInTheDocument();
  });

  it('shows a postal code the API refuses next to the field', async () => {
    const user = userEvent.setup();
    mockFetch({
      'POST /api/v1/public/selfChecks': () =>
        problem({
          type: 'urn:parcours:problem:validation',
          title: 'Requête invalide',
          status: 400,
          detail: 'La requête contient 1 erreur.',
          issues: [{ field: 'postalCode', message: "Ce code postal n'est pas wallon." }],
        }),
    });
    renderApp('/self-check');

    await answer(
      user,
      "Votre commune vous a-t-elle informé·e que vous devez suivre le parcours d'intégration ?",
      'Non',
    );
    await answer(user, 'Avez-vous reçu votre titre de séjour ?', 'Non');
    await next(user);
    await user.type(screen.getByLabelText('Code postal de votre domicile (facultatif)'), '1000');
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));

    expect(await screen.findByLabelText('Code postal de votre domicile (facultatif)')).toHaveAccessibleDescription(
      expect.stringContaining("Ce code postal n'est pas wallon."),
    );
    expect(screen.getByRole('alert')).toHaveTextContent("Ce code postal n'est pas wallon.");
  });

  it('switches to Arabic: right to left on the document root, Arabic questions and Arabic texts from the API', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'POST /api/v1/public/selfChecks': () =>
        json(
          selfCheckResult({
            language: 'ar',
            steps: [
              {
                id: 'RECEPTION_VISIT',
                state: 'TO_DO',
                title: 'أول موعد في المركز الإقليمي للاندماج',
                what: 'ما',
                how: 'كيف',
                who: 'من',
              },
            ],
          }),
        ),
    });
    renderApp('/self-check');

    const languages = await screen.findByRole('group', { name: 'Langue' });
    expect(
      within(languages)
        .getAllByRole('button')
        .map((button) => button.getAttribute('lang')),
    ).toEqual(['fr', 'nl', 'de', 'en', 'ar']);
    await user.click(within(languages).getByRole('button', { name: 'العربية' }));

    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('أين وصلت في مسار الاندماج؟');
    await answer(user, 'هل أبلغتك بلديتك بأنه يجب عليك متابعة مسار الاندماج؟', 'نعم');
    await user.click(screen.getByRole('button', { name: 'متابعة' }));
    expect(screen.getByRole('group', { name: 'هل استلمت بطاقة إقامتك؟' })).toHaveAccessibleDescription(
      'اختر إجابة: «نعم» أو «لا» أو «لا أعرف».',
    );
    await answer(user, 'هل استلمت بطاقة إقامتك؟', 'لا');
    await user.click(screen.getByRole('button', { name: 'متابعة' }));
    await answer(user, 'هل سبق لك أن ذهبت إلى المركز الإقليمي للاندماج (CRI)؟', 'لا');
    await user.click(screen.getByRole('button', { name: 'متابعة' }));
    await user.click(screen.getByRole('button', { name: 'عرض النتيجة' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'نتيجتك' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'يجب عليك متابعة مسار الاندماج' })).toBeInTheDocument();
    expect(screen.getByText('يجب أن تحصل على شهادتك في موعد أقصاه 28 فبراير 2025.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /أول موعد في المركز الإقليمي للاندماج/ })).toBeInTheDocument();
    expect(requests[0]?.headers.get('Accept-Language')).toBe('ar');

    // The staff pages do not speak Arabic: back to French, left to right.
    await user.click(screen.getByRole('link', { name: 'فضاء المهنيين' }));
    expect(await screen.findByLabelText('Identifiant')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
  });

  it('asks again in Arabic when the language changes on the result, and mirrors the page', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'POST /api/v1/public/selfChecks': (request) =>
        json(
          request.headers.get('Accept-Language') === 'ar'
            ? selfCheckResult({
                language: 'ar',
                steps: [
                  { id: 'FRENCH', state: 'TO_DO', title: 'دروس اللغة الفرنسية', what: 'ما', how: 'كيف', who: 'من' },
                ],
              })
            : selfCheckResult(),
        ),
    });
    renderApp('/self-check');

    await answer(
      user,
      "Votre commune vous a-t-elle informé·e que vous devez suivre le parcours d'intégration ?",
      'Oui',
    );
    await answer(user, 'Avez-vous reçu votre titre de séjour ?', 'Non');
    await next(user);
    await answer(user, "Êtes-vous déjà allé·e au centre régional d'intégration (CRI) ?", 'Non');
    await next(user);
    await user.click(screen.getByRole('button', { name: 'Voir mon résultat' }));
    expect(await screen.findByRole('heading', { level: 3, name: /Bilan social/ })).toBeInTheDocument();

    await user.click(within(screen.getByRole('group', { name: 'Langue' })).getByRole('button', { name: 'العربية' }));

    expect(await screen.findByRole('heading', { level: 3, name: /دروس اللغة الفرنسية/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'نتيجتك' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(requests.map((request) => request.headers.get('Accept-Language'))).toEqual(['fr', 'ar']);
  });
});
