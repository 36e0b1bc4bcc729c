import { json, type Handler } from './fetch-mock';

/** GET /countries, /languages and /communes, a few of each: to spread into a test's mockFetch handlers. */
export const referenceHandlers: Record<string, Handler> = {
  'GET /api/v1/countries': () =>
    json([
      { code: 'MA', name: 'Maroc' },
      { code: 'SY', name: 'Syrie' },
      { code: 'CD', name: 'Congo-Kinshasa' },
    ]),
  'GET /api/v1/languages': () =>
    json([
      { code: 'ar', name: 'Arabe' },
      { code: 'prs', name: 'Dari' },
      { code: 'fr', name: 'Français' },
    ]),
  'GET /api/v1/communes': () =>
    json({
      items: [
        { nisCode: '62063', name: 'Liège', postalCodes: ['4000', '4020', '4030'] },
        { nisCode: '92094', name: 'Namur', postalCodes: ['5000', '5001'] },
      ],
      page: 1,
      pageSize: 200,
      total: 2,
    }),
};
