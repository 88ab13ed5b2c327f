import { meetingTitle } from './meeting-title';

describe('meetingTitle: the type and the day in Europe/London', () => {
  it.each([
    { startsAt: '2026-12-03T10:00:00Z', title: 'Sheffield MACE, Thursday 3 December 2026' },
    // 23:30Z on 30 June is already 1 July in London (BST).
    { startsAt: '2026-06-30T23:30:00Z', title: 'Sheffield MACE, Wednesday 1 July 2026' },
    // In winter London is on GMT: 23:30Z is still the same day.
    { startsAt: '2026-01-14T23:30:00Z', title: 'Sheffield MACE, Wednesday 14 January 2026' },
  ])('$startsAt reads "$title"', ({ startsAt, title }) => {
    expect(meetingTitle('Sheffield MACE', new Date(startsAt))).toBe(title);
  });
});
