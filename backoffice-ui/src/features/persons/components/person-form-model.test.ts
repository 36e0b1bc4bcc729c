import { describe, expect, it } from 'vitest';
import { emptyPersonForm, toPersonRequest } from './person-form-model';

describe('toPersonRequest', () => {
  it('leaves empty fields out and sends the permit when it is filled, under the paths the issues name', () => {
    const values = {
      ...emptyPersonForm(),
      lastName: ' El Amrani ',
      birthDate: '1993-05-02',
      nationality: 'ma',
      communeNis: '62063',
      'contact.email': 'yasmina@example.org',
      'permits[0].permitType': 'FAMILY_REUNIFICATION',
      'permits[0].orderDate': '2025-03-10',
      'permits[0].validityMonths': '12',
    };
    expect(toPersonRequest(values)).toEqual({
      lastName: 'El Amrani',
      birthDate: '1993-05-02',
      nationality: 'MA',
      communeNis: '62063',
      contact: { email: 'yasmina@example.org' },
      cpasBeneficiary: false,
      permits: [{ permitType: 'FAMILY_REUNIFICATION', orderDate: '2025-03-10', validityMonths: 12 }],
    });
  });

  it('sends no permit and no contact when none is filled, and the confirmation when asked', () => {
    const request = toPersonRequest({ ...emptyPersonForm(), lastName: 'X' }, true);
    expect(request.permits).toEqual([]);
    expect(request.contact).toBeUndefined();
    expect(request.confirmedNotDuplicate).toBe(true);
  });
});
