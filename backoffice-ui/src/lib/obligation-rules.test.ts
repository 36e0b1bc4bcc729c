import { describe, expect, it } from 'vitest';
import { describeRule } from './obligation-rules';

describe('the explanation of a verdict in the interface language', () => {
  it('names a provision and its source in French by the rule code, whatever text the engine sent', () => {
    const trace = { rule: 'D3', provision: 'Under 18, or aged 65 or over, on the permit order date', legalSource: 'x' };
    expect(describeRule(trace, 'fr')).toEqual({
      provision: 'Moins de 18 ans à la date de commande du titre, ou 65 ans ou plus (à cette date ou depuis)',
      legalSource: "CWASS art. 152/7, §3, et CRWASS (dispense en raison de l'âge)",
    });
    expect(describeRule(trace, 'nl').provision).toBe(
      'Jonger dan 18 op de datum van bestelling van de titel, of 65 jaar of ouder (op die datum of sindsdien)',
    );
  });

  it('writes the deadline with its months and the source of its regime', () => {
    const trace = {
      rule: 'DEADLINE',
      provision: 'Attestation due within 36 months of the permit order date',
      facts: { regime: 'REGIME_2025_THREE_YEARS', months: '36' },
    };
    const described = describeRule(trace, 'fr');
    expect(described.provision).toBe(
      'Attestation à obtenir dans les 36 mois qui suivent la commande du titre de séjour',
    );
    expect(described.legalSource).toContain('Décret du 14 mars 2024');
  });

  it("keeps the engine's text for a rule the catalogues do not know", () => {
    const trace = { rule: 'NEW_RULE', provision: 'A provision added later', legalSource: 'Its source' };
    expect(describeRule(trace, 'fr')).toEqual({ provision: 'A provision added later', legalSource: 'Its source' });
  });
});
