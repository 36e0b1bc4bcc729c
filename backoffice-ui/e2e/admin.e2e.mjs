// The administrator's pages in a real browser: staff accounts (a trainer created, signing in, deactivated),
// operators (a recognition added), communes and their CRI; each page checked with axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAccessibility } from './accessibility.mjs';
import { baseUrl, demoPassword, openBrowser, openPage, screenshot, signIn } from './browser.mjs';

const suffix = Date.now().toString(36);
const trainerUsername = `formateur.e2e.${suffix}`;
const trainerPassword = 'Une-phrase-de-passe-2026';
const operatorCode = `CISP-E2E-${suffix.toUpperCase()}`;

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

async function signedInAdmin(path) {
  const page = await openPage(browser, '/login');
  await signIn(page, 'admin');
  await page.getByRole('heading', { name: 'Bonjour Administrateur Parcours' }).waitFor();
  if (path) {
    await page.goto(`${baseUrl}${path}`);
  }
  return page;
}

async function adminToken() {
  const answer = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grantType: 'password', username: 'admin', password: demoPassword }),
  });
  assert.equal(answer.status, 200);
  return (await answer.json()).accessToken;
}

test('the administrator lands on links to the three administration pages', async () => {
  const page = await signedInAdmin();
  await page.getByRole('link', { name: 'Utilisateurs : comptes, rôles et mots de passe' }).click();
  await page.waitForURL(`${baseUrl}/admin/users`);
  await page.getByRole('heading', { name: 'Utilisateurs', level: 1 }).waitFor();
});

test('an administrator creates a trainer who signs in, then deactivates them and sign-in is refused', async () => {
  const page = await signedInAdmin('/admin/users/new');
  await page.getByRole('heading', { name: 'Nouveau compte' }).waitFor();
  await page.getByLabel("Nom d'utilisateur").fill(trainerUsername);
  await page.getByLabel('Nom affiché').fill('Claire Dumont');
  await page.getByLabel('Rôle').selectOption('OPERATOR_TRAINER');
  const operator = page.getByLabel('Opérateur');
  await operator.locator('option[value="ILI-LIEGE"]').waitFor({ state: 'attached' });
  await operator.selectOption('ILI-LIEGE');
  await page.getByLabel('Mot de passe initial').fill(trainerPassword);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await page.getByRole('heading', { name: trainerUsername }).waitFor();
  await page.getByText('Opérateur ILI-LIEGE').first().waitFor();

  const trainer = await openPage(browser, '/login');
  await signIn(trainer, trainerUsername, trainerPassword);
  await trainer.getByRole('heading', { name: 'Bonjour Claire Dumont' }).waitFor();
  await trainer
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mes personnes inscrites' })
    .waitFor();
  await trainer
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Encoder une séance' })
    .waitFor();

  await page.getByRole('button', { name: 'Désactiver le compte' }).click();
  await page.getByText('Désactivé : ne peut plus se connecter').waitFor();

  const refused = await openPage(browser, '/login');
  await signIn(refused, trainerUsername, trainerPassword);
  await refused.getByText("L'identifiant ou le mot de passe est incorrect").waitFor();
  assert.equal(new URL(refused.url()).pathname, '/login');
});

test('the users list filters by role and the page has no serious accessibility violation', async () => {
  const page = await signedInAdmin('/admin/users');
  await page.getByLabel('Rôle').selectOption('CRI_AGENT');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  // the list of every account stays shown until the filtered one arrives
  await page.getByRole('link', { name: 'formateur.ili', exact: true }).waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'agent.cripel', exact: true }).waitFor();
  await page.getByRole('link', { name: 'agent.cai', exact: true }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'admin', exact: true }).count(), 0);
  await checkAccessibility(page, 'the users list');
  await screenshot(page, 'admin-users', { fullPage: true });
  await page.goto(`${baseUrl}/admin/users/new`);
  await page.getByLabel('Rôle').selectOption('CRI_SUPERVISOR');
  await page.getByLabel('CRI').waitFor();
  await checkAccessibility(page, 'the new account form');
});

test('an administrator records an operator and adds a recognition, which offers it for that axis', async () => {
  const page = await signedInAdmin('/admin/operators/new');
  await page.getByLabel('Code', { exact: true }).fill(operatorCode);
  await page.getByLabel('Nom', { exact: true }).fill('Lire et Écrire Huy-Waremme');
  await page.getByLabel("Type d'opérateur").selectOption('CISP');
  await page.getByLabel('Rue et numéro').fill('Rue du Marché 12');
  await page.getByLabel('Code postal').fill('4500');
  await page.getByLabel('Localité').fill('Huy');
  await page.getByLabel('Français').check();
  await page.getByRole('button', { name: "Ajouter l'opérateur" }).click();
  await page.getByRole('heading', { name: 'Lire et Écrire Huy-Waremme' }).waitFor();

  await page.getByLabel('Insertion socioprofessionnelle').check();
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await page.getByText("L'opérateur a été mis à jour.").waitFor();
  assert.equal(await page.getByLabel('Insertion socioprofessionnelle').isChecked(), true);
  await checkAccessibility(page, 'the operator page');

  const answer = await fetch(`${baseUrl}/api/v1/operators?axis=SOCIO_PROFESSIONAL`, {
    headers: { Authorization: `Bearer ${await adminToken()}` },
  });
  const offered = (await answer.json()).map((operator) => operator.code);
  assert.ok(offered.includes(operatorCode), `${operatorCode} is offered for SOCIO_PROFESSIONAL`);

  await page.goto(`${baseUrl}/admin/operators`);
  await page.getByRole('link', { name: operatorCode }).waitFor();
  await checkAccessibility(page, 'the operators list');
  await screenshot(page, 'admin-operators');
});

test('the communes page lists each commune with its CRI, and a commune shows its history and the reassignment form', async () => {
  const page = await signedInAdmin('/admin/communes');
  await page.getByLabel('CRI').selectOption('CRIPEL');
  // the CRI's communes only: Namur (CAI) leaves the list once CRIPEL's arrive
  await page.getByRole('link', { name: 'Namur', exact: true }).waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Liège', exact: true }).waitFor();
  await checkAccessibility(page, 'the communes list');
  await screenshot(page, 'admin-communes');
  await page.getByLabel('Nom de la commune ou code INS').fill('liege');
  await page.getByText('1 commune(s)').waitFor();
  await page.getByRole('link', { name: 'Liège', exact: true }).click();
  await page.getByRole('heading', { name: 'Liège (62063)' }).waitFor();
  await page.getByRole('heading', { name: 'Historique des réaffectations' }).waitFor();
  await page.getByText('Les dossiers existants ne sont pas déplacés', { exact: false }).waitFor();
  await checkAccessibility(page, 'a commune page');
});
