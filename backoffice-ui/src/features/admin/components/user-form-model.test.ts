import { describe, expect, it } from 'vitest';
import { emptyUserForm, fromUser, tenantFieldOf, toCreateRequest, toUpdateRequest, withRole } from './user-form-model';

describe('user form model', () => {
  it('asks each role for its own tenant: a CRI, an operator, a commune, or none', () => {
    expect(tenantFieldOf('CRI_AGENT')).toBe('cri');
    expect(tenantFieldOf('CRI_SUPERVISOR')).toBe('cri');
    expect(tenantFieldOf('OPERATOR_TRAINER')).toBe('operator');
    expect(tenantFieldOf('COMMUNE_CLIENT')).toBe('nis');
    expect(tenantFieldOf('CPAS_CLIENT')).toBe('nis');
    expect(tenantFieldOf('REGION_ANALYST')).toBeNull();
    expect(tenantFieldOf('ADMINISTRATOR')).toBeNull();
    expect(tenantFieldOf('')).toBeNull();
  });

  it('keeps the tenant when the new role calls for the same kind, and clears it otherwise', () => {
    const agent = { ...emptyUserForm, role: 'CRI_AGENT' as const, tenant: 'CRIPEL' };
    expect(withRole(agent, 'CRI_SUPERVISOR').tenant).toBe('CRIPEL');
    expect(withRole(agent, 'OPERATOR_TRAINER').tenant).toBe('');
    expect(withRole(agent, 'REGION_ANALYST').tenant).toBe('');
  });

  it('sends only the tenant field of the role', () => {
    const trainer = {
      ...emptyUserForm,
      username: ' formateur.ili.2 ',
      displayName: 'Claire Dumont ',
      role: 'OPERATOR_TRAINER' as const,
      tenant: 'ILI-LIEGE',
      password: 'Trois-mots-au-hasard-2026',
    };
    expect(toCreateRequest(trainer)).toEqual({
      username: 'formateur.ili.2',
      displayName: 'Claire Dumont',
      role: 'OPERATOR_TRAINER',
      operator: 'ILI-LIEGE',
      password: 'Trois-mots-au-hasard-2026',
    });
    expect(toUpdateRequest({ ...trainer, role: 'REGION_ANALYST', active: false })).toEqual({
      displayName: 'Claire Dumont',
      role: 'REGION_ANALYST',
      active: false,
    });
  });

  it('reads the tenant of an account from the field of its role', () => {
    expect(
      fromUser({
        id: 'x',
        username: 'cpas.liege',
        displayName: 'CPAS',
        role: 'CPAS_CLIENT',
        nis: '62063',
        active: true,
      }),
    ).toMatchObject({ role: 'CPAS_CLIENT', tenant: '62063', active: true, password: '' });
  });
});
