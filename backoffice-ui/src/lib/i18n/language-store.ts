import { DEFAULT_LANGUAGE, directionOf, isSupportedLanguage, type Language } from './messages';

const STORAGE_KEY = 'parcours.language';
const listeners = new Set<() => void>();

function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isSupportedLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Keeps <html lang> and <html dir> in step with the chosen language (screen readers, RTL). */
function applyToDocument(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

let current: Language = readStoredLanguage();
applyToDocument(current);

/** The language of the interface, also sent as Accept-Language to the API. */
export function getLanguage(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  applyToDocument(language);
  if (language === current) return;
  current = language;
  listeners.forEach((listener) => listener());
}

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
