// The homes list work and the files list is usable (issue 14, ADR 0033): the CRI home shows each queue's most urgent
// files; a supervisor's also the attestations to issue; the files list filters and sorts from its address and exports
// the same list as CSV; the header's search finds a file as one types and remembers the files viewed in the tab.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { apiToken, baseUrl, openBrowser, openPage, screenshot, signIn, uniqueName } from './browser.mjs';
import { checkAccessibility } from './accessibility.mjs';

let browser;
/** The person of the late file opened for these journeys. */
let late;
/**
 * A file of CRIPEL past its deadline, whatever else the database holds: a permit ordered in January 2023 gives
 * 18 months, long gone.
 */
async function openLateFile() {
  const token = await apiToken('agent.cripel');
  const post = async (path, body) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.ok(response.ok, `POST ${path} answered ${response.status}: ${await response.clone().text()}`);
    return response.json();
  };
  const person = await post('/persons', {
    lastName: uniqueName('Retard'),
    firstNames: 'Samir',
    birthDate: '1988-05-03',
    nationality: 'SY',
    communeNis: '62063',
    cpasBeneficiary: false,
    permits: [{ permitType: 'FAMILY_REUNIFICATION', orderDate: '2023-01-10' }],
    confirmedNotDuplicate: true,
  });
  assert.equal(person.assessment.status, 'OBLIGED');
  await post('/caseFiles', { personId: person.id });
  return person;
}

before(async () => {
  browser = await openBrowser();
  late = await openLateFile();
});
after(async () => {
  await browser?.close();
});

const wide = { viewport: { width: 1366, height: 768 } };

test("a supervisor's home lists the most urgent files of each queue and the attestations to issue, side by side", async () => {
  const page = await openPage(browser, '/login', wide);
  await signIn(page, 'superviseur.cripel');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  const overdue = page.getByRole('region', { name: /Échéances dépassées/ });
  await overdue.getByRole('link', { name: /Voir les \d+ dossiers/ }).waitFor();
  const firstLate = overdue.getByRole('listitem').first();
  assert.match(await firstLate.innerText(), /En retard de \d+ j/, 'each line says how late');
  const attestations = page.getByRole('region', { name: /Attestations à délivrer/ });
  await attestations.getByText(/\d+ dossier\(s\)/).waitFor();
  await page.getByRole('region', { name: 'Dispenses à confirmer' }).waitFor();
  // side by side: two queues on one row at 1366 px
  const [a, b] = await Promise.all([
    overdue.boundingBox(),
    page.getByRole('region', { name: /Dossiers à risque/ }).boundingBox(),
  ]);
  assert.equal(Math.round(a.y), Math.round(b.y), 'two queues share a row');
  await checkAccessibility(page, 'the supervisor home');
  await screenshot(page, 'supervisor-home');

  await overdue.getByRole('link', { name: /Voir les \d+ dossiers/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Échéances dépassées' }).waitFor();
});

test('the files list filters from its address, sorts by deadline and exports the same list as CSV', async () => {
  const page = await openPage(browser, '/login', wide);
  await signIn(page, 'agent.cripel');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await page.goto(`${baseUrl}/case-files?late=true&sort=deadline`);
  await page.getByRole('heading', { level: 1, name: 'Dossiers du CRI' }).waitFor();
  assert.equal(await page.getByLabel('Retard').inputValue(), 'true');
  assert.equal(await page.getByLabel('Trier par').inputValue(), 'deadline');
  const rows = page.getByRole('table').getByRole('row');
  await rows.nth(1).waitFor();
  assert.match(await rows.nth(1).innerText(), /retard/, 'a late file first');

  await page.getByLabel('Commune').selectOption({ label: 'Liège (62063)' });
  await page.waitForURL(/commune=62063/);
  assert.match(page.url(), /late=true/, 'the other filters stay in the address');
  await checkAccessibility(page, 'the files list');
  await screenshot(page, 'case-files-list');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV (Excel)' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'dossiers.csv');
  const token = await apiToken('agent.cripel');
  const csv = await fetch(`${baseUrl}/api/v1/caseFiles.csv?commune=62063&late=true&sort=deadline`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const bytes = new Uint8Array(await csv.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
  assert.match(new TextDecoder().decode(bytes), /^\uFEFF?N° de dossier;Nom;Prénoms;/);
});

test('the header search finds a file as one types, and shows the files viewed recently', async () => {
  const file = { lastName: late.lastName };
  const page = await openPage(browser, '/login', wide);
  await signIn(page, 'agent.cripel');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  const box = page.getByRole('searchbox', { name: 'Rechercher un dossier' });

  await box.pressSequentially(file.lastName.slice(0, 5), { delay: 40 });
  const result = page.locator('.header-search__link').filter({ hasText: file.lastName }).first();
  await result.waitFor();
  await checkAccessibility(page, 'the header search');
  await screenshot(page, 'header-search');
  await result.click();
  await page.waitForURL(/\/case-files\/[0-9a-f-]{36}$/);
  // the file is remembered once its page has rendered (ids only)
  await page.waitForFunction(() =>
    Object.keys(sessionStorage).some((key) => key.startsWith('parcours.recentCaseFiles')),
  );

  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await box.click();
  await page.getByText('Consultés récemment').waitFor();
  await page.locator('.header-search__link').filter({ hasText: file.lastName }).first().waitFor();
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
  assert.ok(!stored.includes(file.lastName), 'no name in the session storage, ids only');
});

test('the page is revalidated at every visit and its content-named script kept a year', async () => {
  const page = await fetch(`${baseUrl}/`);
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  const script = /\/assets\/[\w.-]+\.js/.exec(await page.text())?.[0];
  assert.ok(script, 'the page names its hashed script');
  const asset = await fetch(`${baseUrl}${script}`);
  assert.equal(asset.status, 200);
  assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const missing = await fetch(`${baseUrl}/assets/index-gone.js`);
  assert.notEqual(missing.headers.get('cache-control'), 'public, max-age=31536000, immutable');
});
