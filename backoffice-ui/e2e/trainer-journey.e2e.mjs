// Browser journey 2 (issue 6): a trainer records hours for a group until the axes are complete. A CRIPEL agent brings
// two new persons, through the API, to a signed convention whose only training axis left is citizenship (French test
// A2, no socio-professional orientation) and enrols them with ILI-LIEGE; then formateur.ili, in the browser, records
// the group's sessions in the grid (60 h: 8 sessions, at most 8 h a day), corrects a session with a reason, sees
// both enrolments complete (60/60), and the case files are COMPLETED.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { apiToken, baseUrl, daysAgo, openBrowser, openPage, screenshot, signIn, uniqueName } from './browser.mjs';
import { checkAccessibility } from './accessibility.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** The API as a member of staff: JSON in and out, the status checked. */
function client(accessToken) {
  return async function call(method, path, body, { status, headers = {} } = {}) {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (status !== undefined) assert.equal(response.status, status, `${method} ${path}: ${text}`);
    return {
      status: response.status,
      etag: response.headers.get('ETag'),
      body: text ? JSON.parse(text) : undefined,
    };
  };
}

/**
 * A newcomer of Liège with a case file at CRIPEL, the reception done (French test A2, no orientation), the convention
 * signed (reception and citizenship only) and enrolled on citizenship with ILI-LIEGE from `start`.
 */
async function personEnrolledOnCitizenship(call, lastName, start) {
  const person = await call(
    'POST',
    '/persons',
    {
      lastName,
      firstNames: 'Nour',
      birthDate: '1990-06-12',
      nationality: 'SY',
      communeNis: '62063',
      contact: { street: 'Rue Léopold 12', postalCode: '4000', locality: 'Liège' },
      preferredLanguage: 'fr',
      cpasBeneficiary: false,
      permits: [{ cardType: 'A', permitType: 'FAMILY_REUNIFICATION', orderDate: daysAgo(240), validityMonths: 12 }],
    },
    { status: 201 },
  );
  let file = await call('POST', '/caseFiles', { personId: person.body.id, openedOn: daysAgo(40) }, { status: 201 });
  const id = file.body.id;
  let etag = file.etag;
  const step = async (method, path, body, status) => {
    const answer = await call(method, `/caseFiles/${id}${path}`, body, { status, headers: { 'If-Match': etag } });
    etag = answer.etag ?? etag;
    return answer.body;
  };
  const needs = Object.fromEntries(
    ['HOUSING', 'HEALTH', 'FRENCH', 'WORK_AND_TRAINING', 'CITIZENSHIP', 'CHILDREN_AND_YOUTH'].map((domain) => [
      domain,
      { level: 'NONE' },
    ]),
  );
  await step('POST', '/reception', {}, 201);
  await step(
    'PUT',
    '/reception/socialReview',
    { conductedOn: daysAgo(35), needs, recommendsSocioProfessionalOrientation: false },
    200,
  );
  await step('PUT', '/reception/rightsAndDutiesSession', { heldOn: daysAgo(35), format: 'GROUP' }, 200);
  await step('PUT', '/reception/frenchTest', { takenOn: daysAgo(35), level: 'A2' }, 200);
  const convention = await step('POST', '/convention', { proposedOn: daysAgo(35) }, 201);
  assert.deepEqual(convention.requiredAxes, ['RECEPTION', 'CITIZENSHIP'], 'citizenship is the only training axis');
  await step('POST', '/convention/signature', { signedOn: daysAgo(34) }, 200);
  await step('POST', '/enrolments', { axis: 'CITIZENSHIP', operatorCode: 'ILI-LIEGE', startDate: start }, 201);
  return id;
}

/** In the session grid: the date, the hours of each person named, one submit; waits for every row's result. */
async function recordSession(page, date, hoursByName) {
  await page.getByLabel('Date de la séance').fill(date);
  for (const [name, hours] of Object.entries(hoursByName)) {
    await page.getByLabel(`Heures de ${name}`, { exact: true }).fill(String(hours));
  }
  await page.getByRole('button', { name: /^Enregistrer la séance/ }).click();
  const summary = page.getByRole('status').filter({ hasText: /enregistrée\(s\)/ });
  await summary.waitFor();
  assert.match(
    await summary.innerText(),
    new RegExp(`^${Object.keys(hoursByName).length} enregistrée\\(s\\), 0 refusée\\(s\\), 0 sans réponse`),
  );
  for (const name of Object.keys(hoursByName)) {
    const row = page.getByTestId('session-row').filter({ hasText: name });
    await row.getByText(/^Enregistré ·/).waitFor();
  }
}

test('a trainer records hours for a group until the axes are complete', async () => {
  const agent = client(await apiToken('agent.cripel'));
  const start = daysAgo(20);
  const first = `${uniqueName('Groupe')} Nour`;
  const second = `${uniqueName('Groupe')} Nour`;
  const files = [
    await personEnrolledOnCitizenship(agent, first.split(' ')[0], start),
    await personEnrolledOnCitizenship(agent, second.split(' ')[0], start),
  ];

  const page = await openPage(browser, '/login');
  await signIn(page, 'formateur.ili');
  await page.getByRole('heading', { name: 'Mes formations' }).waitFor();
  await page.getByTestId('active-CITIZENSHIP').filter({ hasText: /\d/ }).waitFor();

  // The group's first session: the second person is recorded with 6 h by mistake.
  await page.getByRole('navigation').getByRole('link', { name: 'Encoder une séance' }).click();
  await page.getByRole('heading', { level: 1, name: 'Encoder une séance' }).waitFor();
  await page.getByLabel('Axe').selectOption('CITIZENSHIP');
  await page.getByLabel(`Heures de ${first}`, { exact: true }).waitFor();
  await checkAccessibility(page, 'the session grid');

  // The grid checks the rules before sending: 9 h is refused with the daily limit in the message, nothing is posted.
  const posted = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/attendance')) posted.push(request.url());
  });
  await page.getByLabel('Date de la séance').fill(daysAgo(10));
  await page.getByLabel(`Heures de ${first}`, { exact: true }).fill('9');
  await page.getByRole('button', { name: /^Enregistrer la séance/ }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Corrigez ce qui suit' });
  await refusal.getByRole('link', { name: `Heures de ${first} : 9 h dépasse le maximum de 8 h par jour` }).waitFor();
  assert.ok(await refusal.evaluate((element) => element === document.activeElement), 'the refusal has the focus');
  await page
    .getByTestId('session-row')
    .filter({ hasText: first })
    .getByText('9 h dépasse le maximum de 8 h par jour')
    .waitFor();
  assert.deepEqual(posted, [], 'nothing is sent before the hours hold');
  await page.getByLabel(`Heures de ${first}`, { exact: true }).fill('2,3');
  await page.getByRole('button', { name: /^Enregistrer la séance/ }).click();
  await refusal.getByText("2,3 h n'est pas un multiple d'un quart d'heure (0,25 h)").waitFor();
  assert.deepEqual(posted, [], 'nothing is sent before the hours hold');

  await recordSession(page, daysAgo(10), { [first]: 8, [second]: 6 });
  await screenshot(page, 'trainer-session', { fullPage: true });

  // The correction, with its reason, on the second person's page.
  await page.getByRole('navigation').getByRole('link', { name: 'Mes personnes inscrites' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mes personnes inscrites' }).waitFor();
  await page.getByLabel('Axe').selectOption('CITIZENSHIP');
  await page.getByRole('link', { name: second }).click();
  await page.getByRole('heading', { level: 1, name: second }).waitFor();
  await page.getByRole('button', { name: /^Corriger la séance du/ }).click();
  await page.getByLabel('Nouvelles heures de la séance').fill('8');
  await page.getByRole('button', { name: 'Corriger', exact: true }).click();
  // Without a reason the API's problem shows next to the field.
  await page.locator('input[name="reason"][aria-invalid="true"]').waitFor();
  await page.getByLabel('Motif').fill('Présente toute la journée : 6 h encodées par erreur');
  await page.getByRole('button', { name: 'Corriger', exact: true }).click();
  await page.getByText('Correction enregistrée.').waitFor();
  const entry = page.getByTestId('attendance-entry').first();
  await entry.getByText('Présente toute la journée', { exact: false }).waitFor();
  await entry.getByText('8 h', { exact: false }).first().waitFor();
  await page.getByRole('progressbar', { name: /8 h sur 60 h/ }).waitFor();
  await checkAccessibility(page, 'an enrolment with its entries');

  // Seven more sessions: 8 h a day for six days, then 4 h: 60 h each.
  await page.getByRole('navigation').getByRole('link', { name: 'Encoder une séance' }).click();
  for (let day = 9; day >= 3; day -= 1) {
    const hours = day === 3 ? 4 : 8;
    await page.getByLabel(`Heures de ${first}`, { exact: true }).waitFor();
    await recordSession(page, daysAgo(day), { [first]: hours, [second]: hours });
    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
  }

  // Both enrolments complete.
  await page.getByRole('navigation').getByRole('link', { name: 'Mes personnes inscrites' }).click();
  await page.getByLabel('Axe').selectOption('CITIZENSHIP');
  await page.getByLabel('Statut').selectOption('');
  for (const name of [first, second]) {
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByRole('progressbar', { name: /60 h sur 60 h/ }).waitFor();
    await row.getByText(/^Terminé/).waitFor();
  }
  await checkAccessibility(page, 'my enrolled persons');
  await screenshot(page, 'trainer-enrolments', { fullPage: true });

  // The import page (explained format, both modes) and the export.
  await page.getByRole('navigation').getByRole('link', { name: 'Importer des heures' }).click();
  await page.getByRole('heading', { level: 1, name: 'Importer des heures' }).waitFor();
  await page.getByLabel('Fichier CSV').setInputFiles({
    name: 'heures.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `enrolmentId;sessionDate;hours;reference\n${randomUUID()};${daysAgo(2)};2,75;E2E-1\nnot-an-id;${daysAgo(2)};2,6;E2E-2\n`,
    ),
  });
  await page.getByRole('button', { name: 'Importer le fichier' }).click();
  await page.getByText("Fichier refusé : rien n'a été enregistré").waitFor();
  const report = page.getByTestId('import-report');
  assert.equal(await report.getByRole('row').count(), 3, 'a header and a row per line');
  await report.getByRole('row').filter({ hasText: 'E2E-2' }).getByText('Refusée').waitFor();
  await checkAccessibility(page, 'the import page');
  await screenshot(page, 'trainer-import', { fullPage: true });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter mes heures (CSV)' }).click();
  assert.match((await download).suggestedFilename(), /\.csv$/);

  // The CRI sees both case files completed.
  for (const id of files) {
    const file = await agent('GET', `/caseFiles/${id}`, undefined, { status: 200 });
    assert.equal(file.body.state, 'COMPLETED');
  }
});
