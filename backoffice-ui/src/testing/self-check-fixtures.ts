import type { SelfCheck } from '@/lib/api/types';

const texts = (title: string) => ({
  title,
  what: `${title} : de quoi s'agit-il`,
  how: `${title} : comment`,
  who: 'Le CRI de votre commune.',
});

/** An answer of POST /api/v1/public/selfChecks, as in docs/rules.md. */
export function selfCheckResult(overrides: Partial<SelfCheck> = {}): SelfCheck {
  return {
    language: 'fr',
    outOfScope: false,
    complete: false,
    maxEndDate: '2025-02-28',
    regime: 'REGIME_2018',
    steps: [
      { id: 'RECEPTION_VISIT', state: 'VALIDATED', ...texts('Premier rendez-vous au CRI') },
      { id: 'SOCIAL_REVIEW', state: 'TO_DO', ...texts('Bilan social') },
      { id: 'FRENCH', state: 'TO_DO', ...texts('Formation en français (400 heures)') },
    ],
    cri: {
      code: 'CRIPEL',
      name: "Centre Régional pour l'Intégration des personnes étrangères ou d'origine étrangère de Liège",
      seat: 'Liège',
      address: 'Place Xavier Neujean 19B, 4000 Liège',
      phone: '04 220 01 20',
      website: 'cripel.be',
    },
    ...overrides,
  };
}
