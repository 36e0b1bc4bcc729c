// The CRI agent's journey in a real browser against the real application (issue 6): register a newcomer, read the
// obligation verdict, open the case file, run the reception module, propose and sign the convention, enrol on the
// training axes; and another CRI's agent who opens the URL of that CRI's file gets "not found", not its content.
// At 1366 × 768 (issue 14), every step of journey 1 is taken from the next-step card at the top of the file, its
// button in view on arrival, without scrolling, up to the supervisor's attestation.
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

/** The folded action whose summary is `title`: opens it and answers its <details>. */
async function action(page, title) {
  const details = page.locator('details', { has: page.locator('summary', { hasText: title }) });
  if (!(await details.evaluate((element) => element.open))) await details.locator('summary').click();
  return details;
}

async function expectState(page, state) {
  await page.getByTestId('case-file-state').filter({ hasText: state }).waitFor();
}

/** A laptop's screen: the next step must show on it without scrolling. */
const LAPTOP = { viewport: { width: 1366, height: 768 } };

/**
 * Arrives on the file (scrolled to the top, as after a navigation), checks that the next-step card says `what` and
 * that its control (the form's title or its button) is in the viewport, and answers the card and that control.
 */
async function nextStep(page, what) {
  await page.reload();
  const card = page.getByTestId('next-step');
  await card.locator('.next-step__what', { hasText: what }).waitFor();
  const control = card.locator('summary, button[type="submit"]').first();
  await control.waitFor();
  const box = await control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: window.innerHeight, scrolled: window.scrollY };
  });
  assert.equal(box.scrolled, 0, `${what}: the page is not scrolled`);
  assert.ok(
    box.top >= 0 && box.bottom <= box.height,
    `${what}: its control is in view without scrolling (${JSON.stringify(box)})`,
  );
  return { card, control };
}

/** Opens the card's folded form (its title is in view) and answers the form. */
async function openStep(page, what) {
  const { card, control } = await nextStep(page, what);
  if ((await control.evaluate((element) => element.tagName)) === 'SUMMARY') await control.click();
  return card;
}

/** Sends the card's form and waits until the file has moved on (the card changed). */
async function take(card, button, then) {
  await card.getByRole('button', { name: button, exact: true }).click();
  await then();
}

test('a CRI agent registers a newcomer, opens the case file, runs the reception, signs the convention and enrols', async () => {
  const page = await openPage(browser, '/login');
  await signIn(page, 'agent.cripel');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await page
    .getByRole('region', { name: /Dossiers à risque/ })
    .getByText(/\d+ dossier\(s\)/)
    .waitFor();
  await checkAccessibility(page, 'the CRI home');
  await screenshot(page, 'cri-home', { fullPage: true });

  // Intake
  await page.getByRole('link', { name: 'Enregistrer une nouvelle personne' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enregistrer une personne' }).waitFor();
  // After a navigation the page's title has the focus.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  // A refused intake brings its error summary into view, focused, with a link to each field.
  await page.getByRole('button', { name: 'Enregistrer la personne' }).click();
  const summary = page.getByRole('alert').filter({ hasText: "La demande n'a pas abouti" });
  await summary.waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  const box = await summary.boundingBox();
  assert.ok(box && box.y > -1 && box.y < page.viewportSize().height, `the summary is in view (top at ${box?.y})`);
  assert.doesNotMatch(await summary.innerText(), /communeNis|confirmedNotDuplicate/);
  await summary.getByRole('link', { name: /^Nom : / }).click();
  assert.ok(
    await page.getByLabel('Nom', { exact: true }).evaluate((input) => input === document.activeElement),
    'the link focuses the field',
  );
  await checkAccessibility(page, 'the refused person form');
  const lastName = uniqueName('Essai');
  await page.getByLabel('Nom', { exact: true }).fill(lastName);
  await page.getByLabel('Prénoms', { exact: true }).fill('Amal');
  await page.getByLabel('Date de naissance').fill('1991-04-17');
  // Country, commune (by postal code) and language chosen by name.
  await page.getByRole('combobox', { name: 'Nationalité' }).fill('Syr');
  await page.getByRole('option', { name: 'Syrie' }).click();
  await page.getByRole('combobox', { name: 'Commune de résidence' }).fill('4000');
  await page.getByRole('option', { name: 'Liège (62063)' }).click();
  await page.getByRole('combobox', { name: "Langue d'interprétation" }).fill('arab');
  await page.getByRole('option', { name: 'Arabe' }).click();
  await page.getByLabel('Type de titre').selectOption('FAMILY_REUNIFICATION');
  await page.getByLabel('Date de commande du titre par la commune').fill('2026-09-10');
  await checkAccessibility(page, 'the person form');
  await screenshot(page, 'person-form', { fullPage: true });
  await page.getByRole('button', { name: 'Enregistrer la personne' }).click();

  // The person, with the verdict and its provisions
  await page.getByRole('heading', { level: 1, name: `${lastName} Amal` }).waitFor();
  // Names, not codes.
  await page.getByText('Syrie', { exact: true }).waitFor();
  await page.getByText('Liège', { exact: true }).first().waitFor();
  const verdict = page.getByRole('region', { name: "Verdict de l'obligation" });
  await verdict.getByText("Soumis·e à l'obligation").waitFor();
  // the verdict in one sentence first, the provisions examined one click away
  await verdict
    .getByTestId('verdict-sentence')
    .filter({ hasText: /avant le \d+ \S+ \d{4}\.$/ })
    .waitFor();
  await verdict.locator('summary', { hasText: 'dispositions examinées' }).click();
  assert.ok((await verdict.getByRole('listitem').count()) > 0, 'the verdict lists the provisions examined');
  await page.getByText('Aucun dossier dans votre CRI.').waitFor();

  // The case file
  await page.getByRole('button', { name: 'Ouvrir un dossier' }).click();
  await page.getByRole('heading', { level: 1, name: `Dossier de ${lastName} Amal` }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/case-files\/[0-9a-f-]{36}$/);
  await expectState(page, 'Ouvert');
  await page.setViewportSize(LAPTOP.viewport);

  // Every step from the next-step card, its control in view on arrival
  let card = (await nextStep(page, "Commencer le module d'accueil")).card;
  await take(card, "Commencer le module d'accueil", () => expectState(page, 'Accueil en cours'));

  card = await openStep(page, 'Enregistrer le bilan social');
  await card.getByRole('group', { name: 'Français' }).getByLabel('Besoin').selectOption('HIGH');
  await card.getByRole('group', { name: 'Logement' }).getByLabel('Remarques').fill('Cherche un logement plus grand');
  await take(card, 'Enregistrer', () => card.getByText('Enregistrer la séance droits et devoirs').waitFor());

  card = await openStep(page, 'Enregistrer la séance droits et devoirs');
  await card.getByText('En groupe', { exact: true }).click();
  await take(card, 'Enregistrer', () => card.getByText('Enregistrer le test de français').waitFor());

  card = await openStep(page, 'Enregistrer le test de français');
  await card.getByLabel('Niveau (CECR)').selectOption('A1');
  await take(card, 'Enregistrer', () => card.getByText('Proposer la convention', { exact: true }).first().waitFor());
  await page
    .getByRole('region', { name: "Module d'accueil" })
    .getByText(/Module d'accueil terminé le/)
    .waitFor();

  card = (await nextStep(page, 'Proposer la convention')).card;
  await take(card, 'Proposer la convention', () =>
    card.locator('.next-step__what', { hasText: 'Signer la convention' }).waitFor(),
  );
  const convention = page.getByRole('region', { name: "Convention d'intégration" });
  await convention.getByText(/Proposée le/).waitFor();
  await convention.getByRole('listitem').filter({ hasText: 'Français' }).waitFor();
  // the grounds are the server's, in French
  await convention.getByText(/sous le niveau A2/).waitFor();

  card = (await nextStep(page, 'Signer la convention')).card;
  await take(card, 'Signer la convention', () => expectState(page, 'Convention signée'));
  await convention.getByText(/Signée le/).waitFor();

  // Enrolments: citizenship from the card, then French among the other actions, both at ILI-LIEGE
  const enrol = await openStep(page, 'Inscrire la personne à une formation');
  await enrol.getByLabel('Axe').selectOption('CITIZENSHIP');
  await enrol
    .getByRole('combobox', { name: 'Opérateur' })
    .locator('option[value="ILI-LIEGE"]')
    .waitFor({ state: 'attached' });
  await enrol.getByRole('combobox', { name: 'Opérateur' }).selectOption('ILI-LIEGE');
  await enrol.getByRole('button', { name: 'Inscrire à une formation' }).click();
  await expectState(page, 'En formation');
  const enrolAgain = await action(page, 'Inscrire à une formation');
  await enrolAgain.getByLabel('Axe').selectOption('FRENCH');
  await enrolAgain
    .getByRole('combobox', { name: 'Opérateur' })
    .locator('option[value="ILI-LIEGE"]')
    .waitFor({ state: 'attached' });
  await enrolAgain.getByRole('combobox', { name: 'Opérateur' }).selectOption('ILI-LIEGE');
  await enrolAgain.getByRole('button', { name: 'Inscrire à une formation' }).click();
  // every axis started: nothing waits for the agent, the operators record the hours
  await page.getByTestId('next-step').getByText("Rien ne vous attend pour l'instant").waitFor();
  const enrolments = page.getByRole('region', { name: 'Inscriptions' });
  await enrolments
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Citoyenneté' }) })
    .filter({ hasText: /Liège.*en cours/ })
    .waitFor();
  await enrolments
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Français' }) })
    .filter({ hasText: /Liège.*en cours/ })
    .waitFor();

  // The state and the deadlines
  await expectState(page, 'En formation');
  const deadlines = page.getByRole('region', { name: 'Échéances' });
  await deadlines.getByRole('rowheader', { name: 'Échéance finale' }).waitFor();
  await deadlines.getByRole('rowheader', { name: 'Citoyenneté' }).waitFor();
  await deadlines.getByRole('rowheader', { name: 'Français' }).waitFor();
  const timeline = page.getByRole('region', { name: 'Historique' });
  await timeline.getByText('Convention signée').first().waitFor();
  // the timeline in sentences, with the operator's name, never a code or an id
  await timeline.getByText(/^Inscription en citoyenneté chez Espace Citoyen Liège/).waitFor();
  assert.doesNotMatch(await timeline.innerText(), /\w=\w|ILI-LIEGE|[0-9a-f]{8}-[0-9a-f]{4}-/);
  await page
    .locator('details[open] summary')
    .evaluateAll((summaries) => summaries.forEach((summary) => summary.click()));
  await checkAccessibility(page, 'the case file page');
  await screenshot(page, 'case-file', { fullPage: true });
});

/** A JSON call of the API as `bearer`; fails the journey unless it answers `status`. */
async function call(bearer, method, path, body, { status, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (status !== undefined) assert.equal(response.status, status, `${method} ${path}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

test('at 1366 × 768 the next-step card takes a file through every state of journey 1, its button in view each time', async () => {
  // An obliged newcomer of Liège, registered and opened 40 days ago through the API (the intake is the test above)
  const agentToken = await apiToken('agent.cripel');
  const lastName = uniqueName('Etape');
  const person = await call(
    agentToken,
    'POST',
    '/persons',
    {
      lastName,
      firstNames: 'Nour',
      birthDate: '1992-03-02',
      nationality: 'SY',
      communeNis: '62063',
      contact: { street: 'Rue Léopold 12', postalCode: '4000', locality: 'Liège' },
      preferredLanguage: 'fr',
      cpasBeneficiary: false,
      permits: [{ cardType: 'A', permitType: 'FAMILY_REUNIFICATION', orderDate: daysAgo(60), validityMonths: 12 }],
    },
    { status: 201 },
  );
  const file = await call(
    agentToken,
    'POST',
    '/caseFiles',
    { personId: person.id, openedOn: daysAgo(40) },
    { status: 201 },
  );

  const page = await openPage(browser, '/login', LAPTOP);
  await signIn(page, 'agent.cripel');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await page.goto(`${baseUrl}/case-files/${file.id}`);
  await expectState(page, 'Ouvert');

  let card = (await nextStep(page, "Commencer le module d'accueil")).card;
  await take(card, "Commencer le module d'accueil", () => expectState(page, 'Accueil en cours'));
  card = await openStep(page, 'Enregistrer le bilan social');
  await card.getByLabel('Date du bilan').fill(daysAgo(35));
  await take(card, 'Enregistrer', () => card.getByText('Enregistrer la séance droits et devoirs').waitFor());
  card = await openStep(page, 'Enregistrer la séance droits et devoirs');
  await card.getByLabel('Date', { exact: true }).fill(daysAgo(35));
  await take(card, 'Enregistrer', () => card.getByText('Enregistrer le test de français').waitFor());
  card = await openStep(page, 'Enregistrer le test de français');
  await card.getByLabel('Date du test').fill(daysAgo(35));
  // B1: French is not an axis, citizenship is the only training
  await card.getByLabel('Niveau (CECR)').selectOption('B1');
  await take(card, 'Enregistrer', () =>
    card.locator('.next-step__what', { hasText: 'Proposer la convention' }).waitFor(),
  );
  card = (await nextStep(page, 'Proposer la convention')).card;
  await take(card, 'Proposer la convention', () =>
    card.locator('.next-step__what', { hasText: 'Signer la convention' }).waitFor(),
  );
  card = (await nextStep(page, 'Signer la convention')).card;
  await card.getByLabel('Date de signature').fill(daysAgo(30));
  await take(card, 'Signer la convention', () => expectState(page, 'Convention signée'));
  card = await openStep(page, 'Inscrire la personne à une formation');
  await card
    .getByRole('combobox', { name: 'Opérateur' })
    .locator('option[value="ILI-LIEGE"]')
    .waitFor({ state: 'attached' });
  await card.getByRole('combobox', { name: 'Opérateur' }).selectOption('ILI-LIEGE');
  await card.getByLabel('Début').fill(daysAgo(25));
  await take(card, 'Inscrire à une formation', () => expectState(page, 'En formation'));
  await page.reload();
  await page.getByTestId('next-step').getByText("Rien ne vous attend pour l'instant").waitFor();

  // ILI's trainer posts the 60 hours: the file completes by itself
  const trainer = await apiToken('formateur.ili');
  const [enrolment] = await call(agentToken, 'GET', `/caseFiles/${file.id}/enrolments`, undefined, { status: 200 });
  for (let day = 0; day < 8; day += 1) {
    await call(
      trainer,
      'POST',
      `/enrolments/${enrolment.id}/attendance`,
      { sessionDate: daysAgo(20 - day), hours: '7.5' },
      { status: 201, headers: { 'Idempotency-Key': randomUUID() } },
    );
  }
  await page.reload();
  await expectState(page, 'Parcours achevé');
  // the agent is told a supervisor issues; the attendance folds into its total, the lines one click away
  await page
    .getByTestId('next-step')
    .getByText("Un responsable du CRI doit maintenant délivrer l'attestation.")
    .waitFor();
  const attendance = page.getByRole('region', { name: 'Présences' });
  await attendance.locator('strong', { hasText: 'Citoyenneté : 60 h' }).waitFor();
  assert.equal(await attendance.getByRole('table').count(), 0, 'the attendance lines are folded');
  await attendance.locator('summary', { hasText: 'voir les 8 lignes' }).click();
  assert.equal(await attendance.getByRole('row').count(), 9, 'the 8 sessions one click away');

  // The supervisor issues the attestation from the card
  const supervisor = await openPage(browser, '/login', LAPTOP);
  await signIn(supervisor, 'superviseur.cripel');
  await supervisor.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await supervisor.goto(`${baseUrl}/case-files/${file.id}`);
  card = (await nextStep(supervisor, "Délivrer l'attestation de fréquentation")).card;
  await take(card, "Délivrer l'attestation", () => expectState(supervisor, 'Attestation délivrée'));
  await supervisor
    .getByTestId('attestation-number')
    .filter({ hasText: /^CRIPEL-\d{4}-\d{5}$/ })
    .waitFor();
  await screenshot(supervisor, 'case-file-next-step');
});

test('a CAI agent who opens the URL of a CRIPEL file gets the not-found page, not its content', async () => {
  const cripel = await apiToken('agent.cripel');
  const response = await fetch(`${baseUrl}/api/v1/caseFiles?pageSize=1`, {
    headers: { Authorization: `Bearer ${cripel}` },
  });
  const [file] = (await response.json()).items;
  assert.ok(file?.id, 'the CRIPEL agent has a file');

  const page = await openPage(browser, '/login');
  await signIn(page, 'agent.cai');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await page.goto(`${baseUrl}/case-files/${file.id}`);
  await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
  assert.equal(await page.getByText(file.lastName).count(), 0, 'nothing of the file shows');
  assert.equal(await page.getByTestId('case-file-state').count(), 0);
});
