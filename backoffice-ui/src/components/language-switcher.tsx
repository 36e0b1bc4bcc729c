import { SUPPORTED_LANGUAGES, useTranslation } from '@/lib/i18n';
import './language-switcher.css';

/** Switches the interface language; the API gets it as Accept-Language from the next request on. */
export function LanguageSwitcher() {
  const { t, language, setLanguage } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((code) => (
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
