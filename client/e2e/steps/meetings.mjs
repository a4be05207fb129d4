import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The Meetings texts of one language, read from the client's own locale file so the step follows the UI. */
export function meetingTexts(language = 'en') {
  const texts = JSON.parse(readFileSync(new URL(`../../src/modules/i18n/locales/${language}/meetings.json`, import.meta.url), 'utf8'));
  return {
    proposeTimes: texts.form.submit,
    addSlot: texts.form.addSlot,
    slot: (n) => texts.form.slot.replace('{{n}}', String(n)),
    pick: texts.pick,
    addToCalendar: texts.addToCalendar,
  };
}

const matchUrl = (page, matchId) => new URL(`/matches/${matchId}`, page.url()).toString();

/** Opens the picker of the labelled field, moves to next month and takes its `nth` selectable day (time 00:00, so in the future). */
async function chooseDay(page, label, nth) {
  await page.getByLabel(label, { exact: true }).click();
  const dropdown = page
    .locator('.mantine-Popover-dropdown')
    .filter({ has: page.locator('.mantine-DateTimePicker-day') })
    .last();
  await dropdown.locator('.mantine-DateTimePicker-calendarHeaderControl[data-direction="next"]').click();
  await dropdown.locator('.mantine-DateTimePicker-day:not([data-disabled]):not([data-outside]):not([data-hidden])').nth(nth).click();
  await dropdown.locator('.mantine-DateTimePicker-submitButton').click();
  await dropdown.waitFor({ state: 'hidden' });
}

/**
 * On the match page, one side proposes two kick-off times and the other picks the first; both then see
 * the chosen time, and the picker's "Add to calendar (.ics)" starts a download of an .ics file.
 * `texts` defaults to English (see meetingTexts); pass meetingTexts('de') for the German journey.
 */
export async function pickKickOff({ proposerPage, pickerPage, matchId, texts = meetingTexts('en') }) {
  await proposerPage.goto(matchUrl(proposerPage, matchId));
  const proposerSection = proposerPage.getByTestId('match-meetings');
  await proposerSection.getByRole('button', { name: texts.proposeTimes }).waitFor();
  await chooseDay(proposerPage, texts.slot(1), 0);
  await proposerSection.getByRole('button', { name: texts.addSlot }).click();
  await chooseDay(proposerPage, texts.slot(2), 1);
  await proposerSection.getByRole('button', { name: texts.proposeTimes }).click();
  await proposerSection.getByTestId('meeting-KICK_OFF').waitFor();

  await pickerPage.goto(matchUrl(pickerPage, matchId));
  const card = pickerPage.getByTestId('match-meetings').getByTestId('meeting-KICK_OFF');
  await card.getByRole('radio').first().check();
  await card.getByRole('button', { name: texts.pick }).click();
  const chosen = await card.getByTestId('meeting-chosen-slot').textContent();
  assert.ok(chosen && chosen.length > 0, 'the picker sees the chosen time');

  await proposerPage.reload();
  const proposerChosen = await proposerPage.getByTestId('meeting-KICK_OFF').getByTestId('meeting-chosen-slot').textContent();
  assert.equal(proposerChosen, chosen, 'both sides see the same chosen time');

  const download = pickerPage.waitForEvent('download');
  await card.getByRole('button', { name: texts.addToCalendar }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^rally-kick-off-\d{4}-\d{2}-\d{2}\.ics$/);
  return { chosen, filename: file.suggestedFilename() };
}
