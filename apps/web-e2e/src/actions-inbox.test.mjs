/* global document */
// The issue 5 journey: a health practitioner sees the count of unread notifications, opens the
// inbox and the notification of an action assigned to the agency, marks that action done with an
// outcome note; the Sheffield chair's dashboard counts one more action done on time for the agency.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, pathOf } from './support/browser.mjs';
import { checkPage } from './support/check-page.mjs';
import { SHEFFIELD_CHAIR, SHEFFIELD_HEALTH } from './support/users.mjs';

const AGENCY = 'Sheffield Health Safeguarding Team';
const TITLE_SUFFIX = ' – MACE case coordination';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function signIn(user) {
  const page = await openPage(browser);
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your MACE workspace' }).waitFor();
  return page;
}

const menu = (page) => page.getByRole('navigation', { name: 'Menu' });

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The unread count in the menu's Notifications link, read by screen readers as "Notifications (3 unread)". */
async function unreadCount(page) {
  // The count arrives after the page, so wait for it rather than read the link too early. GOV.UK's
  // visually-hidden text carries a space after it (so words never run together), hence the \s*.
  const link = menu(page).getByRole('link', { name: /^Notifications \(\d+ unread\s*\)$/ });
  await link.waitFor();
  return Number(/\((\d+)/.exec((await link.textContent()) ?? '')[1]);
}

/** The chair's "done on time" figure for the agency on the dashboard (0 when it set nothing in the period). */
async function doneOnTime(page) {
  await menu(page).getByRole('link', { name: 'Dashboard' }).click();
  await heading(page, 'Actions dashboard');
  const table = page.getByRole('table', { name: /^Actions set from .*, by agency$/ });
  await table.waitFor();
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.trim());
  const column = headers.indexOf('Done on time');
  assert.ok(column > 0, `the table has a "Done on time" column (${headers.join(', ')})`);
  const row = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: AGENCY, exact: true }) });
  if ((await row.count()) === 0) return 0;
  // The row header is the first cell, so the column's index counts it.
  const cells = await row.locator('th, td').allInnerTexts();
  return Number(cells[column].trim());
}

test('a health practitioner marks an assigned action done; the chair sees one more done on time', async () => {
  // --- The chair's figure before.
  const chair = await signIn(SHEFFIELD_CHAIR);
  const before = await doneOnTime(chair);
  assert.equal(await chair.title(), `Actions dashboard${TITLE_SUFFIX}`);
  await chair.getByRole('heading', { level: 2, name: 'Overdue actions' }).waitFor();
  assert.ok(
    (await chair.getByRole('table', { name: /^Overdue actions in Sheffield/ }).locator('tbody tr').count()) > 0,
    'the demo district has overdue actions',
  );
  await chair.getByRole('table', { name: 'Done on time, by agency' }).waitFor();
  await checkPage(chair, 'actions-dashboard-before');

  // --- The practitioner: a count of unread notifications in the menu.
  const health = await signIn(SHEFFIELD_HEALTH);
  assert.equal(await menu(health).getByRole('link', { name: 'Dashboard' }).count(), 0, 'a practitioner has no dashboard');
  const unread = await unreadCount(health);
  assert.ok(unread > 0, `the practitioner has unread notifications (${unread})`);

  // The inbox: the agency's actions by default.
  await menu(health).getByRole('link', { name: 'Actions', exact: true }).click();
  await heading(health, 'Actions');
  assert.equal(pathOf(health), '/actions');
  await health.getByRole('status').filter({ hasText: `of ${AGENCY}` }).waitFor();
  const inbox = health.getByRole('table', { name: /^Actions; select some/ });
  await inbox.waitFor();
  assert.ok((await inbox.locator('tbody tr').count()) > 0, 'the agency has actions');
  await checkPage(health, 'actions-inbox');

  // The notifications, newest first; the assignment is new.
  await menu(health).getByRole('link', { name: /^Notifications/ }).click();
  await heading(health, 'Notifications');
  assert.equal(await health.title(), `Notifications${TITLE_SUFFIX}`);
  await checkPage(health, 'notifications');
  const assigned = health.locator('main li', { hasText: 'Action assigned to your agency' }).filter({ hasText: 'New' });
  assert.ok((await assigned.count()) > 0, 'an unread assignment is listed');

  // Follow an assignment to an action that is still open and not overdue (the demo has one).
  let actionPath;
  const links = await assigned.getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  for (const [index, href] of links.entries()) {
    if (index === 0) {
      await assigned.first().getByRole('link').click();
      await health.waitForURL((url) => url.pathname === href);
    } else {
      await health.goto(href);
    }
    await health.getByRole('heading', { level: 1 }).waitFor();
    const form = health.getByRole('form', { name: 'Update this action' });
    const open = (await form.count()) > 0 && (await health.locator('main .govuk-tag', { hasText: /^Overdue/ }).count()) === 0;
    if (open) {
      actionPath = href;
      break;
    }
  }
  assert.ok(actionPath, 'an assignment leads to an open action that is not overdue');
  assert.match(actionPath, /^\/actions\/[^/]+$/);
  await health.getByText(AGENCY).first().waitFor();
  await health.getByRole('heading', { level: 2, name: 'Updates' }).waitFor();
  await checkPage(health, 'action');
  // Opening it marked it read: the count goes down (asked again on each page change).
  await menu(health).getByRole('link', { name: /^Notifications/ }).waitFor();
  await health.waitForFunction(
    (before) => {
      const link = [...document.querySelectorAll('nav[aria-label="Menu"] a')].find((a) => a.textContent.startsWith('Notifications'));
      const match = /\((\d+)/.exec(link?.textContent ?? '');
      return Number(match?.[1] ?? 0) < before;
    },
    unread,
    { timeout: 10_000 },
  );

  // Nothing chosen: the form asks for something to save.
  await health.getByRole('button', { name: 'Save update' }).click();
  await health.locator('.govuk-error-summary').getByText('Choose a new status, enter a progress note or change the owner').waitFor();
  assert.match(await health.title(), /^Error: Action for /);

  // Done, without an outcome: asked for one; with it: saved.
  await health.getByLabel('Done', { exact: true }).check();
  await health.getByRole('button', { name: 'Save update' }).click();
  const summary = health.locator('.govuk-error-summary');
  assert.equal(await summary.getByRole('link', { name: 'Enter the outcome of the action' }).getAttribute('href'), '#outcomeNote');
  await checkPage(health, 'action-error');
  const outcome = `Health assessment completed and sexual health referral made (${Date.now()})`;
  await health.getByLabel('Outcome', { exact: true }).fill(outcome);
  await health.getByRole('button', { name: 'Save update' }).click();
  await health.getByRole('alert').getByText('Action marked as done').waitFor();
  assert.equal(pathOf(health), actionPath);
  await health.locator('main .govuk-summary-list').getByText(outcome).waitFor();
  await health.locator('main .govuk-tag', { hasText: /^Done$/ }).first().waitFor();
  assert.equal(await health.getByRole('form', { name: 'Update this action' }).count(), 0, 'a done action cannot change again');
  await checkPage(health, 'action-done');
  await health.context().close();

  // --- The chair's figure after: one more done on time for the agency.
  await chair.reload();
  await heading(chair, 'Actions dashboard');
  const afterUpdate = await doneOnTime(chair);
  assert.equal(afterUpdate, before + 1, `done on time for ${AGENCY} went from ${before} to ${afterUpdate}`);
  await checkPage(chair, 'actions-dashboard-after');
  await chair.context().close();
});
