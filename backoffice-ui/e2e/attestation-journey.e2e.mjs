// Journey 3 in a real browser against the real application: a supervisor issues the attestation of a completed
// case file and a commune clerk acknowledges it. The file is brought to COMPLETED through the API with the demo
// accounts (intake, reception, convention, enrolment, the trainer's hours), as the CRI and the operator would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

/** A JSON call of the API; fails the journey unless it answers `status`. */
async function call(bearer, method, path, body, { status, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (status !== undefined) assert.equal(response.status, status, `${method} ${path}: ${text}`);
  return { body: text ? JSON.parse(text) : undefined, etag: response.headers.get('ETag') };
}

/**
 * An obliged newcomer of Liège (a CPAS beneficiary), whose file at CRIPEL is COMPLETED: reception with a French test
 * at B1 and no orientation, so citizenship is the only training axis; ILI's trainer posts its 60 hours.
 */
async function completedCaseFile(lastName) {
  const agent = await apiToken('agent.cripel');
  const trainer = await apiToken('formateur.ili');
  const person = await call(
    agent,
    'POST',
    '/persons',
    {
      lastName,
      firstNames: 'Samira',
      birthDate: '1990-06-14',
      nationality: 'SY',
      communeNis: '62063',
      contact: { street: 'Rue Léopold 12', postalCode: '4000', locality: 'Liège' },
      preferredLanguage: 'fr',
      cpasBeneficiary: true,
      permits: [{ cardType: 'A', permitType: 'FAMILY_REUNIFICATION', orderDate: daysAgo(90), validityMonths: 12 }],
    },
    { status: 201 },
  );
  const opened = await call(
    agent,
    'POST',
    '/caseFiles',
    { personId: person.body.id, openedOn: daysAgo(60) },
    { status: 201 },
  );
  const file = opened.body.id;
  let etag = opened.etag;
  /** A change of the file with its last ETag in If-Match. */
  const change = async (method, part, body, status) => {
    const answer = await call(agent, method, `/caseFiles/${file}${part}`, body, {
      status,
      headers: { 'If-Match': etag },
    });
    etag = answer.etag ?? etag;
    return answer;
  };
  const needs = Object.fromEntries(
    ['HOUSING', 'HEALTH', 'FRENCH', 'WORK_AND_TRAINING', 'CITIZENSHIP', 'CHILDREN_AND_YOUTH'].map((domain) => [
      domain,
      { level: 'NONE' },
    ]),
  );
  await change('POST', '/reception', {}, 201);
  await change(
    'PUT',
    '/reception/socialReview',
    { conductedOn: daysAgo(55), needs, recommendsSocioProfessionalOrientation: false },
    200,
  );
  await change('PUT', '/reception/rightsAndDutiesSession', { heldOn: daysAgo(55), format: 'GROUP' }, 200);
  await change('PUT', '/reception/frenchTest', { takenOn: daysAgo(55), level: 'B1' }, 200);
  await change('POST', '/convention', { proposedOn: daysAgo(55) }, 201);
  await change('POST', '/convention/signature', { signedOn: daysAgo(50) }, 200);
  const enrolment = await change(
    'POST',
    '/enrolments',
    { operatorCode: 'ILI-LIEGE', axis: 'CITIZENSHIP', startDate: daysAgo(45) },
    201,
  );
  let last;
  for (let day = 0; day < 8; day += 1) {
    last = await call(
      trainer,
      'POST',
      `/enrolments/${enrolment.body.id}/attendance`,
      { sessionDate: daysAgo(40 - day), hours: '7.5' },
      { status: 201, headers: { 'Idempotency-Key': randomUUID() } },
    );
  }
  assert.equal(last.body.parcoursCompleted, true, 'the 60th hour completes the parcours');
  const completed = await call(agent, 'GET', `/caseFiles/${file}`, undefined, { status: 200 });
  assert.equal(completed.body.state, 'COMPLETED');
  return file;
}

/** Clicks a button that downloads a file, and answers the file's name and first bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), head: bytes.subarray(0, 5).toString('latin1') };
}

test('a supervisor issues the attestation and a commune clerk acknowledges it', async () => {
  const lastName = uniqueName('Attest');
  const file = await completedCaseFile(lastName);

  // The supervisor issues it, downloads the PDF and sees the commune's copy pending
  const supervisor = await openPage(browser, '/login');
  await signIn(supervisor, 'superviseur.cripel');
  await supervisor.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await supervisor.goto(`${baseUrl}/case-files/${file}`);
  await supervisor.getByRole('heading', { level: 1, name: `Dossier de ${lastName} Samira` }).waitFor();
  const panel = supervisor.getByRole('region', { name: 'Attestation de fréquentation' });
  await panel.getByText('Le parcours est terminé : tous les axes requis sont accomplis.').waitFor();
  // the attestation is the file's next step: issued from the card at the top of the page (ADR 0032)
  await supervisor.getByTestId('next-step').getByRole('button', { name: "Délivrer l'attestation" }).click();
  const number = panel.getByTestId('attestation-number');
  await number.waitFor();
  const attestationNumber = (await number.textContent()).trim();
  assert.match(attestationNumber, /^CRIPEL-\d{4}-\d{5}$/);
  await supervisor.getByTestId('case-file-state').filter({ hasText: 'Attestation délivrée' }).waitFor();
  await panel.getByTestId('attestation-state').filter({ hasText: 'Valide' }).waitFor();
  const code = (await panel.locator('code').textContent()).trim();
  assert.equal(await panel.getByRole('link', { name: 'Vérifier en ligne' }).getAttribute('href'), `/verify/${code}`);

  // Anyone holding the document checks it with two things printed on it: the code (filled in from the QR code)
  // and the holder's birth date; the same code on a forged document with another birth date does not pass (ADR 0031)
  const checker = await openPage(browser, `/verify/${code}`);
  assert.equal(await checker.getByLabel("Code de l'attestation").inputValue(), code);
  await checker.getByLabel('Date de naissance du titulaire').fill('1991-06-14');
  await checker.getByRole('button', { name: 'Vérifier' }).click();
  await checker.getByText('Aucune correspondance').waitFor();
  await checker.getByRole('button', { name: 'Vérifier une autre attestation' }).click();
  await checker.getByLabel("Code de l'attestation").fill(code.toLowerCase());
  await checker.getByLabel('Date de naissance du titulaire').fill('1990-06-14');
  await checker.getByRole('button', { name: 'Vérifier' }).click();
  await checker.getByText('Attestation valable').waitFor();
  assert.ok(!(await checker.content()).includes(lastName), 'the check shows nothing of the holder');
  await checkAccessibility(checker, 'the verified attestation');

  const pdf = await download(supervisor, panel.getByRole('button', { name: 'Télécharger le PDF' }));
  assert.equal(pdf.name, `${attestationNumber}.pdf`);
  assert.equal(pdf.head, '%PDF-', 'the download is a PDF');
  const communeCopy = panel.getByTestId('copy-COMMUNE');
  await communeCopy.getByText('En attente').waitFor();
  await panel.getByTestId('copy-CPAS').getByText('En attente').waitFor();
  await checkAccessibility(supervisor, 'the attestation section of the case file');
  await panel.scrollIntoViewIfNeeded();
  await screenshot(supervisor, 'case-file-attestation');

  // The commune's clerk finds it among the attestations due, downloads it and acknowledges it
  const clerk = await openPage(browser, '/login');
  await signIn(clerk, 'commune.liege');
  const due = clerk.getByRole('region', { name: 'Attestations à traiter' });
  await due.getByTestId('attestations-due-count').filter({ hasText: /\d/ }).waitFor();
  await due.getByRole('link', { name: 'Voir les attestations reçues' }).click();
  await clerk.getByRole('heading', { level: 1, name: 'Attestations dues à votre commune' }).waitFor();
  const row = clerk.getByTestId('clerk-copy').filter({ hasText: lastName });
  await row.waitFor();
  await row.getByText(attestationNumber).waitFor();
  await row.getByText('En attente').waitFor();
  const copy = await download(
    clerk,
    row.getByRole('button', { name: `Télécharger le PDF de l'attestation ${attestationNumber}` }),
  );
  assert.equal(copy.head, '%PDF-', 'the copy is a PDF');
  await row.getByText('Téléchargée').waitFor();
  await checkAccessibility(clerk, "the clerk's attestations");
  await screenshot(clerk, 'clerk-attestations');
  await row.getByRole('button', { name: `Accuser réception de l'attestation ${attestationNumber}` }).click();
  await clerk
    .getByText(`Réception de l'attestation ${attestationNumber} (${lastName} Samira) confirmée au CRI.`)
    .waitFor();
  await clerk.getByTestId('clerk-copy').filter({ hasText: lastName }).waitFor({ state: 'detached' });

  // Back at the CRI, the commune's copy shows acknowledged, the CPAS's still pending
  await supervisor.reload();
  await communeCopy.getByText('Réception confirmée').waitFor();
  await panel.getByTestId('copy-CPAS').getByText('En attente').waitFor();
});
