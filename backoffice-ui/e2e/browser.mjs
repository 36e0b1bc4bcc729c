// Drives the machine's Chromium (Debian's /usr/bin/chromium) with playwright-core, which never downloads a browser.
import assert from 'node:assert/strict';
import { afterEach } from 'node:test';
import { chromium } from 'playwright-core';

export const baseUrl = (process.env.PARCOURS_BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
export const demoPassword = 'Parcours-Demo-2026';

export async function openBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

// The back office runs under its Content-Security-Policy (docs/adr/0029): whatever it would refuse (an inline script or
// style, a foreign source) is recorded here, from the page's `securitypolicyviolation` events and Chromium's console,
// and fails the journey that caused it.
const cspViolations = [];

/** The violations recorded since the last call, forgotten once taken (the harness's own test plants one). */
export function takeCspViolations() {
  return cspViolations.splice(0);
}

afterEach(() => {
  assert.deepEqual(takeCspViolations(), [], 'the back office broke its Content-Security-Policy');
});

async function watchCsp(context) {
  await context.exposeBinding('__parcoursCspViolation', (_source, violation) => {
    cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__parcoursCspViolation(
        `${event.violatedDirective} refused ${event.blockedURI || 'inline'}` +
          ` (${event.sourceFile || ''}:${event.lineNumber})`,
      );
    });
  });
}

/** A fresh page (its own session storage) at the given path of the back office, its CSP checked and watched. */
export async function openPage(browser, path = '/', options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await watchCsp(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      cspViolations.push(message.text());
    }
  });
  const response = await page.goto(new URL(path, baseUrl).toString());
  const policy = response?.headers()['content-security-policy'] ?? '';
  assert.match(policy, /script-src 'self'/, `the back office at ${path} is served with its Content-Security-Policy`);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/, `the back office's policy at ${path}`);
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

/** A family name no demo person has, `prefix` then letters only (names are normalised), different on every call. */
let names = 0;
export function uniqueName(prefix) {
  names += 1;
  const letters = `${Date.now()}${names}${Math.floor(Math.random() * 1000)}`
    .split('')
    .map((digit) => String.fromCharCode(97 + Number(digit)))
    .join('');
  return `${prefix}${letters}`;
}

/** A day `days` before today in the Brussels calendar, as the API writes it ("2026-11-23"). */
export function daysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
}
