// axe-core in the page: any `serious` or `critical` violation fails the journey. Reusable by every journey:
//   await checkAccessibility(page, 'the login page');
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol, not added as a <script>: the back office's CSP refuses inline scripts.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.x A and AA, plus axe's best practices (landmarks, headings…). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function describe(violation) {
  const targets = violation.nodes
    .slice(0, 5)
    .map((node) => node.target.join(' '))
    .join(', ');
  return `[${violation.impact}] ${violation.id}: ${violation.help} (${targets})`;
}

/** Runs axe on the whole page as it is now; `name` says which page in the failure message. */
export async function checkAccessibility(page, name) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  const blocking = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
  assert.deepEqual(blocking.map(describe), [], `accessibility of ${name}`);
  return results.violations;
}

/** The page scrolls vertically only: nothing sticks out sideways (checked on a phone viewport). */
export async function assertNoHorizontalScroll(page, name) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${name}: ${scrollWidth}px wide in a ${clientWidth}px viewport`);
}

/** Every button, answer (its label: the whole box) and text input is at least `min` CSS pixels high (touch target). */
export async function assertTouchTargets(page, name, min = 44) {
  const small = await page.evaluate((minimum) => {
    const controls = document.querySelectorAll(
      'main button, main .radio-group__label, header button, main input:not([type=radio])',
    );
    return [...controls]
      .map((element) => ({
        text: (element.textContent || element.getAttribute('name') || '').trim().slice(0, 40),
        height: element.getBoundingClientRect().height,
      }))
      .filter((control) => control.height > 0 && control.height < minimum);
  }, min);
  assert.deepEqual(small, [], `${name}: touch targets lower than ${min}px`);
}
