// Page loads of the packaged back office (not the Vite dev server), as a user's Chromium sees them: first contentful
// paint and the moment the home's title is on screen, for every role's home page, median of several runs, each in a
// fresh browser context (an empty cache: the first visit of the day) and then reloaded (a cached visit). The anchor,
// measured in the same run, is the same browser painting the sign-in page (no API call) and Node fetching `/` bare.
//
//   PARCOURS_BASE_URL=http://localhost:8080 RUNS=7 node backoffice-ui/e2e/page-load.bench.mjs
//
// Against the packaged jar started in demo mode (deploy/benchmarks/page-load.sh does both). Exits 1 when a median
// first contentful paint is over BUDGET_MS (1000 by default). Report: docs/benchmarks/page-load.md.
import { openBrowser } from './browser.mjs';

// Not browser.mjs: it registers node:test hooks, and this is a script, not a test file.
const baseUrl = (process.env.PARCOURS_BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
async function apiToken(username) {
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      grantType: 'password',
      username,
      password: process.env.DEMO_PASSWORD ?? 'Parcours-Demo-2026',
    }),
  });
  if (response.status !== 200) throw new Error(`no token for ${username}: ${response.status}`);
  return (await response.json()).accessToken;
}

const RUNS = Number(process.env.RUNS ?? 7);
const BUDGET_MS = Number(process.env.BUDGET_MS ?? 1000);
const HOMES = [
  ['CRI agent', 'agent.cripel'],
  ['CRI supervisor', 'superviseur.cripel'],
  ['Operator trainer', 'formateur.ili'],
  ['Commune clerk', 'commune.liege'],
  ['CPAS clerk', 'cpas.liege'],
  ['Region analyst', 'analyste.region'],
  ['Administrator', 'admin'],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;

const browser = await openBrowser();

/** One visit: FCP and the time the page's h1 shows, from the navigation's start. */
async function visit(page, path) {
  await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'commit' });
  await page.locator('h1').first().waitFor({ state: 'visible', timeout: 15_000 });
  return page.evaluate(async () => {
    const shown = performance.now();
    // the paint entry is queued after the frame: wait for it
    for (let i = 0; i < 50 && performance.getEntriesByName('first-contentful-paint').length === 0; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const navigation = performance.getEntriesByType('navigation')[0];
    return { fcp, shown, transferred: navigation?.transferSize ?? 0 };
  });
}

/** RUNS cold visits (each a new context) and as many cached ones (a reload in the same context). */
async function measure(path, token) {
  const cold = [];
  const warm = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    if (token) {
      await context.addInitScript((value) => sessionStorage.setItem('parcours.accessToken', value), token);
    }
    const page = await context.newPage();
    cold.push(await visit(page, path));
    warm.push(await visit(page, path));
    await context.close();
  }
  return {
    coldFcp: median(cold.map((one) => one.fcp)),
    coldShown: median(cold.map((one) => one.shown)),
    warmFcp: median(warm.map((one) => one.fcp)),
    warmShown: median(warm.map((one) => one.shown)),
  };
}

async function bareFetch() {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const response = await fetch(`${baseUrl}/`);
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows = [];
const fetchAnchor = await bareFetch();
const login = await measure('/login', null);
rows.push(['Anchor: sign-in page (no API call)', '—', login]);
for (const [role, username] of HOMES) {
  const token = await apiToken(username);
  rows.push([role, username, await measure('/', token)]);
}
await browser.close();

const lines = [
  `Base URL ${baseUrl}, ${RUNS} runs each, median; viewport 1366×768; Chromium headless.`,
  `Anchor: \`GET /\` fetched bare by Node: ${ms(fetchAnchor)}.`,
  '',
  '| Page | Account | FCP, cold | Title shown, cold | FCP, cached | Title shown, cached |',
  '|---|---|---|---|---|---|',
  ...rows.map(
    ([role, username, r]) =>
      `| ${role} | ${username === '—' ? '—' : `\`${username}\``} | ${ms(r.coldFcp)} | ${ms(r.coldShown)} | ${ms(r.warmFcp)} | ${ms(r.warmShown)} |`,
  ),
];
console.log(lines.join('\n'));
const over = rows.filter(([, , r]) => !(r.coldFcp <= BUDGET_MS));
if (over.length > 0) {
  console.error(`Over the ${BUDGET_MS} ms budget: ${over.map(([role]) => role).join(', ')}`);
  process.exit(1);
}
