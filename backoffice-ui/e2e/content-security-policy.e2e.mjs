// The back office's Content-Security-Policy in a real browser (docs/adr/0029): its pages run under it, and the harness
// of every journey (browser.mjs) notices when something is refused, so that a journey that breaks the policy fails.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openPage, takeCspViolations } from './browser.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

test('an inline script injected into the page is refused, and the harness records it', async () => {
  const page = await openPage(browser, '/login');
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.appendChild(script);
    const style = document.createElement('div');
    style.setAttribute('style', 'color: red');
    document.body.appendChild(style);
    await new Promise((resolve) => {
      setTimeout(resolve, 200);
    });
    return window.__inlineRan === true;
  });
  assert.equal(ran, false, 'the inline script did not run');
  const violations = takeCspViolations();
  assert.ok(
    violations.some((violation) => violation.includes('script-src')),
    violations.join('\n'),
  );
  assert.ok(
    violations.some((violation) => violation.includes('style-src')),
    violations.join('\n'),
  );
});

test('the page cannot be framed', async () => {
  const page = await openPage(browser, '/login');
  const policy = await page.evaluate(async () => (await fetch('/login')).headers.get('content-security-policy'));
  assert.match(policy, /frame-ancestors 'none'/);
});
