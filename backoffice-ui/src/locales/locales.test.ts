import { describe, expect, it } from 'vitest';
import { ROLES } from '@/lib/roles';
import { PUBLIC_SECTIONS } from '@/lib/i18n';
import ar from './ar.json';
import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

type Tree = { [key: string]: string | string[] | Tree };

/** Every leaf as "dotted.path" → text; list items as "path.0", "path.1", … */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, index) => result.set(`${path}.${index}`, item));
    else leaves(value, path).forEach((text, nested) => result.set(nested, text));
  }
  return result;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

const french = leaves(fr);
const translations = { en, nl, de } as Record<string, Tree>;

describe('locale files', () => {
  it.each(Object.keys(translations))('%s.json has exactly the keys of fr.json', (language) => {
    const translated = leaves(translations[language] as Tree);
    expect([...translated.keys()].sort()).toEqual([...french.keys()].sort());
  });

  it.each(Object.keys(translations))('%s.json keeps the placeholders and leaves no text empty', (language) => {
    const translated = leaves(translations[language] as Tree);
    for (const [key, text] of french) {
      const other = translated.get(key) ?? '';
      expect(other.trim(), `${language}: ${key} is empty`).not.toBe('');
      expect(placeholders(other), `${language}: ${key}`).toEqual(placeholders(text));
    }
  });

  it('ar.json has exactly the keys of fr.json that the public pages use, with their placeholders', () => {
    const arabic = leaves(ar as Tree);
    const publicKeys = [...french.keys()].filter((key) =>
      (PUBLIC_SECTIONS as readonly string[]).includes(key.split('.')[0] ?? ''),
    );
    expect(publicKeys.filter((key) => key.startsWith('public.')).length).toBeGreaterThan(80);
    expect([...arabic.keys()].sort()).toEqual(publicKeys.sort());
    for (const key of publicKeys) {
      const text = arabic.get(key) ?? '';
      expect(text.trim(), `ar: ${key} is empty`).not.toBe('');
      expect(placeholders(text), `ar: ${key}`).toEqual(placeholders(french.get(key) ?? ''));
    }
  });

  it('writes the public questions and results in Arabic script', () => {
    const arabicScript = /[\u0600-\u06FF]/;
    for (const [key, text] of leaves(ar as Tree)) {
      if (key.startsWith('public.') || key.startsWith('errors.')) expect(text, key).toMatch(arabicScript);
    }
  });

  it('names every role and says what it can do, in French', () => {
    for (const role of ROLES) {
      expect(french.get(`roles.${role}`), role).toBeTruthy();
      expect(french.get(`home.capabilities.${role}.0`), role).toBeTruthy();
    }
    expect(Object.fromEntries(ROLES.map((role) => [role, french.get(`roles.${role}`)]))).toEqual({
      CRI_AGENT: 'Agent CRI',
      CRI_SUPERVISOR: 'Superviseur CRI',
      OPERATOR_TRAINER: 'Formateur (opérateur)',
      COMMUNE_CLIENT: 'Commune',
      CPAS_CLIENT: 'CPAS',
      REGION_ANALYST: 'Analyste régional',
      ADMINISTRATOR: 'Administrateur',
    });
  });
});
