import { LOCALES } from './format-date';
import type { Language } from './messages';

/** Hours as the language writes them: "2,25" in French, "2.25" in English; whole hours without decimals ("8"). */
export function formatHours(hours: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(hours);
}

/** A day of the API ("2026-12-06") written short, as on a timesheet: "06/12". */
export function formatShortDay(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', timeZone: 'UTC' }).format(date);
}
