// The back-office shell in a real browser against the real application: sign in, see who you are, sign out.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openBrowser, openPage, screenshot, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

test('a CRI agent signs in and the home page says who is signed in', async () => {
  const page = await openPage(browser, '/login');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  // The page is a form: its first field has the focus.
  await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'username');
  await screenshot(page, 'login');
  await signIn(page, 'agent.cripel');
  await page.waitForURL(`${baseUrl}/`);
  await page.getByRole('heading', { name: 'Bonjour Amina Lambert' }).waitFor();
  await page.getByText('Agent CRI').first().waitFor();
  await page.getByText('CRIPEL').first().waitFor();
  await screenshot(page, 'home');
});

test("a wrong password is refused with the server's French message", async () => {
  const page = await openPage(browser, '/login');
  await signIn(page, 'agent.cripel', 'not-the-password');
  await page.getByText("L'identifiant ou le mot de passe est incorrect").waitFor();
  assert.equal(new URL(page.url()).pathname, '/login');
});

test('a protected page without a session leads to the sign-in page', async () => {
  const page = await openPage(browser, '/');
  await page.waitForURL(`${baseUrl}/login**`);
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
});

test('signing out ends the session', async () => {
  const page = await openPage(browser, '/login');
  await signIn(page, 'formateur.ili');
  await page.getByRole('heading', { name: 'Bonjour Julie Collard' }).waitFor();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(`${baseUrl}/login**`);
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(`${baseUrl}/login**`);
});

test('the sign-in page speaks Dutch on request', async () => {
  const page = await openPage(browser, '/login');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
});
