// Every page of every role speaks French (issue 14): for each role's demo user, every page of the main navigation,
// and a case file, a person, the person's access log and an attestation, scanned for what a French reader should
// never read: (a) the domain's English vocabulary (its enum names, read from the OpenAPI document, and the English
// words the server used to write), (b) `name=value` pairs and UUIDs, (c) a bare 5-digit INS code where a commune's
// name belongs ("Liège (62063)" is fine, "62063" alone is not). The findings of every page are listed before the
// test fails, so that one run shows them all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { apiToken, baseUrl, openBrowser, openPage, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** Enum names that are also French words, or names a French screen rightly shows. */
const FRENCH_TOO = new Set([
  'CORRECTION',
  'CONVENTION',
  'ATTESTATION',
  'SESSION',
  'COMMUNE',
  'CPAS',
  'FOREM',
  'CISP',
  'ILI',
  'SCHOOL_FWB',
  'GROUP_FR',
  'DG',
  'CRI',
]);

/** The domain's English words and phrases, as the server or a raw enum used to show them (case-insensitive). */
const ENGLISH = [
  'always',
  'below',
  'proposal',
  'reception module',
  'enrolment',
  'enrolments',
  'enrollment',
  'operator',
  'operators',
  'axis',
  'obliged',
  'volunteer',
  'dispensed',
  'deadline',
  'attendance',
  'certificate',
  'social review',
  'rights and duties',
  'case file',
  'citizenship',
  'french test',
  'required',
  'recommended',
  'work release',
  'not in target',
  'out of scope',
  'issued',
  'revoked',
  'pending',
  'acknowledged',
  'completed',
  'withdrawn',
  'undefined',
  'null',
  'NaN',
  'true',
  'false',
  'the first axis',
  'is below',
];

/** The enum values of the API (OBLIGED, FRENCH, IN_PROGRESS, CRI_AGENT…), from the generated OpenAPI document. */
async function enumNames() {
  const document = JSON.parse(await readFile(new URL('../../docs/openapi/openapi.json', import.meta.url), 'utf8'));
  const names = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      if (Array.isArray(node.enum))
        node.enum.filter((value) => typeof value === 'string').forEach((value) => names.add(value));
      Object.values(node).forEach(visit);
    }
  };
  visit(document.components?.schemas ?? {});
  return [...names].filter((name) => /^[A-Z][A-Z0-9_]{2,}$/.test(name) && !FRENCH_TOO.has(name));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const PAIR = /\b[A-Za-z]+=[A-Za-z0-9]/g;
/**
 * Five digits: not in a longer number, a date or an attestation number (-00042); "Liège (62063)" is then let through
 * by its name, "Commune (INS 62063)" is not.
 */
const BARE_INS = /(?<![\d\-/.,])\b\d{5}\b(?![\d\-/.,])/g;

/** What a French reader should not read in `text`, each finding with a little of its context. */
function findings(text, enums) {
  const found = [];
  const near = (index, length) => text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
  const words = text.matchAll(/\b[A-Z][A-Z0-9_]{2,}\b/g);
  for (const match of words) {
    if (enums.has(match[0]))
      found.push({ kind: 'enum name', match: match[0], near: near(match.index, match[0].length) });
  }
  for (const word of ENGLISH) {
    const pattern = new RegExp(
      `(?<![\\p{L}'’-])${word.replace(/ /g, '\\s+')}(?![\\p{L}'’-])`,
      `gu${word === 'NaN' ? '' : 'i'}`,
    );
    for (const match of text.matchAll(pattern)) {
      found.push({ kind: 'English', match: match[0], near: near(match.index, match[0].length) });
    }
  }
  for (const [kind, pattern] of [
    ['name=value', PAIR],
    ['UUID', UUID],
  ]) {
    for (const match of text.matchAll(pattern))
      found.push({ kind, match: match[0], near: near(match.index, match[0].length) });
  }
  return found;
}

/**
 * The INS codes shown alone where a commune's name belongs: every visible 5-digit number, but one beside its commune
 * ("Liège (62063)") or in a code column of a table whose row names the commune.
 */
async function bareInsCodes(page) {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'g');
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('option, script, style') || !element.checkVisibility()) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(pattern)) {
        const before = text.slice(0, match.index);
        if (/\p{L}{2,}\s*\($/u.test(before) && !/\bINS\s*\($/.test(before)) continue; // "Liège (62063)"
        const cell = element.closest('td, th');
        if (cell) {
          const header = cell.closest('table')?.tHead?.rows[0]?.cells[cell.cellIndex]?.textContent ?? '';
          const named = [...cell.parentElement.cells].some(
            (other) => other !== cell && /\p{L}{3,}/u.test(other.textContent),
          );
          if (/INS/.test(header) && named) continue; // a code column beside the commune's name
        }
        const around = (element.closest('dd, td, th, li, p, div') ?? element).parentElement?.textContent ?? text;
        found.push({ kind: 'bare INS code', match: match[0], near: around.replace(/\s+/g, ' ').slice(0, 100) });
      }
    }
    return found;
  }, BARE_INS.source);
}

/** The pages of a demo user's main navigation. */
async function pagesOf(page) {
  const links = await page
    .locator('nav.main-nav a')
    .evaluateAll((anchors) => anchors.map((a) => new URL(a.href).pathname));
  return [...new Set(links)];
}

/** One of the CRI's files in `state` (the API's newest), or none. */
async function fileIn(token, state) {
  const response = await fetch(`${baseUrl}/api/v1/caseFiles?state=${state}&pageSize=1`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await response.json()).items?.[0];
}

/** The extra pages of a role: a case file, its person and their access log, an attestation. */
async function extraPages(username, role) {
  const token = await apiToken(username);
  const headers = { Authorization: `Bearer ${token}` };
  const extra = [];
  if (role === 'CRI') {
    for (const state of ['IN_PROGRESS', 'ATTESTATION_ISSUED', 'RECEPTION']) {
      const file = await fileIn(token, state);
      if (!file) continue;
      extra.push(`/case-files/${file.id}`);
      const detail = await (await fetch(`${baseUrl}/api/v1/caseFiles/${file.id}`, { headers })).json();
      if (detail.personId) extra.push(`/persons/${detail.personId}`, `/persons/${detail.personId}/audit`);
      if (state === 'ATTESTATION_ISSUED') {
        const attestation = await fetch(`${baseUrl}/api/v1/caseFiles/${file.id}/attestation`, { headers });
        if (attestation.status === 200) extra.push(`/verify/${(await attestation.json()).verificationCode}`);
      }
    }
  }
  if (role === 'TRAINER') {
    const response = await fetch(`${baseUrl}/api/v1/enrolments?pageSize=1`, { headers });
    const first = (await response.json()).items?.[0];
    if (first) extra.push(`/training/enrolments/${first.id}`);
  }
  return extra;
}

const USERS = [
  ['agent.cripel', 'CRI'],
  ['superviseur.cripel', 'CRI'],
  ['formateur.ili', 'TRAINER'],
  ['commune.liege', 'CLERK'],
  ['cpas.liege', 'CLERK'],
  ['analyste.region', 'REGION'],
  ['admin', 'ADMIN'],
];

test('no page of any role shows an English word of the domain, a name=value pair, an id or a bare INS code', async () => {
  const enums = new Set(await enumNames());
  assert.ok(enums.has('OBLIGED') && enums.has('CITIZENSHIP'), 'the enum names are read from the OpenAPI document');
  const report = [];
  for (const [username, role] of USERS) {
    const page = await openPage(browser, '/login');
    await signIn(page, username);
    await page.locator('nav.main-nav a').first().waitFor();
    const paths = [...(await pagesOf(page)), ...(await extraPages(username, role))];
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      // what loads after the title: the page settles when no request is pending
      await page.waitForLoadState('networkidle');
      // a file format's sample (the import page's CSV lines) shows the columns as the machine reads them: not read
      const text = await page.evaluate(() => {
        const samples = [...document.querySelectorAll('[data-format-sample]')];
        samples.forEach((sample) => {
          sample.hidden = true;
        });
        const visible = document.body.innerText;
        samples.forEach((sample) => {
          sample.hidden = false;
        });
        return visible;
      });
      for (const finding of [...findings(text, enums), ...(await bareInsCodes(page))])
        report.push({ username, path, ...finding });
    }
    await page.context().close();
  }
  if (report.length > 0) {
    console.log(
      `French-only scan: ${report.length} finding(s)\n${report
        .map((f) => `${f.username}\t${f.path.replace(/[0-9a-f-]{36}/g, '{id}')}\t${f.kind}\t${f.match}\t…${f.near}…`)
        .join('\n')}`,
    );
  }
  assert.deepEqual(report, [], 'every page reads in French, with names, never codes or ids');
});
