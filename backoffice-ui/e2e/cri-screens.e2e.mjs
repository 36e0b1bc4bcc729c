// The CRI screens that spare the agent the API (issue 6): an agent edits a person and reads the new verdict and the
// history; on a file in training, amends the convention, withdraws an enrolment with its reason and records an A2
// certificate; a supervisor records a dispense for another person, whose file then follows as a volunteer; the
// dispense an agent's facts propose waits for a supervisor, who confirms it from the list of dispenses to confirm.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { apiToken, baseUrl, daysAgo, openBrowser, openPage, screenshot, signIn, uniqueName } from './browser.mjs';
import { checkAccessibility } from './accessibility.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** Calls the API as `bearer`; a change of a case file carries the file's last ETag, kept in `versions`. */
async function call(bearer, method, path, body, versions = {}, fileId = undefined) {
  const headers = { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' };
  if (fileId && versions[fileId]) headers['If-Match'] = versions[fileId];
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  if (fileId && response.headers.get('ETag')) versions[fileId] = response.headers.get('ETag');
  return text ? JSON.parse(text) : undefined;
}

/** A newcomer obliged to follow the programme (family reunification, ordered two months ago). */
async function registerPerson(bearer, firstNames) {
  const lastName = uniqueName('Ecran');
  const person = await call(bearer, 'POST', '/persons', {
    lastName,
    firstNames,
    birthDate: '1990-02-14',
    nationality: 'SY',
    communeNis: '62063',
    cpasBeneficiary: false,
    permits: [{ permitType: 'FAMILY_REUNIFICATION', orderDate: '2026-09-10' }],
    confirmedNotDuplicate: true,
  });
  assert.equal(person.assessment.status, 'OBLIGED');
  return person;
}

async function openFile(bearer, personId, versions) {
  const file = await call(bearer, 'POST', '/caseFiles', { personId });
  const read = await fetch(`${baseUrl}/api/v1/caseFiles/${file.id}`, {
    headers: { Authorization: `Bearer ${bearer}` },
  });
  versions[file.id] = read.headers.get('ETag');
  return file.id;
}

/** Reception (French A1, orientation recommended), convention signed, citizenship and French enrolled: IN_PROGRESS. */
async function fileInTraining(bearer, personId) {
  const versions = {};
  const id = await openFile(bearer, personId, versions);
  const change = (method, part, body) => call(bearer, method, `/caseFiles/${id}${part}`, body, versions, id);
  await change('POST', '/reception', {});
  const needs = Object.fromEntries(
    ['HOUSING', 'HEALTH', 'FRENCH', 'WORK_AND_TRAINING', 'CITIZENSHIP', 'CHILDREN_AND_YOUTH'].map((domain) => [
      domain,
      { level: 'LOW' },
    ]),
  );
  await change('PUT', '/reception/socialReview', {
    conductedOn: daysAgo(0),
    needs,
    recommendsSocioProfessionalOrientation: true,
  });
  await change('PUT', '/reception/rightsAndDutiesSession', { heldOn: daysAgo(0), format: 'GROUP' });
  await change('PUT', '/reception/frenchTest', { takenOn: daysAgo(0), level: 'A1' });
  await change('POST', '/convention', { proposedOn: daysAgo(0) });
  await change('POST', '/convention/signature', { signedOn: daysAgo(0) });
  await change('POST', '/enrolments', { operatorCode: 'ILI-LIEGE', axis: 'CITIZENSHIP', startDate: daysAgo(0) });
  await change('POST', '/enrolments', { operatorCode: 'ILI-LIEGE', axis: 'FRENCH', startDate: daysAgo(0) });
  const file = await call(bearer, 'GET', `/caseFiles/${id}`);
  assert.equal(file.state, 'IN_PROGRESS');
  return id;
}

/** The folded action whose summary is `title` (inside `scope`, the page by default): opens it and answers its <details>. */
async function action(page, title, scope = page) {
  const details = scope.locator('details', { has: page.locator('summary', { hasText: title }) }).first();
  if (!(await details.evaluate((element) => element.open))) await details.locator('summary').click();
  return details;
}

test('an agent edits a person and reads the new verdict and the history', async () => {
  const agent = await apiToken('agent.cripel');
  const person = await registerPerson(agent, 'Rania');
  const name = `${person.lastName} Rania`;

  const page = await openPage(browser, '/login');
  await signIn(page, 'agent.cripel');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await page.goto(`${baseUrl}/persons/${person.id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('region', { name: "Verdict de l'obligation" }).getByText("Soumis·e à l'obligation").waitFor();
  await page
    .getByRole('region', { name: 'Dispense' })
    .getByText(/Seul·e un·e superviseur·e/)
    .waitFor();

  await page.getByRole('link', { name: 'Modifier la fiche' }).click();
  await page.getByRole('heading', { level: 1, name: `Modifier la fiche de ${name}` }).waitFor();
  assert.equal(await page.getByLabel('Nom', { exact: true }).inputValue(), person.lastName);
  assert.equal(await page.getByLabel('Type de titre').inputValue(), 'FAMILY_REUNIFICATION');
  await page.getByLabel('Langue de contact').fill('ar');
  await page.getByLabel(/^Certificat médical/).check();
  await checkAccessibility(page, 'the person edit form');
  await screenshot(page, 'person-edit', { fullPage: true });
  // A problem of the server shows next to its field.
  await page.getByLabel(/^Commune de résidence/).fill('');
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await page.locator('#person-communeNis-error').waitFor();
  await checkAccessibility(page, 'the person edit form with a problem');
  await page.getByLabel(/^Commune de résidence/).fill('62063');
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();

  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText('Fiche enregistrée.', { exact: false }).waitFor();
  // The certificate declared by an agent proposes a dispense: the person stays obliged until a supervisor confirms it.
  const verdict = page.getByRole('region', { name: "Verdict de l'obligation" });
  await verdict.getByText('Dispense à confirmer').waitFor();
  await verdict.getByText('(D1)').waitFor();
  await page
    .getByRole('region', { name: 'Dispense' })
    .getByText(/reste soumise à l'obligation : échéance le/)
    .waitFor();
  const history = page.getByRole('region', { name: 'Historique des verdicts' });
  await history.getByRole('listitem').filter({ hasText: 'Dispense à confirmer (D1)' }).first().waitFor();
  const entries = history.locator('.history__entry');
  assert.equal(await entries.count(), 2, 'the history keeps the first verdict and the new one');
  assert.match(await entries.first().innerText(), /Dispense à confirmer \(D1\)/, 'the latest verdict first');
  assert.match(await entries.nth(1).innerText(), /Soumis·e à l'obligation/);
});

test('a supervisor confirms, on evidence, the dispense an agent entered, from the list of dispenses to confirm', async () => {
  const agent = await apiToken('agent.cripel');
  const person = await registerPerson(agent, 'Omar');
  const read = await fetch(`${baseUrl}/api/v1/persons/${person.id}`, {
    headers: { Authorization: `Bearer ${agent}` },
  });
  const record = await read.json();
  const updated = await fetch(`${baseUrl}/api/v1/persons/${person.id}`, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${agent}`,
      'Content-Type': 'application/json',
      'If-Match': read.headers.get('ETag'),
    },
    body: JSON.stringify({
      lastName: record.lastName,
      firstNames: record.firstNames,
      birthDate: record.birthDate,
      nationality: record.nationality,
      communeNis: record.communeNis,
      cpasBeneficiary: false,
      permits: record.permits,
      dispenseFacts: { belgianDiploma: true },
    }),
  });
  assert.equal(updated.status, 200, await updated.clone().text());
  assert.equal((await updated.json()).assessment.status, 'DISPENSE_TO_CONFIRM');
  const name = `${person.lastName} Omar`;

  const page = await openPage(browser, '/login');
  await signIn(page, 'superviseur.cripel');
  const list = page.getByRole('region', { name: 'Dispenses à confirmer' });
  await list.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const section = page.getByRole('region', { name: 'Dispense' });
  await section.getByText('Dispense à confirmer (D2)').waitFor();
  await checkAccessibility(page, 'the person with a dispense to confirm');
  const form = await action(page, 'Confirmer la dispense', section);
  await form.getByLabel('Pièce justificative').fill('Diplôme de bachelier');
  await form.getByLabel('Date de la pièce').fill(daysAgo(0));
  await form.getByLabel('Délivrée par').fill('Université de Liège');
  await form.getByLabel('Motivation').fill("Diplôme de l'enseignement belge présenté");
  await form.getByRole('button', { name: 'Confirmer la dispense' }).click();

  await page.getByRole('region', { name: "Verdict de l'obligation" }).getByText('Dispensé·e').waitFor();
  const entries = page.getByRole('region', { name: 'Historique des verdicts' }).locator('.history__entry');
  await entries.first().filter({ hasText: 'dispense confirmée' }).waitFor();
  assert.match(await entries.first().innerText(), /superviseur\.cripel/, 'who confirmed');
  assert.match(await entries.nth(1).innerText(), /Dispense à confirmer \(D2\)[\s\S]*agent\.cripel/, 'who entered');
});

test('on a file in training, an agent amends the convention, withdraws an enrolment and records an A2 certificate', async () => {
  const agent = await apiToken('agent.cripel');
  const person = await registerPerson(agent, 'Karim');
  const fileId = await fileInTraining(agent, person.id);

  const page = await openPage(browser, '/login');
  await signIn(page, 'agent.cripel');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await page.goto(`${baseUrl}/case-files/${fileId}`);
  await page.getByTestId('case-file-state').filter({ hasText: 'En formation' }).waitFor();

  // The amendment: socio-professional orientation no longer needed.
  const amend = await action(page, 'Modifier la convention (avenant)');
  await amend.getByLabel('Insertion socioprofessionnelle').uncheck();
  await amend.getByRole('button', { name: "Enregistrer l'avenant" }).click();
  await amend.getByText('Motif', { exact: true }).waitFor();
  await amend.locator('[aria-invalid="true"]').first().waitFor();
  await amend.getByLabel('Motif').fill('Travaille déjà à temps plein');
  await amend.getByRole('button', { name: "Enregistrer l'avenant" }).click();
  await amend.getByText('Enregistré. Le dossier est à jour.').waitFor();
  const convention = page.getByRole('region', { name: "Convention d'intégration" });
  await convention.getByRole('row').filter({ hasText: 'Travaille déjà à temps plein' }).waitFor();

  // The withdrawal of the citizenship enrolment, with its mandatory reason.
  const enrolments = page.getByRole('region', { name: 'Inscriptions' });
  const citizenship = enrolments.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Citoyenneté' }) });
  const withdraw = await action(page, "Abandonner l'inscription", citizenship);
  await withdraw.getByLabel("Motif de l'abandon").fill("Changement d'opérateur");
  await withdraw.getByRole('button', { name: "Abandonner l'inscription" }).click();
  await enrolments.getByText('Inscription abandonnée. Le dossier est à jour.').waitFor();
  await citizenship.getByText("Changement d'opérateur").waitFor();
  await citizenship.getByText('abandonnée').waitFor();

  // The A2 certificate completes the French axis.
  const certificate = await action(page, 'Certificat de français (A2 ou plus)');
  await certificate.getByLabel('Niveau (CECR)').selectOption('A2');
  await certificate.getByLabel('Délivré par').fill('Alliance française de Liège');
  await certificate.getByRole('button', { name: 'Enregistrer' }).click();
  const attendance = page.getByRole('region', { name: 'Présences' });
  await attendance.getByText(/Français : certificat de français A2/).waitFor();
  await page.getByRole('region', { name: "Entretiens d'évaluation" }).waitFor();

  await page
    .locator('details[open] summary')
    .evaluateAll((summaries) => summaries.forEach((summary) => summary.click()));
  await checkAccessibility(page, 'the case file in training');
  await screenshot(page, 'case-file-progress', { fullPage: true });
});

test('a supervisor records a dispense: the verdict is the dispense and the file follows as a volunteer', async () => {
  const agent = await apiToken('agent.cripel');
  const person = await registerPerson(agent, 'Nadia');
  const fileId = await openFile(agent, person.id, {});

  const page = await openPage(browser, '/login');
  await signIn(page, 'superviseur.cripel');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await page.goto(`${baseUrl}/persons/${person.id}`);
  await page.getByRole('heading', { level: 1, name: `${person.lastName} Nadia` }).waitFor();
  const section = page.getByRole('region', { name: 'Dispense' });
  const form = await action(page, 'Enregistrer une dispense', section);
  await form.getByLabel('Motif de dispense').selectOption('D1');
  await form.getByLabel('Pièce justificative').fill('Certificat médical');
  await form.getByLabel('Date de la pièce').fill(daysAgo(0));
  await form.getByLabel('Délivrée par').fill('Dr. Lambert, CHR de la Citadelle');
  await form.getByLabel('Motivation').fill('Incapacité durable attestée');
  await form.getByRole('button', { name: 'Enregistrer la dispense' }).click();
  await form.getByText('Dispense enregistrée.', { exact: false }).waitFor();
  await page.getByRole('region', { name: "Verdict de l'obligation" }).getByText('Dispensé·e').waitFor();
  await page
    .getByRole('region', { name: 'Historique des verdicts' })
    .getByText(/dispense enregistrée/)
    .waitFor();

  await page.goto(`${baseUrl}/case-files/${fileId}`);
  await page.getByText('Volontaire', { exact: true }).waitFor();
});
