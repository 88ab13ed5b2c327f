// Figures and break-glass: the analyst sees counts and a pseudonymised list with no names; a
// practitioner in another district opens a child's record in an emergency with a reason; the
// auditor sees that opening, who made it and why.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, pathOf } from './support/browser.mjs';
import { checkPage } from './support/check-page.mjs';
import { ANALYST, AUDITOR, BARNSLEY_HEALTH, fetchSignedInUser } from './support/users.mjs';

// A demo child in Sheffield, unknown to Barnsley's education service.
const DEMO_CHILD = 'Kayleigh Brennan';
const TITLE_SUFFIX = ' – MACE case coordination';
const PSEUDONYM = /^C-[0-9A-F]{8}$/;
const RISK_LEVELS = ['High', 'Medium', 'Low', 'No risk identified'];

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

/** The number under a headline figure's label. */
async function keyFigure(page, label) {
  const item = page.locator('.app-key-figures__item', { has: page.locator('dt', { hasText: label }) });
  return Number((await item.locator('dd').innerText()).trim());
}

test('the analyst sees figures without names; a break-glass opening is listed for the auditor with its reason', async () => {
  // --- The analyst: figures and the pseudonymised list.
  const analyst = await signIn(ANALYST);
  assert.equal(await menu(analyst).getByRole('link', { name: 'Children' }).count(), 0, 'an analyst has no child list');
  assert.equal(await menu(analyst).getByRole('link', { name: 'Break-glass openings' }).count(), 0, 'an analyst does not audit');
  await analyst.getByRole('main').getByRole('link', { name: 'Figures' }).waitFor();
  await menu(analyst).getByRole('link', { name: 'Figures' }).click();
  await heading(analyst, 'Figures');
  assert.equal(pathOf(analyst), '/figures');
  assert.equal(await analyst.title(), `Figures${TITLE_SUFFIX}`);
  await analyst.getByText('Names, dates of birth and addresses are withheld').waitFor();

  await analyst.getByRole('heading', { level: 2, name: 'Children in all your districts' }).waitFor();
  const total = await keyFigure(analyst, 'Children known to the MACE');
  assert.ok(Number.isInteger(total) && total > 0, `the total is a number above 0 (was ${total})`);
  assert.ok(Number.isInteger(await keyFigure(analyst, 'Overdue for review')));

  // A bar for each risk level, in a table whose rows are the levels; the counts add up to the total.
  const byRisk = analyst.getByRole('table', { name: 'By risk level' });
  let riskSum = 0;
  for (const level of RISK_LEVELS) {
    const row = byRisk.getByRole('row', { name: new RegExp(`^${level}`) });
    await row.waitFor();
    const count = Number((await row.locator('.app-bar-chart__value').innerText()).match(/^\d+/)[0]);
    assert.equal(await row.locator('.app-bar-chart__bar').count(), count > 0 ? 1 : 0, `a bar for ${level} when it has children`);
    riskSum += count;
  }
  assert.equal(riskSum, total, 'the risk levels add up to the total');
  assert.ok((await byRisk.locator('.app-bar-chart__bar').count()) > 0, 'bars are drawn');
  await analyst.getByRole('table', { name: 'By status' }).waitFor();
  await analyst.getByRole('table', { name: 'By district' }).getByRole('rowheader', { name: 'Sheffield' }).waitFor();

  // The list: pseudonyms, never a name.
  const list = analyst.getByRole('table', { name: /under pseudonyms/ });
  await list.waitFor();
  const pseudonyms = await list.getByRole('rowheader').allInnerTexts();
  assert.ok(pseudonyms.length > 0, 'the list has children');
  for (const pseudonym of pseudonyms) assert.match(pseudonym.trim(), PSEUDONYM);
  assert.equal(await analyst.getByText(DEMO_CHILD).count(), 0, 'no child is named');
  await checkPage(analyst, 'figures');

  // One district, and the list filtered to high risk.
  await analyst.getByLabel('District', { exact: true }).selectOption({ label: 'Sheffield' });
  await analyst.getByRole('button', { name: 'Show figures' }).click();
  await analyst.getByRole('heading', { level: 2, name: 'Children in Sheffield' }).waitFor();
  assert.ok((await keyFigure(analyst, 'Children known to the MACE')) <= total);
  await analyst.getByRole('group', { name: 'Risk level' }).getByLabel('High').check();
  await analyst.getByRole('button', { name: 'Apply filters' }).click();
  await analyst.getByText(/in Sheffield match the filters/).waitFor();
  const rows = list.locator('tbody tr');
  for (const row of await rows.all()) {
    const text = await row.innerText();
    assert.ok(text.includes('Sheffield') && text.includes('High'), `a filtered row is a high-risk Sheffield child: ${text}`);
  }
  assert.equal(await analyst.getByText(DEMO_CHILD).count(), 0, 'no child is named');
  await checkPage(analyst, 'figures-filtered');
  await analyst.context().close();

  // --- A Barnsley practitioner opens the Sheffield child's record in an emergency.
  const barnsley = await signIn(BARNSLEY_HEALTH);
  const practitioner = await fetchSignedInUser(barnsley);
  assert.equal(await menu(barnsley).getByRole('link', { name: 'Figures' }).count(), 0, 'a practitioner has no figures');
  await menu(barnsley).getByRole('link', { name: 'Find a child' }).click();
  await heading(barnsley, 'Find a child');
  await barnsley.getByLabel('Name, alias or date of birth').fill(DEMO_CHILD);
  await barnsley.getByRole('button', { name: 'Search' }).click();
  const results = barnsley.locator('main');
  await results.getByRole('heading', { name: 'Known to the MACE in Sheffield. You cannot see this record.' }).first().waitFor();
  assert.equal(await results.getByText(DEMO_CHILD).count(), 0, 'existence only: no name');

  await results.getByRole('link', { name: 'Open this record in an emergency (break-glass)' }).first().click();
  await heading(barnsley, 'Open this record in an emergency');
  const childRef = pathOf(barnsley).split('/')[2];
  const reason = `Pupil disclosed this morning she is being taken to Sheffield tonight; need contacts now (${Date.now()})`;
  await barnsley.getByLabel('Why do you need to open this record now?').fill(reason);
  await barnsley.getByRole('button', { name: 'Open record' }).click();
  await barnsley.waitForURL((url) => url.pathname === `/children/${childRef}`);
  await heading(barnsley, DEMO_CHILD);
  await checkPage(barnsley, 'break-glass-opened');
  await barnsley.context().close();

  // --- The auditor finds the opening, newest first, with the reason and who made it.
  const auditor = await signIn(AUDITOR);
  assert.equal(await menu(auditor).getByRole('link', { name: 'Figures' }).count(), 0, 'an auditor has no figures');
  await menu(auditor).getByRole('link', { name: 'Break-glass openings' }).click();
  await heading(auditor, 'Break-glass openings');
  assert.equal(pathOf(auditor), '/audit/break-glass');
  assert.equal(await auditor.title(), `Break-glass openings${TITLE_SUFFIX}`);
  await auditor.getByText('also in the audit trail').waitFor();

  const table = auditor.getByRole('table', { name: 'Break-glass openings, newest first' });
  const newest = table.locator('tbody tr').first();
  await newest.waitFor();
  const cells = await newest.locator('th, td').allInnerTexts();
  assert.equal(cells[1], practitioner.displayName, 'who opened it');
  assert.equal(cells[2], practitioner.agency.name, 'their agency');
  assert.equal(cells[3], childRef, 'the child by id only');
  assert.equal(cells[4], reason, 'the reason given');
  assert.match(cells[5], /^Expires .*\nActive$/, 'still open');
  assert.equal(await auditor.getByText(DEMO_CHILD).count(), 0, 'the auditor sees no child name');
  await checkPage(auditor, 'break-glass-review');
  await auditor.context().close();
});
