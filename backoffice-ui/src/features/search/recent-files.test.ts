import { beforeEach, describe, expect, it } from 'vitest';
import { caseFileOfPath, forgetFiles, recentFiles, rememberFile, RECENT_LIMIT } from './recent-files';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the recently viewed files', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the ids only, the latest first, without repeating one', () => {
    rememberFile('agent.cripel', id(1));
    rememberFile('agent.cripel', id(2));
    rememberFile('agent.cripel', id(1));
    expect(recentFiles('agent.cripel')).toEqual([id(1), id(2)]);
    expect(sessionStorage.getItem('parcours.recentCaseFiles.agent.cripel')).toBe(JSON.stringify([id(1), id(2)]));
  });

  it(`keeps the last ${RECENT_LIMIT}`, () => {
    for (let n = 1; n <= RECENT_LIMIT + 2; n++) rememberFile('agent.cripel', id(n));
    expect(recentFiles('agent.cripel')).toHaveLength(RECENT_LIMIT);
    expect(recentFiles('agent.cripel')[0]).toBe(id(RECENT_LIMIT + 2));
  });

  it('ignores what is not a file id, in the storage or given', () => {
    sessionStorage.setItem('parcours.recentCaseFiles.agent.cripel', JSON.stringify(['Amrani', id(3), 42]));
    rememberFile('agent.cripel', '<script>');
    expect(recentFiles('agent.cripel')).toEqual([id(3)]);
    sessionStorage.setItem('parcours.recentCaseFiles.agent.cripel', '{not json');
    expect(recentFiles('agent.cripel')).toEqual([]);
  });

  it('keeps one list per user of the tab', () => {
    rememberFile('agent.cripel', id(1));
    expect(recentFiles('superviseur.cripel')).toEqual([]);
  });

  it('forgets them all', () => {
    rememberFile('agent.cripel', id(1));
    forgetFiles('agent.cripel');
    expect(recentFiles('agent.cripel')).toEqual([]);
  });

  it("knows a case file's page from its path", () => {
    expect(caseFileOfPath(`/case-files/${id(4)}`)).toBe(id(4));
    expect(caseFileOfPath('/case-files')).toBeUndefined();
    expect(caseFileOfPath(`/persons/${id(4)}`)).toBeUndefined();
  });
});
