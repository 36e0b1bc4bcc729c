import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, outcomeOf, toRequest, validate, visibleGroups, type WizardState } from './wizard';

const withAnswers = (answers: WizardState['answers'], rest: Partial<WizardState> = {}): WizardState => ({
  ...EMPTY_STATE,
  ...rest,
  answers,
});

const pages = (state: WizardState) => visibleGroups(state).map((group) => group.id);

describe('self-check wizard', () => {
  it('asks every page of someone who went to the CRI and signed a convention', () => {
    const state = withAnswers({
      mustParticipate: 'YES',
      permitReceived: 'YES',
      visitedCri: 'YES',
      conventionSigned: 'YES',
    });
    expect(pages(state)).toEqual(['situation', 'reception', 'welcome', 'training', 'place']);
  });

  it('skips what happens at the CRI for someone who never went there', () => {
    const state = withAnswers({ mustParticipate: 'YES', permitReceived: 'YES', visitedCri: 'NO' });
    expect(pages(state)).toEqual(['situation', 'reception', 'place']);
  });

  it('skips the training without a convention, and the A2 question after 400 hours of French', () => {
    expect(pages(withAnswers({ mustParticipate: 'YES', visitedCri: 'YES', conventionSigned: 'NO' }))).not.toContain(
      'training',
    );
    const fields = (french400h: 'YES' | 'NO') =>
      visibleGroups(
        withAnswers({ mustParticipate: 'YES', visitedCri: 'YES', conventionSigned: 'YES', french400h }),
      ).find((group) => group.id === 'training')?.fields;
    expect(fields('YES')).not.toContain('a2Certificate');
    expect(fields('NO')).toContain('a2Certificate');
  });

  it('only asks a postal code of someone whose commune did not say the programme is compulsory', () => {
    const state = withAnswers({ mustParticipate: 'NO', permitReceived: 'YES' });
    expect(visibleGroups(state)).toEqual([
      { id: 'situation', fields: ['mustParticipate', 'permitReceived'] },
      { id: 'place', fields: ['postalCode'] },
    ]);
  });

  it('leaves out of the request what was not asked', () => {
    const state = withAnswers(
      { mustParticipate: 'YES', permitReceived: 'YES', visitedCri: 'NO', socialReviewDone: 'YES' },
      { permitOrderDate: '2023-08-31', postalCode: ' 4000 ' },
    );
    expect(toRequest(state)).toEqual({
      mustParticipate: 'YES',
      permitReceived: 'YES',
      visitedCri: 'NO',
      permitOrderDate: '2023-08-31',
      postalCode: '4000',
    });
  });

  it('requires an answer to each question, a real past date and a 4-digit postal code', () => {
    const today = '2026-11-23';
    expect(validate(['mustParticipate', 'permitReceived'], withAnswers({ permitReceived: 'NO' }), today)).toEqual([
      { field: 'mustParticipate', code: 'answerRequired' },
    ]);
    const place = (permitOrderDate: string, postalCode: string) =>
      validate(['permitOrderDate', 'postalCode'], withAnswers({}, { permitOrderDate, postalCode }), today);
    expect(place('', '')).toEqual([]);
    expect(place('2023-02-30', '4000')).toEqual([{ field: 'permitOrderDate', code: 'dateInvalid' }]);
    expect(place('2027-01-01', '400')).toEqual([
      { field: 'permitOrderDate', code: 'dateFuture' },
      { field: 'postalCode', code: 'postalCodeInvalid' },
    ]);
  });

  it('says obliged, dispensed, unknown or not concerned', () => {
    const result = { outOfScope: false };
    expect(outcomeOf(result, withAnswers({ mustParticipate: 'YES' }))).toBe('obliged');
    expect(outcomeOf(result, withAnswers({ mustParticipate: 'NO' }))).toBe('dispensed');
    expect(outcomeOf(result, withAnswers({ mustParticipate: 'DONT_KNOW' }))).toBe('unknown');
    expect(outcomeOf({ outOfScope: true }, withAnswers({ mustParticipate: 'YES' }))).toBe('notConcerned');
  });
});
