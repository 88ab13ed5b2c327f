// The issue 3 journey: a social worker refers a new child (past a duplicate warning), the district's
// chair accepts the referral at triage, the child is in the chair's list, and a practitioner in
// another district who searches for the child learns only that the child is known elsewhere.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, pathOf } from './support/browser.mjs';
import { checkPage } from './support/check-page.mjs';
import { BARNSLEY_EDUCATION, SHEFFIELD_CHAIR, SHEFFIELD_SOCIAL_WORKER } from './support/users.mjs';

const CHILD = 'Kaylee Brenan';
// A demo child with the same date of birth in Sheffield and a name that sounds the same.
const EXISTING_CHILD = 'Kayleigh Brennan';
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

async function continueTo(page, pathname) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname.startsWith(pathname));
}

test('a social worker refers a new child past the duplicate warning; the chair accepts it; another district sees existence only', async () => {
  // --- The Sheffield social worker makes the referral.
  const worker = await signIn(SHEFFIELD_SOCIAL_WORKER);
  assert.equal(await menu(worker).getByRole('link', { name: 'Triage' }).count(), 0, 'a practitioner has no triage board');
  await menu(worker).getByRole('link', { name: 'Make a referral' }).click();
  await heading(worker, 'About the child');
  assert.equal(pathOf(worker), '/referrals/new/child');
  assert.equal(await worker.title(), `About the child${TITLE_SUFFIX}`);
  await checkPage(worker, 'referral-child');

  // Nothing entered: an error per field, linked from the summary.
  await worker.getByRole('button', { name: 'Continue' }).click();
  const summary = worker.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.equal(await worker.title(), `Error: About the child${TITLE_SUFFIX}`);
  assert.equal(await summary.getByRole('link', { name: 'Enter the child’s first name' }).getAttribute('href'), '#givenName');
  assert.equal(await summary.getByRole('link', { name: 'Enter the child’s date of birth' }).getAttribute('href'), '#dateOfBirth-day');
  await checkPage(worker, 'referral-child-errors');

  await worker.getByLabel('First name').fill('Kaylee');
  await worker.getByLabel('Last name').fill('Brenan');
  await worker.getByLabel('Day').fill('14');
  await worker.getByLabel('Month').fill('3');
  await worker.getByLabel('Year').fill('2011');
  await worker.getByRole('group', { name: 'District where the child lives' }).getByLabel('Sheffield').check();
  await continueTo(worker, '/referrals/new/possible-matches');

  // The duplicate warning names the demo child the worker may see, or says where an unseen one is known.
  await heading(worker, 'Possible matches');
  const matches = worker.locator('main');
  const visibleMatch = matches.locator('.govuk-summary-card', { hasText: EXISTING_CHILD });
  const hiddenMatch = matches.getByText('A child known to the MACE in Sheffield');
  await visibleMatch.or(hiddenMatch).first().waitFor();
  await checkPage(worker, 'referral-possible-matches');
  await worker.getByRole('button', { name: 'No, this is a different child' }).click();
  await worker.waitForURL((url) => url.pathname === '/referrals/new/child-details');

  await heading(worker, 'More about Kaylee');
  await worker.getByRole('group', { name: 'Gender' }).getByLabel('Female').check();
  await worker.getByLabel('Ethnicity, as the child describes it').selectOption({ label: 'Not stated' });
  await worker.getByLabel('Postcode').fill('S2 4QT');
  await worker.getByRole('group', { name: 'What kind of exploitation are you worried about?' }).getByLabel('Child sexual exploitation').check();
  await checkPage(worker, 'referral-child-details');
  await continueTo(worker, '/referrals/new/concerns');

  await heading(worker, 'What are you worried about for Kaylee Brenan?');
  await worker
    .getByLabel('What are you worried about for Kaylee Brenan?')
    .fill('Seen twice this month getting into cars with older men near the interchange. Has new phones and clothes.');
  await checkPage(worker, 'referral-concerns');
  await continueTo(worker, '/referrals/new/screening/1');

  // Every section of the screening tool: "No" for both periods of every question.
  for (let section = 1; pathOf(worker).startsWith('/referrals/new/screening/'); section += 1) {
    await worker.locator('h1').waitFor();
    const noes = worker.locator('input.govuk-radios__input[value="NO"]');
    await noes.first().waitFor();
    for (const radio of await noes.all()) await radio.check();
    if (section === 1) await checkPage(worker, 'referral-screening');
    await worker.getByRole('button', { name: 'Continue' }).click();
    await worker.waitForURL((url) => url.pathname !== `/referrals/new/screening/${section}`);
  }

  assert.equal(pathOf(worker), '/referrals/new/risk-level');
  await heading(worker, 'Level of risk');
  await worker.getByRole('heading', { level: 2, name: /^Suggested level/ }).waitFor();
  await worker.getByRole('group', { name: 'What level of risk do you think the child is at?' }).getByLabel(/^Medium/).check();
  const overrideReason = worker.getByLabel('Why is your level different from the suggested level?');
  if (await overrideReason.count()) await overrideReason.fill('The cars and gifts worry me more than the answers show.');
  await checkPage(worker, 'referral-risk-level');
  await continueTo(worker, '/referrals/new/safety');

  await heading(worker, 'Danger, safety and the child’s voice');
  await worker.getByLabel('Danger statement').fill('We are worried Kaylee will be sexually exploited by the men in the cars.');
  await worker.getByLabel('Safety goal').fill('Kaylee is home every night and has a trusted adult she talks to.');
  await worker.getByLabel('The child’s voice').fill('Kaylee says they are her friends and they look after her.');
  await worker.getByLabel('Strengths').fill('Close to her nan; still attends school most days.');
  await checkPage(worker, 'referral-safety');
  await continueTo(worker, '/referrals/new/sharing');

  await heading(worker, 'Consent and sharing');
  await worker.getByRole('group', { name: 'Does the child know about this referral?' }).getByLabel('No', { exact: true }).check();
  await worker.getByRole('group', { name: 'Does the family know about this referral?' }).getByLabel('Yes', { exact: true }).check();
  await worker
    .getByRole('group', { name: 'What is the lawful basis for sharing this information?' })
    .getByLabel(/safeguarding of children at risk/)
    .check();
  await checkPage(worker, 'referral-sharing');
  await continueTo(worker, '/referrals/new/check-answers');

  // A reload keeps the draft.
  await heading(worker, 'Check your answers before sending the referral');
  await worker.reload();
  await heading(worker, 'Check your answers before sending the referral');
  const answers = worker.locator('main');
  await answers.getByText(CHILD, { exact: true }).waitFor();
  await answers.getByText('14 March 2011').waitFor();
  assert.equal(await answers.getByRole('link', { name: 'Change date of birth' }).getAttribute('href'), '/referrals/new/child?change=1#dateOfBirth-day');
  await checkPage(worker, 'referral-check-answers');

  await worker.getByRole('button', { name: 'Accept and send' }).click();
  await heading(worker, 'Referral sent');
  assert.equal(pathOf(worker), '/referrals/new/confirmation');
  await worker.getByRole('heading', { level: 2, name: 'What happens next' }).waitFor();
  assert.equal(await worker.evaluate(() => sessionStorage.getItem('mace:draft:referral')), null, 'the draft is forgotten');
  await checkPage(worker, 'referral-confirmation');

  await worker.getByRole('main').getByRole('link', { name: 'your referrals', exact: true }).click();
  await heading(worker, 'Your referrals');
  await worker.getByRole('rowheader', { name: new RegExp(CHILD) }).waitFor();
  await checkPage(worker, 'your-referrals');
  await worker.context().close();

  // --- The Sheffield chair accepts it at triage.
  const chair = await signIn(SHEFFIELD_CHAIR);
  await menu(chair).getByRole('link', { name: 'Triage' }).click();
  await heading(chair, 'Triage');
  const card = chair.locator('.govuk-summary-card', { hasText: CHILD });
  await card.waitFor();
  assert.ok((await card.innerText()).includes('Sheffield Children'), 'the card names the referrer’s agency');
  await checkPage(chair, 'triage-board');

  await card.getByRole('link', { name: new RegExp(`^Decide`) }).click();
  await heading(chair, CHILD);
  assert.equal(await chair.title(), `Decide the referral for ${CHILD}${TITLE_SUFFIX}`);
  await checkPage(chair, 'triage-decide');

  await chair.getByRole('group', { name: 'What is the decision?' }).getByLabel('Accept to MACE').check();
  await chair.getByLabel('Reason for the decision').fill('Several indicators of sexual exploitation; needs partnership oversight.');
  await chair.getByRole('group', { name: 'Provisional level of risk' }).getByLabel('Medium').check();
  await checkPage(chair, 'triage-decide-accept');
  await chair.getByRole('button', { name: 'Record decision' }).click();

  await heading(chair, 'Triage');
  await chair.getByText(`Decision recorded for ${CHILD}`).waitFor();
  // The board refetches after the decision: the card goes once the fresh list arrives.
  await chair.locator('.govuk-summary-card', { hasText: CHILD }).waitFor({ state: 'detached' });
  await checkPage(chair, 'triage-decided');

  // The child is in the chair's list: the most recently updated child, at medium risk.
  await menu(chair).getByRole('link', { name: 'Children' }).click();
  await heading(chair, 'Children');
  await chair.getByRole('group', { name: 'Risk level' }).getByLabel('Medium').check();
  await chair.getByLabel('Sort by').selectOption('RECENTLY_UPDATED');
  await chair.getByRole('button', { name: 'Apply filters' }).click();
  const row = chair.getByRole('row', { name: new RegExp(CHILD) });
  await row.waitFor();
  assert.ok((await row.innerText()).includes('Medium'));
  await checkPage(chair, 'child-list');

  await row.getByRole('link', { name: CHILD }).click();
  await heading(chair, CHILD);
  await chair.getByRole('heading', { level: 2, name: 'Chronology' }).waitFor();
  await chair.locator('.moj-timeline__item').first().waitFor();
  await checkPage(chair, 'child-profile');
  await chair.context().close();

  // --- An education practitioner in Barnsley finds only that the child is known in Sheffield.
  const barnsley = await signIn(BARNSLEY_EDUCATION);
  await menu(barnsley).getByRole('link', { name: 'Find a child' }).click();
  await heading(barnsley, 'Find a child');
  await barnsley.getByLabel('Name, alias or date of birth').fill(CHILD);
  await barnsley.getByRole('button', { name: 'Search' }).click();
  await barnsley.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('term') === CHILD);

  const results = barnsley.locator('main');
  await results.getByRole('heading', { name: 'Known to the MACE in Sheffield. You cannot see this record.' }).first().waitFor();
  assert.equal(await results.getByText(CHILD).count(), 0, 'no name');
  assert.equal(await results.getByRole('link', { name: new RegExp(CHILD) }).count(), 0, 'no link to a profile');
  assert.equal(await results.getByText('14 March 2011').count(), 0, 'no date of birth');
  await results.getByRole('link', { name: 'Open this record in an emergency (break-glass)' }).first().waitFor();
  await checkPage(barnsley, 'search-existence-only');

  // The break-glass page explains itself; the journey does not open the record.
  await results.getByRole('link', { name: 'Open this record in an emergency (break-glass)' }).first().click();
  await heading(barnsley, 'Open this record in an emergency');
  await barnsley.getByText('reviewed by the partnership’s auditors').waitFor();
  await barnsley.getByRole('button', { name: 'Open record' }).click();
  await barnsley.locator('.govuk-error-summary').getByRole('link', { name: 'Enter why you need to open this record now' }).waitFor();
  await checkPage(barnsley, 'break-glass-reason-missing');
  await barnsley.context().close();
});
