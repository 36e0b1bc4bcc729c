export { getLanguage, setLanguage, subscribeToLanguage } from './language-store';
export {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  catalogues,
  directionOf,
  hasMessage,
  isSupportedLanguage,
  translate,
  type Language,
  type ListKey,
  type MessageKey,
  type MessageParams,
  type Messages,
} from './messages';
export { useTranslation, type Translate } from './use-translation';
