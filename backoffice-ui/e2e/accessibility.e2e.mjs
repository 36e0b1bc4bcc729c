// axe-core on the staff sign-in page (the public pages are checked along their journeys in self-check.e2e.mjs).
import { after, before, test } from 'node:test';
import { openBrowser, openPage } from './browser.mjs';
import { checkAccessibility } from './accessibility.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

test('the sign-in page has no serious or critical accessibility violation', async () => {
  const page = await openPage(browser, '/login');
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  await checkAccessibility(page, 'the sign-in page');
  await page.getByRole('link', { name: 'Suis-je concerné·e ?' }).click();
  await page.getByRole('heading', { name: "Où en êtes-vous dans votre parcours d'intégration ?" }).waitFor();
});
