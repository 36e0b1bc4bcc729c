import ar from '@/locales/ar.json';
import de from '@/locales/de.json';
import en from '@/locales/en.json';
import fr from '@/locales/fr.json';
import nl from '@/locales/nl.json';

/** The shape of every catalogue is the French one: fr.json is complete and the default. */
export type Messages = typeof fr;

/** The languages of the staff pages (and of the API's problem details). */
export const SUPPORTED_LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;
export type StaffLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** The public pages (self-check, attestation verification) also speak Arabic, right to left. */
export const PUBLIC_LANGUAGES = ['fr', 'nl', 'de', 'en', 'ar'] as const;
export type Language = (typeof PUBLIC_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

/** The sections of a catalogue that the public pages use; ar.json has these and no others. */
export const PUBLIC_SECTIONS = ['app', 'language', 'common', 'errors', 'public'] as const;
export type PublicMessages = Pick<Messages, (typeof PUBLIC_SECTIONS)[number]>;

/**
 * Typing each catalogue as `Messages` (or, for Arabic, its public sections) makes a missing key a
 * compile error as well as a test failure.
 */
export const catalogues: Record<StaffLanguage, Messages> & Record<'ar', PublicMessages> = {
  fr,
  nl,
  de,
  en,
  ar,
};

type Join<K extends string, P extends string> = `${K}.${P}`;

/** Dotted paths to the string leaves of a catalogue, e.g. "auth.login.submit". */
type StringPaths<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K
    : T[K] extends readonly unknown[]
      ? never
      : T[K] extends object
        ? Join<K, StringPaths<T[K]>>
        : never;
}[keyof T & string];

/** Dotted paths to the string-list leaves of a catalogue, e.g. "home.capabilities.CRI_AGENT". */
type ListPaths<T> = {
  [K in keyof T & string]: T[K] extends readonly string[]
    ? K
    : T[K] extends string
      ? never
      : T[K] extends object
        ? Join<K, ListPaths<T[K]>>
        : never;
}[keyof T & string];

export type MessageKey = StringPaths<Messages>;
export type ListKey = ListPaths<Messages>;
export type MessageParams = Record<string, string | number>;

/** Languages written right to left: Arabic on the public pages. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(language.split('-')[0] ?? language) ? 'rtl' : 'ltr';
}

/** Any language of the interface, Arabic included (public pages only). */
export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (PUBLIC_LANGUAGES as readonly string[]).includes(value);
}

/** A language of the staff pages. */
export function isStaffLanguage(value: unknown): value is StaffLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      catalogue,
    );
}

function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether `key` names a string in the given language (or in French, the fallback). */
export function hasMessage(language: Language, key: string): boolean {
  return (
    typeof lookup(catalogues[language], key) === 'string' ||
    typeof lookup(catalogues[DEFAULT_LANGUAGE], key) === 'string'
  );
}

/** Translates `key`, falling back to French, then to the key itself so a gap is visible. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const value = lookup(catalogues[language], key) ?? lookup(catalogues[DEFAULT_LANGUAGE], key);
  return typeof value === 'string' ? interpolate(value, params) : key;
}

export function translateList(language: Language, key: ListKey): string[] {
  const value = lookup(catalogues[language], key) ?? lookup(catalogues[DEFAULT_LANGUAGE], key);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
