/* global document, window */
// The issue 4 journey: the Doncaster chair opens the upcoming MACE, locks its agenda, starts it, records attendance,
// reviews the earlier unfinished actions, runs three items with the keyboard only (an agreed risk, a decision and an
// action each), closes the meeting, approves the minutes and downloads their PDF. Meanwhile a police practitioner, a
// member agency that sees those three items, follows the meeting in a second browser and sees each outcome appear
// without reloading. Doncaster is used by no other journey: closing a meeting is one-way.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, pathOf } from './support/browser.mjs';
import { ARTIFACTS_DIR, checkPage } from './support/check-page.mjs';
import { DONCASTER_CHAIR, DONCASTER_POLICE } from './support/users.mjs';

const TITLE_SUFFIX = ' – MACE case coordination';
const POLICE = 'Doncaster District Police';
/** Attendance as the chair records it: every member present but one, who sent apologies. */
const APOLOGIES_FROM = 'Doncaster Housing Options';

/** What the chair agrees for each of the three items, typed with the keyboard. */
const RUN = Date.now();
const ITEMS = [
  {
    summary: `Police and social care report no missing episodes since the last meeting (${RUN}-1).`,
    risk: 'Medium',
    rationale: `Engaging with the youth worker; associates still a concern (${RUN}-1).`,
    decision: 'Continue at MACE',
    action: { description: `Share the school's attendance figures with the police (${RUN}-1)`, category: 'Safeguarding', owner: POLICE },
  },
  {
    summary: `New intelligence links the child to an address used for county lines (${RUN}-2).`,
    risk: 'High',
    rationale: `Seen at the address twice this week; the exploitation is escalating (${RUN}-2).`,
    decision: 'Strategy meeting',
    action: { description: `Arrange a strategy meeting within five working days (${RUN}-2)`, category: 'Disruption', owner: POLICE },
    addsAndRemovesASecondAction: true,
  },
  {
    summary: `Settled in the new placement and back in full-time education (${RUN}-3).`,
    risk: 'Low',
    rationale: `No concerns from any agency for six weeks (${RUN}-3).`,
    decision: 'Step down',
    action: { description: `Hand over to the early help team with a closing summary (${RUN}-3)`, category: 'Support', owner: POLICE },
  },
];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});


/**
 * The page's title once it has settled: two pages of this journey share their heading, so the
 * heading appearing does not mean the new page has set its title yet.
 */
async function settledTitle(page, pattern) {
  const source = pattern instanceof RegExp ? pattern.source : `^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
  await page.waitForFunction((re) => new RegExp(re).test(document.title), source, { timeout: 10_000 }).catch(() => undefined);
  return page.title();
}

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

/** The focused element as a person would describe it: its tag, id, type, accessible label and state. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'BODY' };
    const labels = element.labels ? [...element.labels].map((label) => label.textContent.trim()).join(' ') : '';
    return {
      tag: element.tagName,
      id: element.id,
      type: element.getAttribute('type') ?? '',
      label: labels || element.getAttribute('aria-label') || element.textContent.trim().slice(0, 80),
      value: 'value' in element ? element.value : '',
      checked: Boolean(element.checked),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, at most `max` times: the chair's way to a control.
 * Fails, naming where focus went, when it does not get there.
 */
async function tabTo(page, what, matches, { max = 12, back = false } = {}) {
  const trail = [];
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now)) return now;
    trail.push(`${now.tag}#${now.id} "${now.label}"`);
  }
  assert.fail(`${what} was not reached with ${back ? 'Shift+Tab' : 'Tab'}; focus went to:\n${trail.join('\n')}`);
}

const byId = (id) => (element) => element.id === id;

/** Waits until focus is on the element with this id (after a shortcut or a save). */
async function focusIsOn(page, id, what) {
  await page
    .waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 5_000 })
    .catch(async () => assert.fail(`focus should be on ${what} (#${id}), but is on ${JSON.stringify(await focused(page))}`));
}

/** Types into the focused text field, checking first that focus is where the chair thinks it is. */
async function typeInto(page, id, text) {
  assert.equal((await focused(page)).id, id, `focus is on #${id} before typing`);
  await page.keyboard.type(text);
  assert.equal((await focused(page)).value, text, `#${id} holds what was typed`);
}

/** The outcome of one item, with the keyboard only: shortcuts, Tab, Space, Enter and typing. */
async function recordOutcomeWithKeyboard(chair, number, item, meetingId) {
  // "o" goes to the outcome form's heading; the next Tab is the discussion summary.
  await chair.keyboard.press('o');
  await focusIsOn(chair, 'outcome', 'the outcome heading');
  await tabTo(chair, 'the discussion summary', byId('discussionSummary'), { max: 1 });
  await typeInto(chair, 'discussionSummary', item.summary);

  // Save the note as the discussion goes: Enter on the button; focus stays there, the status says it was saved.
  await tabTo(chair, 'Save note', (el) => el.tag === 'BUTTON' && el.label === 'Save note', { max: 1 });
  await chair.keyboard.press('Enter');
  await chair.getByRole('status').filter({ hasText: /^Note saved at / }).waitFor();
  assert.equal((await focused(chair)).label, 'Save note', 'focus stays on Save note after saving');

  // The agreed risk: Tab into the radios (the first one, nothing chosen yet), arrows to the level, Space to be sure.
  await tabTo(chair, 'the agreed risk radios', (el) => el.type === 'radio', { max: 1 });
  for (let presses = 0; presses < 4 && (await focused(chair)).label !== item.risk; presses += 1) {
    await chair.keyboard.press('ArrowDown');
  }
  await chair.keyboard.press('Space');
  const risk = await focused(chair);
  assert.deepEqual([risk.label, risk.checked], [item.risk, true], `${item.risk} is chosen`);

  await tabTo(chair, 'the risk rationale', byId('riskRationale'), { max: 1 });
  await typeInto(chair, 'riskRationale', item.rationale);

  // The decision: each checkbox is a Tab stop; Space ticks the one agreed.
  const decision = await tabTo(chair, `the "${item.decision}" decision`, (el) => el.type === 'checkbox' && el.label === item.decision);
  assert.equal(decision.checked, false);
  await chair.keyboard.press('Space');
  assert.equal((await focused(chair)).checked, true, `${item.decision} is ticked`);

  // An action: the button adds a row and puts focus in its first field.
  await tabTo(chair, 'Add an action', (el) => el.tag === 'BUTTON' && el.label === 'Add an action');
  await chair.keyboard.press('Enter');
  await focusIsOn(chair, 'action-0-description', 'the new action’s description');
  await typeInto(chair, 'action-0-description', item.action.description);
  // Selects take type-ahead: typing an option's first letters chooses it.
  await tabTo(chair, 'the action’s category', byId('action-0-category'), { max: 1 });
  await chair.keyboard.type(item.action.category);
  assert.equal(await chair.locator('#action-0-category option:checked').textContent(), item.action.category);
  await tabTo(chair, 'the action’s owner agency', byId('action-0-ownerAgencyId'), { max: 1 });
  await chair.keyboard.type(item.action.owner);
  assert.equal(await chair.locator('#action-0-ownerAgencyId option:checked').textContent(), item.action.owner);
  // Due in four weeks; the owner person is optional and left as it is.
  const due = new Date(Date.now() + 28 * 24 * 3600 * 1000);
  await tabTo(chair, 'the due day', byId('action-0-dueOn-day'), { max: 2 });
  await typeInto(chair, 'action-0-dueOn-day', String(due.getUTCDate()));
  await tabTo(chair, 'the due month', byId('action-0-dueOn-month'), { max: 1 });
  await typeInto(chair, 'action-0-dueOn-month', String(due.getUTCMonth() + 1));
  await tabTo(chair, 'the due year', byId('action-0-dueOn-year'), { max: 1 });
  await typeInto(chair, 'action-0-dueOn-year', String(due.getUTCFullYear()));

  if (item.addsAndRemovesASecondAction) {
    // A row added by mistake and removed again: focus goes back to the add button, not to the page.
    await tabTo(chair, 'Add another action', (el) => el.tag === 'BUTTON' && el.label === 'Add another action', { max: 2 });
    await chair.keyboard.press('Enter');
    await focusIsOn(chair, 'action-1-description', 'the second action’s description');
    await tabTo(chair, 'Remove action 2', (el) => el.tag === 'BUTTON' && el.label === 'Remove action 2', { max: 8 });
    await chair.keyboard.press('Enter');
    await chair.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Add another action');
    assert.equal(await chair.locator('#action-1-description').count(), 0, 'the second row is gone');
    await tabTo(chair, 'the due year', byId('action-0-dueOn-year'), { max: 3, back: true });
  }

  // The filled form, with its action row, passes axe too (screenshot taken without moving focus).
  await checkPage(chair, `live-item-${number}-filled`);
  assert.equal((await focused(chair)).id, 'action-0-dueOn-year', 'checking the page left focus where it was');

  // Ctrl+Enter in the form records it and opens the next item, saying so.
  const path = pathOf(chair);
  await chair.keyboard.press('Control+Enter');
  await chair.waitForURL((url) => url.pathname !== path);
  assert.match(pathOf(chair), new RegExp(`^/meetings/${meetingId}/live/items/[^/]+$`));
  await chair.getByRole('alert').getByText(`Outcome recorded for item ${number}`).waitFor();
}

/** The follower's card of an item, by its number in the running order. */
const followCard = (page, number) => page.locator('section.govuk-summary-card', { has: page.getByRole('heading', { level: 3, name: new RegExp(`^${number}\\. `) }) });

/** The follower's page was not reloaded nor left: the marker set when it opened is still there. */
async function stillTheSamePage(page, path) {
  assert.equal(pathOf(page), path);
  assert.equal(await page.evaluate(() => window.__journeyMarker), 'followed', 'the follow view was not reloaded');
}

/** Pages open in the journey, screenshotted as they are when a step fails, for whoever reads the failure. */
const openPages = new Map();
async function screenshotOnFailure(run) {
  try {
    await run();
  } catch (error) {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    for (const [name, page] of openPages) {
      if (!page.isClosed()) await page.screenshot({ path: join(ARTIFACTS_DIR, `meeting-live-failed-${name}.png`), fullPage: true }).catch(() => undefined);
    }
    throw error;
  }
}

test('the chair runs the weekly MACE with the keyboard; an attending agency follows each outcome live', () => screenshotOnFailure(async () => {
  // --- The chair opens the upcoming meeting from the meetings page.
  const chair = await signIn(DONCASTER_CHAIR);
  openPages.set('chair', chair);
  await menu(chair).getByRole('link', { name: 'Meetings' }).click();
  await heading(chair, 'Meetings');
  await chair.getByRole('heading', { level: 2, name: /^Next meeting: Doncaster MACE, / }).waitFor();
  await checkPage(chair, 'meetings');
  await chair.getByRole('button', { name: 'Open the next meeting' }).click();
  await heading(chair, /^Doncaster MACE, /);
  const meetingTitle = (await chair.getByRole('heading', { level: 1 }).textContent()).trim();
  const meetingId = /^\/meetings\/([^/]+)$/.exec(pathOf(chair))?.[1];
  assert.ok(meetingId, `the overview is at /meetings/:id (${pathOf(chair)})`);
  assert.equal(await settledTitle(chair, `${meetingTitle}${TITLE_SUFFIX}`), `${meetingTitle}${TITLE_SUFFIX}`);
  await chair.getByText('Case details on the agenda are hidden until you accept this statement').waitFor();
  await checkPage(chair, 'meeting-overview-statement');

  // The statement first: then the agenda shows the children's names.
  await chair.getByRole('button', { name: 'I accept' }).click();
  await chair.getByText('Confidentiality statement (accepted)').waitFor();
  const agendaRows = chair.getByRole('table', { name: /agenda/i }).locator('tbody tr');
  assert.ok((await agendaRows.count()) >= 10, 'the demo agenda has at least ten items');
  await checkPage(chair, 'meeting-overview');

  // The demo leaves the agenda built but not locked.
  await chair.getByRole('button', { name: 'Edit the agenda' }).click();
  await heading(chair, 'Edit the agenda');
  await checkPage(chair, 'agenda-edit');
  await chair.getByRole('button', { name: 'Lock the agenda' }).click();
  await heading(chair, 'Lock the agenda');
  await checkPage(chair, 'agenda-lock');
  await chair.getByRole('button', { name: 'Lock the agenda' }).click();
  await chair.waitForURL((url) => url.pathname === `/meetings/${meetingId}`);
  await heading(chair, meetingTitle);

  // --- Run the meeting: start it.
  await chair.getByRole('button', { name: 'Run the meeting' }).click();
  await chair.waitForURL((url) => url.pathname === `/meetings/${meetingId}/live`);
  await heading(chair, meetingTitle);
  assert.equal(
    await settledTitle(chair, `Run the meeting: ${meetingTitle}${TITLE_SUFFIX}`),
    `Run the meeting: ${meetingTitle}${TITLE_SUFFIX}`,
  );
  await checkPage(chair, 'live-before-start');
  await chair.getByRole('button', { name: 'Start the meeting' }).click();
  await heading(chair, 'Record attendance');
  assert.equal(pathOf(chair), `/meetings/${meetingId}/live/attendance`);

  // --- The police practitioner, a member agency, accepts the statement and follows the meeting.
  const police = await signIn(DONCASTER_POLICE);
  openPages.set('police', police);
  await menu(police).getByRole('link', { name: 'Meetings' }).click();
  await heading(police, 'Meetings');
  await police.getByRole('button', { name: 'Open the next meeting' }).click();
  await heading(police, meetingTitle);
  await police.getByText('Case details on the agenda are hidden until you accept this statement').waitFor();
  await checkPage(police, 'attendee-overview-statement');
  await police.getByRole('button', { name: 'I accept' }).click();
  await police.getByText('Confidentiality statement (accepted)').waitFor();
  await checkPage(police, 'attendee-overview');
  await police.getByRole('button', { name: 'Follow the meeting' }).click();
  const followPath = `/meetings/${meetingId}/live`;
  await police.waitForURL((url) => url.pathname === followPath);
  await heading(police, meetingTitle);
  assert.equal(
    await settledTitle(police, `Follow the meeting: ${meetingTitle}${TITLE_SUFFIX}`),
    `Follow the meeting: ${meetingTitle}${TITLE_SUFFIX}`,
  );
  await police.getByText('The meeting is open; no item is being discussed yet.').waitFor();
  for (const number of [1, 2, 3]) {
    await followCard(police, number).getByText('No outcome recorded yet.').waitFor();
  }
  await checkPage(police, 'follow-started');
  // A reload or a navigation away would lose this.
  await police.evaluate(() => {
    window.__journeyMarker = 'followed';
  });

  // --- Attendance: each member agency's row saved on its own.
  const attendance = chair.getByRole('table', { name: 'Attendance of the member agencies' });
  const agencies = (await attendance.locator('tbody th[scope="row"]').allInnerTexts()).map((text) => text.split('\n')[0].replace(/\s*Core$/, '').trim());
  assert.ok(agencies.includes(POLICE) && agencies.includes(APOLOGIES_FROM), `the members include police and housing (${agencies.join(', ')})`);
  await checkPage(chair, 'attendance');
  for (const agency of agencies) {
    const choice = agency === APOLOGIES_FROM ? 'Apologies' : 'Present';
    await chair.getByRole('group', { name: `Attendance of ${agency}` }).getByLabel(choice, { exact: true }).check();
    await chair.getByRole('button', { name: `Save attendance of ${agency}` }).click();
    await chair.getByRole('status').filter({ hasText: `Saved for ${agency}` }).waitFor();
  }
  await checkPage(chair, 'attendance-recorded');

  // --- The earlier meetings' unfinished actions, each reviewed (the meeting cannot close otherwise).
  await chair.getByRole('link', { name: 'Continue to the review of earlier actions' }).click();
  await heading(chair, 'Review earlier actions');
  const toReview = chair.locator('main p[role="status"]');
  assert.match(await toReview.textContent(), /^\d+ still to review$/, 'the demo leaves earlier actions unfinished');
  await checkPage(chair, 'action-review');
  for (let reviewed = 0; (await toReview.textContent()) !== 'All reviewed'; reviewed += 1) {
    assert.ok(reviewed < 60, 'the review ends');
    const card = chair.locator('section.govuk-summary-card', { has: chair.getByRole('group', { name: 'Its status now', exact: true }) }).first();
    await card.getByLabel('In progress', { exact: true }).check();
    const before = await toReview.textContent();
    await card.getByRole('button', { name: /^Save review/ }).click();
    await chair.waitForFunction((text) => document.querySelector('main p[role="status"]')?.textContent !== text, before);
  }
  await checkPage(chair, 'action-review-done');
  await chair.getByRole('link', { name: 'Back to the items' }).click();
  await heading(chair, meetingTitle);
  await chair.getByText('All reviewed').waitFor();
  await checkPage(chair, 'live-overview');

  // --- Three items with the keyboard only: "n" opens the first item, and recording one opens the next.
  await chair.keyboard.press('n');
  await chair.waitForURL((url) => url.pathname.startsWith(`/meetings/${meetingId}/live/items/`));
  for (const [index, item] of ITEMS.entries()) {
    const number = index + 1;
    await chair.getByText(`${meetingTitle}: item ${number} of `).waitFor();
    const itemTitle = (await chair.getByRole('heading', { level: 1 }).textContent()).trim();
    assert.match(await settledTitle(chair, new RegExp(`^Item ${number}: `)), new RegExp(`^Item ${number}: `));
    // The attendee's screen moves with the chair.
    await police.getByText(`Discussing item ${number} of `).waitFor();
    const now = await police.getByText(new RegExp(`^Discussing item ${number} of \\d+: `)).textContent();
    assert.ok(now.endsWith(`: ${itemTitle}`), `the attendee sees "${now}", the chair is on "${itemTitle}"`);
    await checkPage(chair, `live-item-${number}`);

    await recordOutcomeWithKeyboard(chair, number, item, meetingId);

    // The outcome and the action appear on the attendee's screen without reloading.
    const card = followCard(police, number);
    await card.getByText(item.rationale).waitFor();
    await card.getByText(item.summary).waitFor();
    assert.equal((await card.locator('dt', { hasText: /^Agreed risk$/ }).locator('xpath=following-sibling::dd[1]').textContent()).trim(), item.risk);
    assert.match(await card.locator('dt', { hasText: /^Decisions$/ }).locator('xpath=following-sibling::dd[1]').textContent(), new RegExp(item.decision));
    await card.getByText(item.action.description).waitFor();
    await stillTheSamePage(police, followPath);
    if (index === 0) await checkPage(police, 'follow-outcome');
  }
  await checkPage(chair, 'live-item-after-three');

  // --- Close: the items not reached are carried forward.
  await chair.getByRole('link', { name: 'Back to the meeting' }).click();
  await heading(chair, meetingTitle);
  await chair.getByText('3 of ').first().waitFor();
  await chair.getByRole('link', { name: 'Close the meeting' }).click();
  await heading(chair, 'Close the meeting');
  await chair.getByText(/not reached and will be carried forward/).waitFor();
  await checkPage(chair, 'close');
  await chair.getByRole('button', { name: 'Close the meeting' }).click();
  await chair.getByRole('heading', { level: 1, name: 'Meeting closed' }).waitFor();
  await checkPage(chair, 'closed');
  await police.getByText('The meeting has closed.').waitFor();
  await stillTheSamePage(police, followPath);
  await checkPage(police, 'follow-closed');
  await police.context().close();

  // --- The minutes: drafted from the record, approved, then a PDF.
  await chair.getByRole('link', { name: 'Edit and approve the minutes' }).click();
  await heading(chair, 'Minutes');
  await chair.getByText(/Drafted .* from what was recorded in the meeting/).waitFor();
  assert.ok((await chair.locator('main textarea').count()) > 0, 'the draft is editable');
  const draft = (await chair.locator('main textarea').evaluateAll((areas) => areas.map((area) => area.value))).join('\n');
  for (const item of ITEMS) assert.ok(draft.includes(item.rationale), `the draft has the rationale "${item.rationale}"`);
  const sectionLabels = await chair.locator('main form label.govuk-label').allInnerTexts();
  assert.ok(sectionLabels.length > 10, 'the draft has a text box per section');
  assert.equal(new Set(sectionLabels).size, sectionLabels.length, `each section of the draft has its own heading:\n${sectionLabels.join('\n')}`);
  await checkPage(chair, 'minutes-draft');
  await chair.getByRole('button', { name: 'Approve minutes' }).click();
  await heading(chair, 'Approve the minutes');
  await checkPage(chair, 'minutes-approve');
  await chair.getByRole('button', { name: 'Approve minutes' }).click();
  await heading(chair, 'Minutes');
  await chair.getByRole('alert').getByText('Minutes approved').waitFor();
  await chair.getByText(/Approved .*Approved minutes cannot be changed/).waitFor();
  assert.equal(await chair.locator('main textarea#addendum').count(), 1, 'approved minutes take addenda only');
  await checkPage(chair, 'minutes-approved');

  const pdfLink = chair.getByRole('link', { name: 'Download PDF' });
  const href = await pdfLink.getAttribute('href');
  assert.ok(href, 'the PDF link has an address');
  const [download] = await Promise.all([chair.waitForEvent('download'), pdfLink.click()]);
  assert.match(download.suggestedFilename(), /\.pdf$/);
  const response = await chair.request.get(href);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'] ?? '', /^application\/pdf/);
  const body = await response.body();
  assert.equal(body.subarray(0, 4).toString('latin1'), '%PDF');
  await chair.context().close();
}));
