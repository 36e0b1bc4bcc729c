import { useEffect } from 'react';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, useTranslation, type Language } from '@/lib/i18n';
import './language-switcher.css';

export interface LanguageSwitcherProps {
  /** The languages offered: the staff pages' four by default; the public pages add Arabic. */
  languages?: readonly Language[];
}

/** Switches the interface language; the API gets it as Accept-Language from the next request on. */
export function LanguageSwitcher({ languages = SUPPORTED_LANGUAGES }: LanguageSwitcherProps) {
  const { t, language, setLanguage } = useTranslation();

  // A language chosen on the public pages (Arabic) that this page does not offer: back to French.
  const offered = languages.includes(language);
  useEffect(() => {
    if (!offered) setLanguage(DEFAULT_LANGUAGE);
  }, [offered, setLanguage]);

  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-switcher__option"
          aria-pressed={code === language}
          onClick={() => setLanguage(code)}
        >
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}
