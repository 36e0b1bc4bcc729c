import { useCallback, useSyncExternalStore } from 'react';
import { getLanguage, setLanguage, subscribeToLanguage } from './language-store';
import { directionOf, translate, translateList, type ListKey, type MessageKey, type MessageParams } from './messages';

export function useTranslation() {
  const language = useSyncExternalStore(subscribeToLanguage, getLanguage, getLanguage);
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(language, key, params), [language]);
  const tList = useCallback((key: ListKey) => translateList(language, key), [language]);
  return { t, tList, language, dir: directionOf(language), setLanguage };
}

export type Translate = ReturnType<typeof useTranslation>['t'];
