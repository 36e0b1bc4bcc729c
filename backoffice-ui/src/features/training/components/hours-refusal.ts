import { formatHours, formatShortDay, type Language, type Translate } from '@/lib/i18n';
import type { HoursRefusal } from '../session-grid';

/** Why the grid does not send hours, with the numbers: "9 h dépasse le maximum de 8 h par jour". */
export function describeRefusal(check: HoursRefusal, t: Translate, language: Language): string {
  const hours = (value: number) => formatHours(value, language);
  switch (check.reason) {
    case 'notANumber':
      return t('trainer.session.check.notANumber', { text: check.text });
    case 'notPositive':
      return t('trainer.session.check.notPositive');
    case 'notQuarterHours':
      return t('trainer.session.check.notQuarterHours', { hours: hours(check.hours), quarter: hours(0.25) });
    case 'overDailyMaximum':
      return check.already > 0
        ? t('trainer.session.check.overDailyMaximumWithAlready', {
            hours: hours(check.hours),
            maximum: hours(check.maximum),
            already: hours(check.already),
            day: formatShortDay(check.day, language),
          })
        : t('trainer.session.check.overDailyMaximum', { hours: hours(check.hours), maximum: hours(check.maximum) });
  }
}
