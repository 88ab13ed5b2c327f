// The issue 6 journey: a school shares intelligence about a car outside its gates; Rotherham's police SPOC grades
// it, links it to the child, to a vehicle made from the registration and to a demo hotel, and sees the link graph;
// the school then sees only the sanitised text, never what it wrote nor the grading.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, pathOf } from './support/browser.mjs';
import { checkPage } from './support/check-page.mjs';
import { ROTHERHAM_EDUCATION, ROTHERHAM_SPOC } from './support/users.mjs';

// A demo child Rotherham's education service leads for, at Rother Bridge Academy.
const CHILD = 'Kieran Holroyd';
// Invented registrations use the unallocated "ZZ" range; typed as a worried teacher might.
const TYPED_REGISTRATION = ' zz 19abc';
// Registrations are recorded normalised: upper case, letters and digits only.
const REGISTRATION = 'ZZ19ABC';
const HOTEL = 'Weirside Hotel';
// Words only the original report holds: the school must never see them once the SPOC has sanitised it.
const ORIGINAL_WORDS = ['scorpion', 'Rother Bridge Academy', 'Mr Gledhill'];
const WHAT =
  'At home time a silver Vauxhall Corsa, registration zz19 abc, was parked outside the school gates. ' +
  'The driver, a man in his thirties with a scorpion tattoo on his neck, called Kieran over and handed him a phone. ' +
  'Mr Gledhill saw it from the staff car park.';
const SANITISED = 'A vehicle has been seen near a school at the end of the school day, with an adult approaching a pupil. The police are looking into it.';
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

/** One end of a link on the link form: the fieldset with this legend. */
const end = (page, legend) => page.getByRole('group', { name: legend, exact: true });

test('a school shares intelligence about a car; the SPOC grades and links it and sees the graph; the school sees only the sanitised text', async () => {
  // --- The school shares what it saw.
  const school = await signIn(ROTHERHAM_EDUCATION);
  await menu(school).getByRole('link', { name: 'Share intelligence' }).click();
  await heading(school, 'Share intelligence');
  assert.equal(pathOf(school), '/intelligence/new');
  assert.equal(await school.title(), `Share intelligence${TITLE_SUFFIX}`);
  await checkPage(school, 'intelligence-share');

  // Nothing entered: what happened and how you know are needed.
  await school.getByRole('button', { name: 'Continue' }).click();
  const summary = school.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.equal(await summary.getByRole('link', { name: 'Enter what happened' }).getAttribute('href'), '#what');
  assert.equal(await summary.getByRole('link', { name: 'Select how you know' }).getAttribute('href'), '#provenance');
  await checkPage(school, 'intelligence-share-errors');

  await school.getByLabel('What happened?').fill(WHAT);
  await school.getByLabel('Time (optional)').fill('3:15pm');
  await school.getByLabel('Where did it happen? (optional)').fill('Outside the gates of Rother Bridge Academy');
  await school.getByLabel('Who was involved? (optional)').fill('A man in his thirties with a scorpion tattoo; Kieran');
  await school.getByRole('group', { name: 'How do you know?' }).getByLabel('I saw or heard it myself').check();
  const children = school.getByRole('group', { name: 'Which children is it about? (optional)' });
  await children.getByLabel('Child’s name').fill('Holroyd');
  await children.getByRole('button', { name: 'Find child' }).click();
  await children.getByRole('button', { name: `Add ${CHILD}` }).click();
  await children.getByRole('list', { name: 'Children chosen' }).getByText(CHILD).waitFor();
  await checkPage(school, 'intelligence-share-filled');
  await school.getByRole('button', { name: 'Continue' }).click();
  await school.waitForURL((url) => url.pathname === '/intelligence/new/check');

  await heading(school, 'Check your answers before sending');
  const answers = school.locator('main');
  await answers.getByText(CHILD, { exact: true }).waitFor();
  await answers.getByText('I saw or heard it myself').waitFor();
  await checkPage(school, 'intelligence-check-answers');
  await school.getByRole('button', { name: 'Send intelligence' }).click();

  await heading(school, 'Intelligence sent');
  assert.equal(pathOf(school), '/intelligence/new/confirmation');
  const reference = (await school.locator('.govuk-panel strong').innerText()).trim();
  assert.match(reference, /\S/, 'the confirmation gives a reference');
  await checkPage(school, 'intelligence-sent');
  await school.context().close();

  // --- The SPOC finds it in the grading queue and grades it.
  const spoc = await signIn(ROTHERHAM_SPOC);
  await menu(spoc).getByRole('link', { name: 'Intelligence', exact: true }).click();
  await heading(spoc, 'Intelligence');
  const row = spoc.getByRole('row', { name: new RegExp(reference) });
  await row.waitFor();
  assert.ok((await row.innerText()).includes('Awaiting grading'), 'new intelligence waits in the queue');
  await checkPage(spoc, 'intelligence-queue');

  await row.getByRole('link', { name: reference }).click();
  await heading(spoc, reference);
  await spoc.locator('main').getByText(/scorpion tattoo on his neck/).first().waitFor();
  await checkPage(spoc, 'intelligence-police-view');

  await spoc.getByRole('button', { name: 'Grade this intelligence' }).click();
  await heading(spoc, 'Grade this intelligence');
  await spoc.getByRole('group', { name: 'Source evaluation' }).getByLabel('3 – Not reliable').waitFor();
  await spoc.getByRole('group', { name: 'Source evaluation' }).getByLabel('1 – Reliable').check();
  await spoc.getByRole('group', { name: 'Intelligence assessment' }).getByLabel(/^A \(1\)/).check();
  await spoc.getByRole('group', { name: 'Handling code' }).getByLabel(/^P –/).check();
  await spoc.getByLabel('Sanitised text').fill(SANITISED);
  await checkPage(spoc, 'intelligence-grade');
  await spoc.getByRole('button', { name: 'Save the grading' }).click();

  await heading(spoc, reference);
  await spoc.getByRole('heading', { level: 2, name: 'Grading' }).waitFor();
  await spoc.locator('main').getByText('1 A P', { exact: true }).waitFor();
  await spoc.locator('main').getByText(SANITISED).waitFor();
  await checkPage(spoc, 'intelligence-graded');

  // --- Links: the child uses the vehicle (made here from the registration); the vehicle is found at the hotel.
  await spoc.getByRole('button', { name: 'Link this intelligence' }).click();
  await heading(spoc, 'Link this intelligence');
  await end(spoc, 'First record').getByRole('button', { name: `Choose ${CHILD}` }).click();
  const to = end(spoc, 'Linked to');
  await to.getByRole('group', { name: 'What kind of record?' }).getByLabel('Vehicle').check();
  // Not recorded yet: made here, from the registration as typed ("Add" uses a vehicle already recorded with it).
  await to.getByText('Not found? Add a new vehicle').click();
  await to.getByLabel('Registration').fill(TYPED_REGISTRATION);
  await to.getByLabel('Make (optional)').fill('Vauxhall');
  await to.getByLabel('Model (optional)').fill('Corsa');
  await to.getByLabel('Colour (optional)').fill('Silver');
  await checkPage(spoc, 'intelligence-link-new-vehicle');
  await to.getByRole('button', { name: 'Add and choose this vehicle' }).click();
  await to.getByText(REGISTRATION).first().waitFor();
  await spoc.getByRole('group', { name: 'How are they linked?' }).getByLabel('Uses vehicle').check();
  await spoc.getByRole('group', { name: 'How confident are you?' }).getByLabel('Probable').check();
  await checkPage(spoc, 'intelligence-link-child-vehicle');
  await spoc.getByRole('button', { name: 'Save the link' }).click();
  await heading(spoc, reference);
  const linksTable = spoc.getByRole('table', { name: 'Links this intelligence supports' });
  await linksTable.getByRole('row', { name: new RegExp(`${CHILD}.*Uses vehicle.*${REGISTRATION}`) }).waitFor();

  await spoc.getByRole('button', { name: 'Link this intelligence' }).click();
  await heading(spoc, 'Link this intelligence');
  await end(spoc, 'First record').getByRole('button', { name: new RegExp(`^Choose ${REGISTRATION}`) }).click();
  const hotelEnd = end(spoc, 'Linked to');
  await hotelEnd.getByRole('group', { name: 'What kind of record?' }).getByLabel('Location').check();
  await hotelEnd.getByLabel('Find the location').fill('Weirside');
  await hotelEnd.getByRole('button', { name: 'Find', exact: true }).click();
  await hotelEnd.getByRole('button', { name: `Choose ${HOTEL}` }).click();
  await spoc.getByRole('group', { name: 'How are they linked?' }).getByLabel('Found at').check();
  await spoc.getByRole('group', { name: 'How confident are you?' }).getByLabel('Possible').check();
  await spoc.getByLabel('Note (optional)').fill('The car is parked at the hotel most evenings.');
  await checkPage(spoc, 'intelligence-link-vehicle-hotel');
  await spoc.getByRole('button', { name: 'Save the link' }).click();
  await heading(spoc, reference);
  await linksTable.getByRole('row', { name: new RegExp(`${REGISTRATION}.*Found at.*${HOTEL}`) }).waitFor();
  await spoc.getByRole('heading', { level: 2, name: 'Children it is about' }).waitFor();
  await checkPage(spoc, 'intelligence-linked');

  // The vehicle's record shows the registration as recorded, whatever was typed.
  await linksTable.getByRole('link', { name: new RegExp(`^${REGISTRATION}`) }).first().click();
  await heading(spoc, new RegExp(`^${REGISTRATION}`));
  assert.match(pathOf(spoc), /^\/intelligence\/records\/vehicle\//);
  await checkPage(spoc, 'intelligence-vehicle-record');

  // --- The link graph around the vehicle: the picture and the table, with the child, the vehicle and the hotel.
  await spoc.getByRole('button', { name: 'View the link graph' }).click();
  await heading(spoc, new RegExp(`^Link graph: ${REGISTRATION}`));
  const picture = spoc.getByRole('group', { name: `Link graph of ${REGISTRATION}` });
  await picture.waitFor();
  for (const name of [CHILD, HOTEL]) await picture.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor();
  assert.ok((await picture.textContent()).includes(REGISTRATION), 'the picture names the vehicle at its centre');
  const graphTable = spoc.getByRole('table', { name: 'The links in the graph' });
  for (const name of [CHILD, REGISTRATION, HOTEL]) await graphTable.getByRole('link', { name: new RegExp(`^${name}`) }).first().waitFor();
  await checkPage(spoc, 'intelligence-link-graph');
  await spoc.context().close();

  // --- The school sees the sanitised text only.
  const schoolAgain = await signIn(ROTHERHAM_EDUCATION);
  await menu(schoolAgain).getByRole('link', { name: 'Intelligence', exact: true }).click();
  await heading(schoolAgain, 'Your agency’s intelligence');
  const ownRow = schoolAgain.getByRole('row', { name: new RegExp(reference) });
  await ownRow.waitFor();
  await checkPage(schoolAgain, 'intelligence-school-list');
  await ownRow.getByRole('link', { name: reference }).click();
  await heading(schoolAgain, reference);
  await schoolAgain.getByRole('heading', { level: 2, name: 'What can be shared' }).waitFor();
  await schoolAgain.locator('main').getByText(SANITISED).waitFor();
  const page = await schoolAgain.locator('main').innerText();
  for (const words of ORIGINAL_WORDS) assert.ok(!page.includes(words), `the school does not see “${words}” from the original`);
  assert.ok(!/Source evaluation|3x5x2|Grading|Reliable|Graded by/.test(page), 'the school does not see the grading');
  assert.equal(await schoolAgain.getByRole('button', { name: 'Grade this intelligence' }).count(), 0);
  await checkPage(schoolAgain, 'intelligence-school-sanitised');
  await schoolAgain.context().close();
});
