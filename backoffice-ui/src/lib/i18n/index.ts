export { getLanguage, setLanguage, subscribeToLanguage } from './language-store';
export {
  DEFAULT_LANGUAGE,
  PUBLIC_LANGUAGES,
  PUBLIC_SECTIONS,
  SUPPORTED_LANGUAGES,
  catalogues,
  directionOf,
  hasMessage,
  isStaffLanguage,
  isSupportedLanguage,
  translate,
  type Language,
  type ListKey,
  type MessageKey,
  type MessageParams,
  type Messages,
  type PublicMessages,
  type StaffLanguage,
} from './messages';
export { useTranslation, type Translate } from './use-translation';
export { formatDate, formatDateTime, LOCALES, today } from './format-date';
export { formatHours, formatShortDay } from './format-hours';
