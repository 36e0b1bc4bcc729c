import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import { agent, caseFile, FILE_ID, PERSON_ID } from '@/testing/case-file-fixtures';
import { json, mockFetch } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';
import { rememberFile } from '../recent-files';

const found = {
  id: FILE_ID,
  personId: PERSON_ID,
  lastName: 'El Amrani',
  firstNames: 'Yasmina',
  birthDate: '1993-05-02',
  state: 'IN_PROGRESS',
  participation: 'OBLIGED',
  openedOn: '2025-01-10',
  nextDue: null,
  queues: [],
};

function home(searchTotal = 1) {
  return mockFetch({
    'GET /api/v1/me': () => json(agent),
    'GET /api/v1/caseFiles': () => json({ items: [], page: 1, pageSize: 5, total: 0 }),
    'GET /api/v1/statistics/caseFiles': () => json({ cri: 'CRIPEL', total: 0, byState: [], months: [] }),
    'POST /api/v1/caseFiles/query': () =>
      json({ items: searchTotal > 0 ? [found] : [], page: 1, pageSize: 10, total: searchTotal }),
    [`GET /api/v1/caseFiles/${FILE_ID}`]: () => json(caseFile()),
  });
}

describe('the search box of the header', () => {
  beforeEach(() => {
    sessionStorage.clear();
    saveAccessToken(validJwt());
  });

  it('finds a file as one types, once the typing pauses, with the text in the body and never in the URL', async () => {
    const user = userEvent.setup();
    const { requests } = home();
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Rechercher un dossier' });

    await user.type(box, '93.05.02');

    const result = await screen.findByRole('link', { name: /El Amrani Yasmina/ });
    expect(result).toHaveAttribute('href', `/case-files/${FILE_ID}`);
    expect(screen.getByText('1 dossier(s) trouvé(s)', { selector: '.header-search__status' })).toBeInTheDocument();
    const searches = requests.filter((request) => new URL(request.url).pathname === '/api/v1/caseFiles/query');
    // debounced: not one request per key
    expect(searches.length).toBeLessThan(3);
    expect(await searches.at(-1)!.json()).toEqual({ text: '93.05.02' });
    expect(requests.every((request) => !request.url.includes('93.05.02'))).toBe(true);
  });

  it('says so when nothing is found, and asks for 3 characters first', async () => {
    const user = userEvent.setup();
    const { requests } = home(0);
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Rechercher un dossier' });

    await user.type(box, 'zy');
    expect(
      await screen.findByText('Tapez au moins 3 lettres ou chiffres.', { selector: '.header-search__status' }),
    ).toBeInTheDocument();
    expect(requests.some((request) => new URL(request.url).pathname === '/api/v1/caseFiles/query')).toBe(false);

    await user.type(box, 'x');
    expect(
      await screen.findByText('Aucun dossier trouvé.', { selector: '.header-search__status' }),
    ).toBeInTheDocument();
  });

  it('shows the files viewed recently in this tab when the box is empty, by name, from their ids', async () => {
    const user = userEvent.setup();
    rememberFile('agent.cripel', FILE_ID);
    home();
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Rechercher un dossier' });

    await user.click(box);

    expect(await screen.findByText('Consultés récemment')).toBeInTheDocument();
    const panel = screen.getByText('Consultés récemment').parentElement!;
    expect(await within(panel).findByRole('link', { name: /El Amrani Yasmina/ })).toHaveAttribute(
      'href',
      `/case-files/${FILE_ID}`,
    );
    expect(sessionStorage.getItem('parcours.recentCaseFiles.agent.cripel')).toBe(JSON.stringify([FILE_ID]));
  });

  it('goes down the results with the arrow keys and closes them with Escape', async () => {
    const user = userEvent.setup();
    home();
    renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'Rechercher un dossier' });
    await user.type(box, 'amrani');
    const result = await screen.findByRole('link', { name: /El Amrani Yasmina/ });

    await user.keyboard('{ArrowDown}');
    expect(result).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(box).toHaveFocus();
    expect(screen.queryByRole('link', { name: /El Amrani Yasmina/ })).not.toBeInTheDocument();
  });

  it('is not offered to a commune clerk, who has no case file', async () => {
    mockFetch({
      'GET /api/v1/me': () => json({ ...agent, role: 'COMMUNE_CLIENT', cri: null, nis: '62063' }),
      'GET /api/v1/transmissions': () => json({ items: [], page: 1, pageSize: 20, total: 0 }),
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });
});
