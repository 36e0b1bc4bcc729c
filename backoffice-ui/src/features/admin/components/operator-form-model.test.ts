import { describe, expect, it } from 'vitest';
import { emptyOperatorForm, isOperatorCode, toCreateOperatorRequest } from './operator-form-model';

describe('an operator code', () => {
  it('is 2 to 40 capitals, digits or hyphens, a lower-case code being read in capitals', () => {
    expect(isOperatorCode('CISP-HUY')).toBe(true);
    expect(isOperatorCode(' cisp-huy ')).toBe(true);
    expect(toCreateOperatorRequest({ ...emptyOperatorForm, code: ' cisp-huy ' }).code).toBe('CISP-HUY');
  });

  it('is never a name, a single character, a leading hyphen or longer than 40', () => {
    expect(isOperatorCode('Lire et Écrire')).toBe(false);
    expect(isOperatorCode('É-LIEGE')).toBe(false);
    expect(isOperatorCode('C')).toBe(false);
    expect(isOperatorCode('-CISP')).toBe(false);
    expect(isOperatorCode('A'.repeat(41))).toBe(false);
    expect(isOperatorCode('')).toBe(false);
  });
});
