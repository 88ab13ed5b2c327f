/* global document */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, pathOf } from './support/browser.mjs';
import { checkPage } from './support/check-page.mjs';
import { SHEFFIELD_CHAIR } from './support/users.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the session ended page explains what happened and offers to sign in again', async () => {
  const page = await openPage(browser);
  await page.goto('/session-ended');
  await page.getByRole('heading', { level: 1, name: 'You have been signed out' }).waitFor();
  assert.equal(await page.title(), 'You have been signed out – MACE case coordination');
  await checkPage(page, 'session-ended');

  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(pathOf(page), '/sign-in');
});

test('a session that ends while the app is open leads to the session ended page', async () => {
  const page = await openPage(browser);
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(SHEFFIELD_CHAIR.email);
  await page.getByLabel('Password').fill(SHEFFIELD_CHAIR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your MACE workspace' }).waitFor();

  // The browser loses the session cookie, as when the session expires; then the user returns to the tab.
  await page.context().clearCookies();
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

  await page.getByRole('heading', { level: 1, name: 'You have been signed out' }).waitFor();
  assert.equal(pathOf(page), '/session-ended');
  assert.equal(await page.getByRole('navigation', { name: 'Your account' }).count(), 0, 'the user is forgotten');
});
