import type { Language } from './messages';

/** The Intl locale of each language; Arabic keeps Latin digits, as on Belgian documents. */
export const LOCALES: Record<Language, string> = {
  fr: 'fr-BE',
  nl: 'nl-BE',
  de: 'de-BE',
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
};

/** A calendar day of the API ("2025-02-28") written out in the language: "28 février 2025". */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
