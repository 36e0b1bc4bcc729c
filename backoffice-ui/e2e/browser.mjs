// Drives the machine's Chromium (Debian's /usr/bin/chromium) with playwright-core, which never downloads a browser.
import { chromium } from 'playwright-core';

export const baseUrl = (process.env.PARCOURS_BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
export const demoPassword = 'Parcours-Demo-2026';

export async function openBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A fresh page (its own session storage) at the given path of the back office. */
export async function openPage(browser, path = '/', options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl).toString());
  return page;
}

/** A bearer token of a demo account, for the API calls that set a journey up or check its outcome. */
export async function apiToken(username, password = demoPassword) {
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grantType: 'password', username, password }),
  });
  if (response.status !== 200) throw new Error(`no token for ${username}: ${response.status}`);
  return (await response.json()).accessToken;
}

export async function signIn(page, username, password = demoPassword) {
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** A phone (375 × 667, touch) for the public pages. */
export const phone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Saves a screenshot when SCREENSHOT_DIR is set (docs/screenshots is made this way); `options.fullPage` for long pages. */
export async function screenshot(page, name, options = {}) {
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png`, ...options });
  }
}

/** An access token of a demo account from the token endpoint, to prepare data through the API. */
export async function apiToken(username, password = demoPassword) {
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grantType: 'password', username, password }),
  });
  if (response.status !== 200) throw new Error(`no token for ${username}: ${response.status}`);
  return (await response.json()).accessToken;
}

/** A family name no demo person has, `prefix` then letters only (names are normalised), different on every run. */
export function uniqueName(prefix) {
  const letters = Date.now().toString(26).split('').map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('');
  return `${prefix}${letters}`;
}
