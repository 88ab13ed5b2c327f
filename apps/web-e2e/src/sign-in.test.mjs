/* global document */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, pathOf } from './support/browser.mjs';
import { checkPage } from './support/check-page.mjs';
import { fetchSignedInUser, SHEFFIELD_CHAIR } from './support/users.mjs';

const SIGN_IN_TITLE = 'Sign in – MACE case coordination';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function openSignIn() {
  const page = await openPage(browser);
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  return page;
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
// Text as a screen reader gets it, visually hidden prefixes included.
const textOf = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

test('a MACE chair signs in, sees their name in the header, then signs out', async () => {
  const page = await openPage(browser);

  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(pathOf(page), '/sign-in', 'a signed-out visitor is sent to sign in');
  assert.equal(await page.title(), SIGN_IN_TITLE);
  await checkPage(page, 'sign-in');

  await page.getByLabel('Email address').fill(SHEFFIELD_CHAIR.email);
  await page.getByLabel('Password').fill(SHEFFIELD_CHAIR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await page.getByRole('heading', { level: 1, name: 'Your MACE workspace' }).waitFor();
  assert.equal(pathOf(page), '/');
  assert.equal(await page.title(), 'Your MACE workspace – MACE case coordination');
  const me = await fetchSignedInUser(page);
  const account = page.getByRole('navigation', { name: 'Your account' });
  const header = await account.innerText();
  assert.ok(header.includes(me.displayName), `header "${header}" names ${me.displayName}`);
  assert.ok(header.includes(me.agency.name), `header "${header}" names the agency ${me.agency.name}`);
  assert.ok(header.includes('MACE chair'), `header "${header}" shows the role`);
  await checkPage(page, 'home');

  await account.getByRole('link', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(pathOf(page), '/sign-in');
  await page.getByText('You have signed out').waitFor();
  assert.equal(await account.count(), 0, 'the header no longer shows the user');

  // The server forgot the session too: a fresh load of a signed-in page asks to sign in again.
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  assert.equal(pathOf(page), '/sign-in');
});

test('a wrong password shows the error summary, which links to the email field', async () => {
  const page = await openSignIn();
  await page.getByLabel('Email address').fill(SHEFFIELD_CHAIR.email);
  await page.getByLabel('Password').fill('not-the-right-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.equal(await page.title(), `Error: ${SIGN_IN_TITLE}`);
  assert.equal(await summary.getByRole('heading', { level: 2 }).innerText(), 'There is a problem');
  assert.ok(await summary.evaluate((element) => element === document.activeElement), 'the summary takes focus');

  const link = summary.getByRole('link');
  assert.equal(await link.count(), 1);
  assert.equal(await link.getAttribute('href'), '#email');
  const message = (await link.innerText()).trim();
  assert.ok(message.length > 0);
  assert.equal(await textOf(page.locator('#email-error')), `Error: ${message}`, 'the same message sits on the field');
  assert.equal(await page.getByLabel('Password').inputValue(), '', 'the wrong password is cleared');
  await checkPage(page, 'sign-in-wrong-password');

  await link.click();
  assert.equal(await focusedId(page), 'email', 'the summary link moves focus to the field');
  assert.equal(pathOf(page), '/sign-in');
});

test('submitting empty fields shows an error for each field, without asking the API', async () => {
  const page = await openSignIn();
  const graphqlRequests = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphqlRequests.push(request.postData());
  });

  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  const links = await summary.getByRole('link').evaluateAll((anchors) =>
    anchors.map((anchor) => [anchor.getAttribute('href'), anchor.textContent.trim()]),
  );
  assert.deepEqual(links, [
    ['#email', 'Enter your email address'],
    ['#password', 'Enter your password'],
  ]);
  assert.equal(await textOf(page.locator('#email-error')), 'Error: Enter your email address');
  assert.equal(await textOf(page.locator('#password-error')), 'Error: Enter your password');
  assert.equal(await page.getByLabel('Email address').getAttribute('aria-describedby'), 'email-error');
  assert.equal(await page.getByLabel('Password').getAttribute('aria-describedby'), 'password-error');
  assert.deepEqual(graphqlRequests, []);
  await checkPage(page, 'sign-in-empty-fields');

  await summary.getByRole('link', { name: 'Enter your password' }).click();
  assert.equal(await focusedId(page), 'password');
});

test("an email address the API rejects shows the API's message beside the field", async () => {
  const page = await openSignIn();
  await page.getByLabel('Email address').fill('not-an-email-address');
  await page.getByLabel('Password').fill('any-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  const link = summary.getByRole('link');
  assert.equal(await link.count(), 1);
  assert.equal(await link.getAttribute('href'), '#email');
  const message = (await link.innerText()).trim();
  assert.equal(await textOf(page.locator('#email-error')), `Error: ${message}`);
  assert.equal(await page.locator('#password-error').count(), 0);
});

test('the skip link is the first thing a keyboard user reaches, and moves focus to the content', async () => {
  const page = await openSignIn();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  assert.ok(await skipLink.evaluate((element) => element === document.activeElement));
  await page.keyboard.press('Enter');
  assert.equal(await focusedId(page), 'main-content');
  assert.equal(pathOf(page), '/sign-in');
});
