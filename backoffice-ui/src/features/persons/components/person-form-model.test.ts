import { describe, expect, it } from 'vitest';
import { person } from '@/testing/case-file-fixtures';
import { emptyPersonForm, personFormValues, toEmployment, toPersonRequest, toPersonUpdate } from './person-form-model';

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

describe('toPersonUpdate', () => {
  it('replaces the whole record: the form, the facts and the periods of work, keeping the later permits and the family link', () => {
    const recorded = person({
      permits: [
        { permitType: 'FAMILY_REUNIFICATION', orderDate: '2025-03-10', familyLink: 'BELGIAN' },
        { permitType: 'WORK', orderDate: '2026-01-05' },
      ],
    });
    const values = { ...personFormValues(recorded), 'permits[0].orderDate': '2025-04-01' };
    const request = toPersonUpdate(values, { facts: { studyStatus: 'REGULAR_STUDENT' }, employment: [] }, recorded);
    expect(request.permits).toEqual([
      { permitType: 'FAMILY_REUNIFICATION', orderDate: '2025-04-01', familyLink: 'BELGIAN' },
      { permitType: 'WORK', orderDate: '2026-01-05' },
    ]);
    expect(request.dispenseFacts).toEqual({ studyStatus: 'REGULAR_STUDENT' });
    expect(request.employment).toEqual([]);
    expect(request.confirmedNotDuplicate).toBeUndefined();
    expect(request.lastName).toBe('El Amrani');
  });

  it('leaves empty periods of work out and reads a decimal comma', () => {
    expect(
      toEmployment([
        { start: '2025-06-02', end: '', fraction: '0,5' },
        { start: '', end: '', fraction: '' },
        { start: '2024-01-01', end: '2024-12-31', fraction: '1' },
      ]),
    ).toEqual([
      { start: '2025-06-02', fraction: 0.5 },
      { start: '2024-01-01', end: '2024-12-31', fraction: 1 },
    ]);
  });
});
