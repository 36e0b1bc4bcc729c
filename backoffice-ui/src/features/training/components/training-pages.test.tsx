import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAccessToken } from '@/features/auth';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { validJwt } from '@/testing/jwt';
import { renderApp } from '@/testing/render-app';
import { enrolment, page, recording, trainer } from '@/testing/training-fixtures';

const ENROLMENTS = 'GET /api/v1/enrolments';
const group = [
  enrolment('a', 'Alami'),
  enrolment('b', 'Bakari'),
  enrolment('c', 'Costa'),
  enrolment('d', 'Diallo', 60),
];
const attendance = (id: string) => `POST /api/v1/enrolments/${id}/attendance`;

describe('the session grid page', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('posts each filled row with its own key, shows each result, and a retry sends only the rows not recorded, with their keys', async () => {
    const user = userEvent.setup();
    let bakariAnswers = 0;
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(trainer),
      [ENROLMENTS]: () => json(page(group)),
      [attendance('a')]: () => json(recording('a', 4, 16), 201),
      [attendance('b')]: () => {
        bakariAnswers += 1;
        if (bakariAnswers === 1) throw new TypeError('Failed to fetch');
        return json(recording('b', 4, 4), 201);
      },
      [attendance('c')]: () =>
        problem({
          type: 'urn:parcours:problem:conflict',
          title: 'Conflict',
          status: 409,
          detail: 'La personne dépasserait 8 heures de formation ce jour-là.',
          code: 'ATTENDANCE_REFUSED.DAILY_MAXIMUM_EXCEEDED',
        } as never),
    });
    renderApp('/training/session');

    await screen.findByLabelText('Heures de Alami Amina');
    expect(screen.queryByLabelText('Heures de Diallo Amina')).not.toBeInTheDocument();
    expect(screen.getByText("1 personne(s) ont terminé l'axe : elles ne sont plus listées.")).toBeInTheDocument();
    await user.type(screen.getByLabelText('Mêmes heures pour tout le monde'), '4');
    await user.click(screen.getByRole('button', { name: 'Appliquer à tous' }));
    await user.clear(screen.getByLabelText('Heures de Costa Amina'));
    await user.type(screen.getByLabelText('Heures de Costa Amina'), '6');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la séance (3 personne(s))' }));

    expect(await screen.findByText('1 enregistrée(s), 1 refusée(s), 1 sans réponse, 0 absent(s).')).toBeInTheDocument();
    const row = (name: string) =>
      screen.getAllByTestId('session-row').find((each) => each.textContent?.includes(name))!;
    expect(within(row('Alami')).getByText('Enregistré · 16 h sur 60 h')).toBeInTheDocument();
    expect(within(row('Bakari')).getByText(/^Pas de réponse/)).toBeInTheDocument();
    expect(
      within(row('Costa')).getByText('Refusé : La personne dépasserait 8 heures de formation ce jour-là.'),
    ).toBeInTheDocument();
    const firstPosts = requests.filter((request) => request.method === 'POST');
    const keyOf = (posts: Request[], id: string) =>
      posts.find((request) => request.url.includes(`/${id}/`))?.headers.get('Idempotency-Key');
    expect(new Set(firstPosts.map((request) => request.headers.get('Idempotency-Key'))).size).toBe(3);

    await user.clear(screen.getByLabelText('Heures de Costa Amina'));
    await user.type(screen.getByLabelText('Heures de Costa Amina'), '2');
    await user.click(screen.getByRole('button', { name: 'Renvoyer les lignes non enregistrées' }));

    expect(await screen.findByText('2 enregistrée(s), 1 refusée(s), 0 sans réponse, 0 absent(s).')).toBeInTheDocument();
    const retries = requests.filter((request) => request.method === 'POST').slice(firstPosts.length);
    expect(retries.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/v1/enrolments/b/attendance',
      '/api/v1/enrolments/c/attendance',
    ]);
    expect(keyOf(retries, 'b')).toBe(keyOf(firstPosts, 'b'));
    expect(keyOf(retries, 'c')).toBe(keyOf(firstPosts, 'c'));
    expect(await retries[1]!.json()).toMatchObject({ hours: 2 });
  });

  it('refuses a session after today next to the date, without posting', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({ 'GET /api/v1/me': () => json(trainer), [ENROLMENTS]: () => json(page(group)) });
    renderApp('/training/session');
    await user.type(await screen.findByLabelText('Heures de Alami Amina'), '3');
    const date = screen.getByLabelText('Date de la séance');
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(screen.getByRole('button', { name: /^Enregistrer la séance/ }));
    expect(await screen.findByText("La séance ne peut pas être après aujourd'hui.")).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
});

describe('the session grid checks', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('refuses 9 h and 2,3 h before sending, saying the limit and the quarter hour, in a focused summary', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({ 'GET /api/v1/me': () => json(trainer), [ENROLMENTS]: () => json(page(group)) });
    renderApp('/training/session');
    await user.type(await screen.findByLabelText('Heures de Alami Amina'), '9');
    await user.type(screen.getByLabelText('Heures de Bakari Amina'), '2,3');
    await user.type(screen.getByLabelText('Heures de Costa Amina'), '2,25');
    await user.click(screen.getByRole('button', { name: /^Enregistrer la séance/ }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', { name: 'Heures de Alami Amina : 9 h dépasse le maximum de 8 h par jour' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', {
        name: "Heures de Bakari Amina : 2,3 h n'est pas un multiple d'un quart d'heure (0,25 h)",
      }),
    ).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
    expect(screen.getByLabelText('Heures de Alami Amina')).toHaveAttribute('aria-invalid', 'true');

    await user.click(within(summary).getByRole('link', { name: /^Heures de Alami Amina/ }));
    expect(screen.getByLabelText('Heures de Alami Amina')).toHaveFocus();
  });

  it('moves to the next row on Enter instead of sending, and shows the totals of the recording with a decimal comma', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(trainer),
      [ENROLMENTS]: () => json(page(group)),
      [attendance('a')]: () => json(recording('a', 2.25, 2.25), 201),
    });
    renderApp('/training/session');
    await user.type(await screen.findByLabelText('Heures de Alami Amina'), '2,25{Enter}');
    expect(screen.getByLabelText('Heures de Bakari Amina')).toHaveFocus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByRole('button', { name: /^Enregistrer la séance/ })).toHaveFocus();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await user.keyboard('{Enter}');
    expect(await screen.findByText('1 enregistrée(s), 0 refusée(s), 0 sans réponse, 2 absent(s).')).toBeInTheDocument();
    const alami = screen.getAllByTestId('session-row')[0]!;
    expect(within(alami).getByText('Enregistré · 2,25 h sur 60 h')).toBeInTheDocument();
    expect(within(alami).getByText('2,25 h sur 60 h')).toBeInTheDocument();
  });
});

describe('the import page', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  const csv = 'enrolmentId;sessionDate;hours;reference\na;2026-11-16;3;ILI-1\nb;2026-11-16;2,6;ILI-2\n';

  it('sends the file as text/csv in the mode chosen and shows the per-line report of a 200', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(trainer),
      'POST /api/v1/operators/ILI-LIEGE/attendanceImports': () =>
        json({
          linesRead: 2,
          recorded: 1,
          duplicates: 0,
          rejected: 1,
          errors: [{ line: 3, field: 'hours', message: "doit être un nombre entier de quarts d'heure" }],
        }),
    });
    renderApp('/training/import');
    await user.upload(await screen.findByLabelText('Fichier CSV'), new File([csv], 'heures.csv', { type: 'text/csv' }));
    await user.click(screen.getByLabelText('Enregistrer les lignes valables'));
    await user.click(screen.getByRole('button', { name: 'Importer le fichier' }));

    expect(
      await screen.findByText('2 ligne(s) lue(s) : 1 enregistrée(s), 0 déjà importée(s), 1 refusée(s).'),
    ).toBeInTheDocument();
    const rows = within(screen.getByTestId('import-report')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('2ILI-1Enregistrée');
    expect(rows[2]).toHaveTextContent("3ILI-2Refuséehours : doit être un nombre entier de quarts d'heure");
    const sent = requests.find((request) => request.method === 'POST')!;
    expect(new URL(sent.url).searchParams.get('mode')).toBe('acceptValid');
    expect(sent.headers.get('Content-Type')).toContain('text/csv');
    expect(sent.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await sent.text()).toBe(csv);
  });

  it('shows the per-line errors of a 422 all-or-nothing rejection: nothing recorded', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/me': () => json(trainer),
      'POST /api/v1/operators/ILI-LIEGE/attendanceImports': () =>
        problem({
          type: 'urn:parcours:problem:import-rejected',
          title: 'Import rejected',
          status: 422,
          detail: 'Le fichier contient des lignes en erreur : rien n’a été enregistré.',
          errors: [{ line: 3, field: 'hours', message: "doit être un nombre entier de quarts d'heure" }],
        } as never),
    });
    renderApp('/training/import');
    await user.upload(await screen.findByLabelText('Fichier CSV'), new File([csv], 'heures.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Importer le fichier' }));

    expect(await screen.findByText("Fichier refusé : rien n'a été enregistré")).toBeInTheDocument();
    const rows = within(screen.getByTestId('import-report')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('2ILI-1Non enregistrée (fichier refusé)');
    expect(rows[2]).toHaveTextContent('3ILI-2Refusée');
  });
});

describe('the trainer', () => {
  beforeEach(() => saveAccessToken(validJwt()));

  it('lands on the active enrolments of each axis and the three pages of their work', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(trainer),
      [ENROLMENTS]: (request) => {
        const axis = new URL(request.url).searchParams.get('axis');
        return json({
          items: [],
          page: 1,
          pageSize: 1,
          total: axis === 'CITIZENSHIP' ? 12 : axis === 'FRENCH' ? 5 : 0,
        });
      },
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Mes formations' })).toBeInTheDocument();
    expect(await screen.findByText('12')).toBeInTheDocument();
    expect(screen.getByTestId('active-CITIZENSHIP')).toHaveTextContent('12 inscription(s) en cours en Citoyenneté');
    expect(screen.getByTestId('active-FRENCH')).toHaveTextContent('5');
    expect(screen.queryByText('Ce que vous pouvez faire dans Parcours')).not.toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Encoder une séance' })).toHaveAttribute('href', '/training/session');
  });

  it('corrects a session with a reason; the problem of a missing reason shows next to the field', async () => {
    const user = userEvent.setup();
    const session = { ...recording('a', 6, 6).entry, id: 's1' };
    let corrections = 0;
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(trainer),
      'GET /api/v1/enrolments/a': () => json(enrolment('a', 'Alami', 6)),
      'GET /api/v1/enrolments/a/attendance': () => json([session]),
      'POST /api/v1/enrolments/a/attendance/s1/corrections': () => {
        corrections += 1;
        return corrections === 1
          ? problem({
              type: 'urn:parcours:problem:validation',
              title: 'Invalid',
              status: 400,
              detail: 'La demande est invalide.',
              issues: [{ field: 'reason', message: 'est obligatoire' }],
            })
          : json(recording('a', 2, 8), 201);
      },
    });
    renderApp('/training/enrolments/a');
    await user.click(await screen.findByRole('button', { name: /^Corriger la séance du/ }));
    await user.type(screen.getByLabelText('Nouvelles heures de la séance'), '8');
    await user.click(screen.getByRole('button', { name: 'Corriger' }));
    expect(await screen.findByText('est obligatoire')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Motif/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText(/^Motif/), 'Présente toute la journée');
    await user.click(screen.getByRole('button', { name: 'Corriger' }));
    expect(await screen.findByText('Correction enregistrée.')).toBeInTheDocument();
    const posts = requests.filter((request) => request.method === 'POST');
    expect(await posts[1]!.json()).toEqual({ newHours: 8, reason: 'Présente toute la journée' });
    // a refused posting leaves its key free: the same key is sent again
    expect(posts[1]!.headers.get('Idempotency-Key')).toBe(posts[0]!.headers.get('Idempotency-Key'));
  });
});
