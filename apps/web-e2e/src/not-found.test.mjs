import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage } from './support/browser.mjs';
import { checkPage } from './support/check-page.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('an unknown address shows the page not found page', async () => {
  const page = await openPage(browser);
  await page.goto('/no-such-page/at-all');
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assert.equal(await page.title(), 'Page not found – MACE case coordination');
  await checkPage(page, 'not-found');
});
