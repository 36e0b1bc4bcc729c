// The CRI agent's journey in a real browser against the real application (issue 6): register a newcomer, read the
// obligation verdict, open the case file, run the reception module, propose and sign the convention, enrol on the
// training axes; and another CRI's agent who opens the URL of that CRI's file gets "not found", not its content.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { apiToken, baseUrl, openBrowser, openPage, screenshot, signIn, uniqueName } from './browser.mjs';
import { checkAccessibility } from './accessibility.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

/** The folded action whose summary is `title`: opens it and answers its <details>. */
async function action(page, title) {
  const details = page.locator('details', { has: page.locator('summary', { hasText: title }) });
  if (!(await details.evaluate((element) => element.open))) await details.locator('summary').click();
  return details;
}

async function expectState(page, state) {
  await page.getByTestId('case-file-state').filter({ hasText: state }).waitFor();
}

/** Records a part of the file and waits until the page confirms it. */
async function record(details, button = 'Enregistrer') {
  await details.getByRole('button', { name: button, exact: true }).click();
  await details.getByText('Enregistré. Le dossier est à jour.').waitFor();
}

test('a CRI agent registers a newcomer, opens the case file, runs the reception, signs the convention and enrols', async () => {
  const page = await openPage(browser, '/login');
  await signIn(page, 'agent.cripel');
  await page.getByRole('heading', { name: 'Mes files de travail' }).waitFor();
  await page.getByRole('region', { name: /Dossiers à risque/ }).getByText(/\d+ dossier\(s\)/).waitFor();
  await checkAccessibility(page, 'the CRI home');
  await screenshot(page, 'cri-home', { fullPage: true });

  // Intake
  await page.getByRole('link', { name: 'Enregistrer une nouvelle personne' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enregistrer une personne' }).waitFor();
  const lastName = uniqueName('Essai');
  await page.getByLabel('Nom', { exact: true }).fill(lastName);
  await page.getByLabel('Prénoms', { exact: true }).fill('Amal');
  await page.getByLabel('Date de naissance').fill('1991-04-17');
  await page.getByLabel(/^Nationalité/).fill('SY');
  await page.getByLabel(/^Commune de résidence/).fill('62063');
  await page.getByLabel('Langue d\'interprétation', { exact: false }).fill('ar');
  await page.getByLabel('Type de titre').selectOption('FAMILY_REUNIFICATION');
  await page.getByLabel('Date de commande du titre par la commune').fill('2026-09-10');
  await checkAccessibility(page, 'the person form');
  await screenshot(page, 'person-form', { fullPage: true });
  await page.getByRole('button', { name: 'Enregistrer la personne' }).click();

  // The person, with the verdict and its provisions
  await page.getByRole('heading', { level: 1, name: `${lastName} Amal` }).waitFor();
  const verdict = page.getByRole('region', { name: 'Verdict de l\'obligation' });
  await verdict.getByText('Soumis·e à l\'obligation').waitFor();
  await verdict.getByText('Dispositions examinées').waitFor();
  assert.ok((await verdict.getByRole('listitem').count()) > 0, 'the verdict lists the provisions examined');
  await page.getByText('Aucun dossier dans votre CRI.').waitFor();

  // The case file
  await page.getByRole('button', { name: 'Ouvrir un dossier' }).click();
  await page.getByRole('heading', { level: 1, name: `Dossier de ${lastName} Amal` }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/case-files\/[0-9a-f-]{36}$/);
  await expectState(page, 'Ouvert');
  await page.getByRole('button', { name: 'Commencer le module d\'accueil' }).click();
  await expectState(page, 'Accueil en cours');

  const review = await action(page, 'Bilan social');
  await review.getByRole('group', { name: 'Français' }).getByLabel('Besoin').selectOption('HIGH');
  await review.getByRole('group', { name: 'Logement' }).getByLabel('Remarques').fill('Cherche un logement plus grand');
  await record(review);
  const session = await action(page, 'Séance droits et devoirs');
  await session.getByText('En groupe', { exact: true }).click();
  await record(session);
  const french = await action(page, 'Test de français');
  await french.getByLabel('Niveau (CECR)').selectOption('A1');
  await record(french);
  await page.getByRole('region', { name: 'Module d\'accueil' }).getByText(/Module d'accueil terminé le/).waitFor();

  const propose = await action(page, 'Proposer la convention');
  await record(propose, 'Proposer la convention');
  const convention = page.getByRole('region', { name: 'Convention d\'intégration' });
  await convention.getByText(/Proposée le/).waitFor();
  await convention.getByRole('listitem').filter({ hasText: 'Français' }).waitFor();

  const sign = await action(page, 'Signer la convention');
  await sign.getByRole('button', { name: 'Signer la convention' }).click();
  await expectState(page, 'Convention signée');
  await convention.getByText(/Signée le/).waitFor();

  // Enrolments: citizenship, then French, both at ILI-LIEGE
  const enrol = await action(page, 'Inscrire à une formation');
  await enrol.getByLabel('Axe').selectOption('CITIZENSHIP');
  await enrol.getByRole('combobox', { name: 'Opérateur' }).locator('option[value="ILI-LIEGE"]').waitFor({ state: 'attached' });
  await enrol.getByRole('combobox', { name: 'Opérateur' }).selectOption('ILI-LIEGE');
  await enrol.getByRole('button', { name: 'Inscrire à une formation' }).click();
  await expectState(page, 'En formation');
  const enrolAgain = await action(page, 'Inscrire à une formation');
  await enrolAgain.getByLabel('Axe').selectOption('FRENCH');
  await enrolAgain.getByRole('combobox', { name: 'Opérateur' }).locator('option[value="ILI-LIEGE"]').waitFor({ state: 'attached' });
  await enrolAgain.getByRole('combobox', { name: 'Opérateur' }).selectOption('ILI-LIEGE');
  await record(enrolAgain, 'Inscrire à une formation');
  const enrolments = page.getByRole('region', { name: 'Inscriptions' });
  await enrolments.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Citoyenneté' }) }).filter({ hasText: /Liège.*en cours/ }).waitFor();
  await enrolments.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Français' }) }).filter({ hasText: /Liège.*en cours/ }).waitFor();

  // The state and the deadlines
  await expectState(page, 'En formation');
  const deadlines = page.getByRole('region', { name: 'Échéances' });
  await deadlines.getByRole('rowheader', { name: 'Échéance finale' }).waitFor();
  await deadlines.getByRole('rowheader', { name: 'Citoyenneté' }).waitFor();
  await deadlines.getByRole('rowheader', { name: 'Français' }).waitFor();
  await page.getByRole('region', { name: 'Historique' }).getByText('Convention signée').first().waitFor();
  await page.locator('details[open] summary').evaluateAll((summaries) => summaries.forEach((summary) => summary.click()));
  await checkAccessibility(page, 'the case file page');
  await screenshot(page, 'case-file', { fullPage: true });
});

test('a CAI agent who opens the URL of a CRIPEL file gets the not-found page, not its content', async () => {
  const cripel = await apiToken('agent.cripel');
  const response = await fetch(`${baseUrl}/api/v1/caseFiles?pageSize=1`, { headers: { Authorization: `Bearer ${cripel}` } });
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
