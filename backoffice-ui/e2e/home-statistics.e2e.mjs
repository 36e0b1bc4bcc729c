// The CRI home's figures and a person's access log in a real browser (issue 6): the agent sees the files by stage and
// the chart of the files opened by month (an image with its title and description, and the same figures as a table);
// a file opened through the API raises the "Ouvert" count; the person's access log lists the reads and writes just made.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { apiToken, baseUrl, openBrowser, openPage, screenshot, signIn, uniqueName } from './browser.mjs';
import { checkAccessibility } from './accessibility.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

async function post(token, path, body) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 201, `${path}: ${await response.clone().text()}`);
  return response.json();
}

/** A newcomer of Liège registered and their case file opened today, by the agent, through the API. */
async function openAFileThroughTheApi(token) {
  const day = 1 + Math.floor(Math.random() * 27);
  const person = await post(token, '/persons', {
    lastName: uniqueName('Chiffres'),
    firstNames: 'Nour',
    birthDate: `1988-02-${String(day).padStart(2, '0')}`,
    nationality: 'TN',
    communeNis: '62063',
    preferredLanguage: 'fr',
    cpasBeneficiary: false,
    permits: [{ cardType: 'A', permitType: 'FAMILY_REUNIFICATION', orderDate: '2026-06-15', validityMonths: 12 }],
  });
  const file = await post(token, '/caseFiles', { personId: person.id });
  return { person, file };
}

/** The count shown for the "Ouvert" stage (a link to the queue of new files). */
async function openedCount(page) {
  const link = page.getByRole('list', { name: 'Dossiers par étape' }).getByRole('link', { name: /Ouvert$/ });
  await link.waitFor();
  return Number((await link.locator('.state-counts__count').textContent()).trim());
}

test('a CRI agent sees the files by stage and by month on the home, and the access log of a person', async () => {
  const page = await openPage(browser, '/login');
  await signIn(page, 'agent.cripel');
  await page.getByRole('heading', { level: 2, name: 'Dossiers par étape' }).waitFor();
  const before = await openedCount(page);

  const token = await apiToken('agent.cripel');
  const { person, file } = await openAFileThroughTheApi(token);
  assert.equal(file.state, 'OPENED');

  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Dossiers par étape' }).waitFor();
  assert.equal(await openedCount(page), before + 1, 'the file just opened counts among the open ones');
  assert.equal(await page.getByRole('list', { name: 'Dossiers par étape' }).getByRole('listitem').count(), 9);

  const chart = page.getByRole('img', { name: /Dossiers ouverts par mois, selon leur étape actuelle/ });
  await chart.waitFor();
  assert.equal(await chart.evaluate((svg) => svg.tagName.toLowerCase()), 'svg');
  assert.ok((await chart.locator('rect[data-state="OPENED"]').count()) > 0, 'this month has a bar of open files');
  await page.getByText('Voir les chiffres sous forme de tableau').click();
  const table = page.getByRole('table', { name: 'Dossiers ouverts par mois, selon leur étape actuelle' });
  await table.waitFor();
  assert.equal(await table.getByRole('row').count(), 13, 'a header and the last 12 months');
  await page
    .getByRole('region', { name: /Dossiers à risque/ })
    .getByText(/\d+ dossier\(s\)/)
    .waitFor();
  await checkAccessibility(page, 'the CRI home with its figures');
  await screenshot(page, 'cri-home', { fullPage: true });

  // The person's page, then their access log: the registration, the opening of the file and the reads just made.
  await page.goto(`${baseUrl}/persons/${person.id}`);
  await page.getByRole('heading', { level: 1, name: `${person.lastName} Nour` }).waitFor();
  await page.getByRole('link', { name: 'Journal des accès à ses données' }).click();
  await page.getByRole('heading', { level: 1, name: 'Journal des accès aux données de la personne' }).waitFor();
  const log = page.getByRole('table', { name: "Accès aux données de la personne, le plus récent d'abord" });
  await log.waitFor();
  const row = (text) => log.getByRole('row').filter({ hasText: text });
  // each access as a sentence, never the endpoint
  await row('a créé le dossier').filter({ hasText: 'agent.cripel' }).first().waitFor();
  await row('a créé la fiche de la personne').first().waitFor();
  await row('a consulté la fiche de la personne').first().waitFor();
  assert.equal(await row('/caseFiles').count(), 0, 'no endpoint is shown');
  const times = await log
    .locator('tbody time')
    .evaluateAll((cells) => cells.map((cell) => Date.parse(cell.getAttribute('datetime'))));
  assert.deepEqual(
    times,
    [...times].sort((a, b) => b - a),
    'the latest first',
  );
  await checkAccessibility(page, 'the access log page');
  await screenshot(page, 'person-audit-trail', { fullPage: true });
});

test('a region analyst sees the files of the whole Region by stage and by month, or of one CRI', async () => {
  const page = await openPage(browser, '/login');
  await signIn(page, 'analyste.region');
  await page.getByRole('heading', { level: 2, name: 'Dossiers par étape' }).waitFor();
  await page.getByText(/dossier\(s\) dans toute la Région au/).waitFor();
  await page.getByRole('img', { name: /Dossiers ouverts par mois/ }).waitFor();
  assert.equal(
    await page.getByRole('list', { name: 'Dossiers par étape' }).getByRole('link').count(),
    0,
    'no work queue for an analyst',
  );
  await page.getByLabel('CRI').selectOption('CRIPEL');
  await page.getByText(/dossier\(s\) du CRI CRIPEL au/).waitFor();
  await checkAccessibility(page, 'the region analyst home');
});
