// The public pages in a real browser against the real application, on a phone: a newcomer runs the self-check in
// Arabic and in French and sees the deadline and the CRI; anyone checks an attestation code. No login.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, openPage, phone, screenshot } from './browser.mjs';
import { assertNoHorizontalScroll, assertTouchTargets, checkAccessibility } from './accessibility.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** Answers the question whose legend is `question`. */
async function answer(page, question, choice) {
  await page.getByRole('group', { name: question }).getByText(choice, { exact: true }).click();
}

test('a newcomer runs the self-check in Arabic on a phone: right to left, Arabic result, deadline and CRI', async () => {
  const page = await openPage(browser, '/self-check', phone);
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
  await page.getByRole('heading', { name: 'أين وصلت في مسار الاندماج؟' }).waitFor();

  // The layout mirrors: the brand starts at the right edge, the answers' text is right-aligned.
  const brand = await page.locator('.brand').boundingBox();
  assert.ok(
    brand.x + brand.width > 375 - 40,
    `the brand is on the right in Arabic (x=${brand.x}, width=${brand.width})`,
  );
  const label = await page
    .locator('.radio-group__label')
    .first()
    .evaluate((element) => getComputedStyle(element).direction);
  assert.equal(label, 'rtl');
  await assertNoHorizontalScroll(page, 'the first question in Arabic');
  await assertTouchTargets(page, 'the first question in Arabic');
  await checkAccessibility(page, 'the self-check question page in Arabic');
  await screenshot(page, 'self-check-ar');

  await answer(page, 'هل أبلغتك بلديتك بأنه يجب عليك متابعة مسار الاندماج؟', 'نعم');
  await answer(page, 'هل استلمت بطاقة إقامتك؟', 'نعم');
  await page.getByRole('button', { name: 'متابعة' }).click();
  await answer(page, 'هل سبق لك أن ذهبت إلى المركز الإقليمي للاندماج (CRI)؟', 'لا');
  await page.getByRole('button', { name: 'متابعة' }).click();
  await page.getByLabel('تاريخ طلب البلدية لبطاقة إقامتك (اختياري)').fill('2023-08-31');
  await page.getByLabel('الرمز البريدي لمكان سكنك (اختياري)').fill('4000');
  await page.getByRole('button', { name: 'عرض النتيجة' }).click();

  await page.getByRole('heading', { level: 1, name: 'نتيجتك' }).waitFor();
  await page.getByRole('heading', { name: 'يجب عليك متابعة مسار الاندماج' }).waitFor();
  await page.getByText('يجب أن تحصل على شهادتك في موعد أقصاه 28 فبراير 2025.').waitFor();
  await page.getByText("Centre Régional pour l'Intégration").first().waitFor();
  // The step texts come from the API, in Arabic.
  await page.getByRole('heading', { level: 3 }).filter({ hasText: 'المركز الإقليمي للاندماج' }).first().waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await assertNoHorizontalScroll(page, 'the result in Arabic');
  await checkAccessibility(page, 'the self-check result in Arabic');
});

test('a newcomer runs the self-check in French on a phone, fixes a missing answer, and sees the deadline and the CRI', async () => {
  const page = await openPage(browser, '/self-check', phone);
  await page.getByRole('heading', { name: "Où en êtes-vous dans votre parcours d'intégration ?" }).waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await checkAccessibility(page, 'the self-check question page');

  // Nothing answered: an error summary takes the focus, the message stands next to the question.
  await page.getByRole('button', { name: 'Continuer' }).click();
  const summary = page.getByRole('alert');
  await summary.getByText('Vérifiez vos réponses').waitFor();
  assert.ok(await summary.evaluate((element) => element === document.activeElement), 'the error summary has the focus');
  await checkAccessibility(page, 'the self-check question page with errors');

  // Keyboard only: Space picks the focused answer, arrows move within a question.
  await page
    .getByRole('group', { name: /Votre commune vous a-t-elle informé·e/ })
    .getByRole('radio', { name: 'Oui' })
    .focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.ok(
    await page
      .getByRole('group', { name: 'Avez-vous reçu votre titre de séjour ?' })
      .getByRole('radio', { name: 'Oui' })
      .isChecked(),
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await answer(page, "Êtes-vous déjà allé·e au centre régional d'intégration (CRI) ?", 'Oui');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await answer(page, 'Avez-vous fait votre bilan social au CRI ?', 'Oui');
  await answer(page, "Avez-vous assisté à la séance d'information sur les droits et devoirs ?", 'Oui');
  await answer(page, 'Avez-vous passé le test de niveau de français ?', 'Oui');
  await answer(page, 'Avez-vous signé votre convention avec le CRI ?', 'Non');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByText('Étape 4 sur 4').waitFor();
  await page.getByLabel('Date à laquelle la commune a commandé votre titre de séjour (facultatif)').fill('2023-08-31');
  await page.getByLabel('Code postal de votre domicile (facultatif)').fill('4000');
  await assertNoHorizontalScroll(page, 'the last page of questions');
  await page.getByRole('button', { name: 'Voir mon résultat' }).click();

  await page.getByRole('heading', { level: 1, name: 'Votre résultat' }).waitFor();
  await page.getByRole('heading', { name: "Vous devez suivre le parcours d'intégration" }).waitFor();
  await page.getByText('Vous devez obtenir votre attestation au plus tard le 28 février 2025.').waitFor();
  await page
    .getByRole('region', { name: 'Le CRI à contacter' })
    .getByText("Centre Régional pour l'Intégration")
    .waitFor();
  await page.getByRole('heading', { level: 3, name: /Validé.*Bilan social/ }).waitFor();
  await page.getByRole('heading', { level: 3, name: /À faire.*Convention/ }).waitFor();
  await assertNoHorizontalScroll(page, 'the result');
  await assertTouchTargets(page, 'the result');
  await checkAccessibility(page, 'the self-check result');
  // The top of the result: what applies, the deadline and the CRI (the steps follow further down).
  await screenshot(page, 'self-check-result-fr', { fullPage: true, clip: { x: 0, y: 0, width: 375, height: 1150 } });
});

test('an attestation code that nobody issued does not match, typed or from the QR code', async () => {
  const page = await openPage(browser, '/verify', phone);
  await page.getByRole('heading', { name: 'Vérifier une attestation de fréquentation' }).waitFor();
  await checkAccessibility(page, 'the verification form');
  await page.getByLabel("Code de l'attestation").fill('7k3m 9qxr');
  await page.getByLabel('Date de naissance du titulaire').fill('1988-11-23');
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await page.getByText('Le code compte 12 lettres ou chiffres, au format XXXX-XXXX-XXXX.').first().waitFor();
  await page.getByLabel("Code de l'attestation").fill('7k3m9qxr2b4t');
  await page.keyboard.press('Enter');

  await page.getByText('Aucune correspondance').waitFor();
  await page
    .getByText('Aucune attestation ne correspond à ce code et à cette date de naissance.', { exact: false })
    .waitFor();
  await page.getByText('7K3M-9QXR-2B4T').waitFor();
  await assertNoHorizontalScroll(page, 'the verification page');
  await checkAccessibility(page, 'the verification page');
  await screenshot(page, 'verify');

  // the QR code fills the code in, and only the code
  const fromQr = await openPage(browser, '/verify/ABCD-EFGH-JKMN', phone);
  assert.equal(await fromQr.getByLabel("Code de l'attestation").inputValue(), 'ABCD-EFGH-JKMN');
  assert.equal(await fromQr.getByLabel('Date de naissance du titulaire').inputValue(), '');
  await fromQr.getByLabel('Date de naissance du titulaire').fill('1988-11-23');
  await fromQr.getByRole('button', { name: 'Vérifier' }).click();
  await fromQr.getByText('Aucune correspondance').waitFor();
});
